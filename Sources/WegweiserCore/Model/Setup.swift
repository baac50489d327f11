/// Landkreis (with member Gemeinden) or kreisfreie Stadt.
public enum DistrictKind: String, CaseIterable, Sendable, Codable {
    case landkreis
    case kreisfreieStadt = "kreisfreie-stadt"

    /// The `type` the district's own administration must have.
    public var administrationType: InstitutionType {
        self == .landkreis ? .kreisverwaltung : .stadtverwaltung
    }
}

/// Who carries the Jobcenter (§ 6 SGB II).
public enum JobcenterModel: String, CaseIterable, Sendable, Codable {
    /// gemeinsame Einrichtung of Agentur für Arbeit and Kommune (§ 44b SGB II).
    case ge
    /// zugelassener kommunaler Träger, Optionskommune (§ 6a SGB II).
    case zkt
}

/// Kinds of institution; they decide the shape in the Schaubild and which
/// institution is the district's own administration.
public enum InstitutionType: String, CaseIterable, Sendable, Codable {
    case kreisverwaltung, stadtverwaltung, verwaltungseinheit, gemeinde
    case jobcenter, arbeitsagentur, bundesbehoerde, landesbehoerde, kammer
    case beratungsstelle, bildungstraeger, wohlfahrtsverband, netzwerk, sonstige
}
