/// The four roles an institution can have in a task, strongest first.
public enum Role: String, CaseIterable, Sendable, Comparable, Codable {
    case lead, involved, advises, informed

    /// The German label used in the paper.
    public var label: String {
        switch self {
        case .lead: "federführend"
        case .involved: "mitwirkend"
        case .advises: "berät"
        case .informed: "wird informiert"
        }
    }

    /// Strength: when several keys of a task reach one institution, the strongest wins.
    var strength: Int {
        switch self {
        case .lead: 4
        case .involved: 3
        case .advises: 2
        case .informed: 1
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.strength < rhs.strength }
}
