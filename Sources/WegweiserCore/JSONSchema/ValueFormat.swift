/// What a scalar of a given key means, beyond "a scalar": the loader's
/// `RecordSchema` knows only text and value, the validator checks the rest.
/// The JSON Schema states those checks so that editors show them as you type.
enum ValueFormat: String, CaseIterable, Sendable {
    case text, id, reference, institutionReference, date, email, phone, web
    case districtKind, jobcenterModel, institutionType, role
    /// Ids from the catalogue: enums in the district schema, plain ids in the catalogue's.
    case phase, targetGroup, function

    /// The format of a scalar key, or of the items of a list key; nil for keys it does not know.
    static func of(key: String) -> ValueFormat? {
        switch key {
        case "id", "exclude_tasks", "exclude_interfaces": .id
        case "from", "to", "provider", "secretariat", "members", "chair": .reference
        case "part_of", "carriers": .institutionReference
        case "date", "verified": .date
        case "email": .email
        case "phone": .phone
        case "web": .web
        case "kind": .districtKind
        case "jobcenter_model": .jobcenterModel
        case "type": .institutionType
        case "phase": .phase
        case "target_groups": .targetGroup
        case "functions": .function
        case "languages", "goals", "transfers": .text
        default: nil
        }
    }
}
