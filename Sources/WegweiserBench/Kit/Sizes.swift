/// The workload sizes of the benchmark.
public enum BenchSize: String, CaseIterable, Sendable {
    case s = "S", m = "M", l = "L", germany = "germany"

    public init?(argument: String) {
        switch argument.lowercased() {
        case "s": self = .s
        case "m": self = .m
        case "l": self = .l
        case "germany", "de": self = .germany
        default: return nil
        }
    }

    /// One district of this size (for `germany`: each of its districts).
    public var spec: DistrictSpec {
        switch self {
        case .s, .germany:
            DistrictSpec(institutions: 30, tasks: 80, handovers: 40, contacts: 60, excludedTasks: 1, adaptedTasks: 4, excludedHandovers: 1, adaptedHandovers: 3)
        case .m:
            DistrictSpec(institutions: 100, tasks: 400, handovers: 150, contacts: 200, excludedTasks: 2, adaptedTasks: 8, excludedHandovers: 1, adaptedHandovers: 5)
        case .l:
            DistrictSpec(institutions: 300, tasks: 2_000, handovers: 600, contacts: 600, excludedTasks: 3, adaptedTasks: 12, excludedHandovers: 2, adaptedHandovers: 8)
        }
    }

    public var districtCount: Int { self == .germany ? 400 : 1 }

    /// The folder name (= district id) of the district at `index` (0-based).
    public func districtID(_ index: Int) -> String {
        switch self {
        case .s: "bench-s"
        case .m: "bench-m"
        case .l: "bench-l"
        case .germany: "kreis-" + String(repeating: "0", count: max(0, 3 - String(index + 1).count)) + String(index + 1)
        }
    }

    /// The setup of the district at `index`. Germany cycles through eight
    /// setups: six Landkreise and two kreisfreie Städte, a quarter of each kind
    /// Optionskommunen (as in Germany: 294 Landkreise, 106 Städte, 104 zkT).
    public func setup(_ index: Int) -> DistrictSetup {
        switch self {
        case .s: return DistrictSetup(kind: .landkreis, jobcenter: .ge)
        case .m: return DistrictSetup(kind: .kreisfreieStadt, jobcenter: .zkt)
        case .l: return DistrictSetup(kind: .landkreis, jobcenter: .zkt)
        case .germany:
            let cycle: [DistrictSetup] = [
                .init(kind: .landkreis, jobcenter: .ge), .init(kind: .landkreis, jobcenter: .zkt),
                .init(kind: .landkreis, jobcenter: .ge), .init(kind: .kreisfreieStadt, jobcenter: .ge),
                .init(kind: .landkreis, jobcenter: .ge), .init(kind: .landkreis, jobcenter: .zkt),
                .init(kind: .landkreis, jobcenter: .ge), .init(kind: .kreisfreieStadt, jobcenter: .zkt),
            ]
            return cycle[index % cycle.count]
        }
    }
}

/// The counts one synthetic district is built to.
public struct DistrictSpec: Sendable, Equatable {
    /// Institutions, units and partners.
    public var institutions: Int
    /// Matrix rows after resolution: catalogue tasks (less the excluded) plus the district's own.
    public var tasks: Int
    /// Handovers after resolution: catalogue handovers (less the excluded) plus the district's own.
    public var handovers: Int
    /// Contacts of institutions plus the contacts of municipalities.
    public var contacts: Int
    public var excludedTasks: Int
    public var adaptedTasks: Int
    public var excludedHandovers: Int
    public var adaptedHandovers: Int
}

public struct DistrictSetup: Sendable, Equatable {
    public enum Kind: String, Sendable { case landkreis, kreisfreieStadt = "kreisfreie-stadt" }
    public enum Jobcenter: String, Sendable { case ge, zkt }
    public var kind: Kind
    public var jobcenter: Jobcenter

    public init(kind: Kind, jobcenter: Jobcenter) {
        self.kind = kind
        self.jobcenter = jobcenter
    }
}
