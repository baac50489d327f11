/// Every check wegweiser makes, by its stable id. The ids appear in messages
/// (`[unknown-reference]`), in JSON output and in `docs/diagnostics.md`;
/// never rename one.
public enum Rule: String, CaseIterable, Sendable, Codable {
    // Reading files
    case fileUnreadable = "file-unreadable"
    case fileTooLarge = "file-too-large"
    case tooManyFiles = "too-many-files"
    case invalidEncoding = "invalid-encoding"
    case controlCharacter = "control-character"
    case yamlSyntax = "yaml-syntax"
    case duplicateKey = "duplicate-key"
    case yamlAlias = "yaml-alias"
    case yamlTag = "yaml-tag"
    case nestingTooDeep = "nesting-too-deep"
    case tooManyNodes = "too-many-nodes"
    case valueTooLong = "value-too-long"
    case multipleDocuments = "multiple-documents"
    case missingDistrictFile = "missing-district-file"
    case symbolicLink = "symbolic-link"

    // Shape of the data
    case unknownKey = "unknown-key"
    case missingKey = "missing-key"
    case wrongType = "wrong-type"
    case invalidValue = "invalid-value"
    case invalidId = "invalid-id"
    case duplicateId = "duplicate-id"
    case districtIdMismatch = "district-id-mismatch"
    case invalidDate = "invalid-date"
    case invalidEmail = "invalid-email"
    case invalidPhone = "invalid-phone"
    case invalidURL = "invalid-url"

    // References between entries
    case unknownReference = "unknown-reference"
    case idCollision = "id-collision"
    case excludeConflict = "exclude-conflict"
    case chairNotMember = "chair-not-member"
    case partOfCycle = "part-of-cycle"
    case selfHandover = "self-handover"

    // The district's setup
    case ownAdministration = "own-administration"
    case jobcenterModel = "jobcenter-model"
    case municipalities = "municipalities"

    // Resolution
    case leadCount = "lead-count"
    case gap = "gap"
    case rechtskreiswechsel = "rechtskreiswechsel"

    // Contacts and completeness
    case unreachableContact = "unreachable-contact"
    case staleContact = "stale-contact"
    case unusedInstitution = "unused-institution"
    case leadWithoutContact = "lead-without-contact"
    case placeholder = "placeholder"

    /// Errors stop the generation of a district; warnings do not (unless `--strict`).
    public var severity: Diagnostic.Severity {
        switch self {
        case .gap, .rechtskreiswechsel, .staleContact, .unusedInstitution, .leadWithoutContact, .placeholder:
            .warning
        default:
            .error
        }
    }
}
