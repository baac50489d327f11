import Foundation
import Testing
@testable import WegweiserCore

func show(_ label: String, _ f: Fixture) {
    let start = Date()
    let r = try! f.run()
    var out = "=== \(label) (\(String(format: "%.3f", Date().timeIntervalSince(start)))s)\n"
    for d in r.diagnostics {
        out += "\(d.summary) | \(d.message)"
        if let s = d.suggestion { out += " | sugg=\(s)" }
        if let h = d.hint { out += " | hint=\(h)" }
        for n in d.notes { out += " | note=\(n.location) \(n.message)" }
        out += "\n"
    }
    print(out)
}

@Suite struct Scratch {
    @Test func explore() {
        show("refs", Fixture(["a.yaml": """
        institutions:
          - id: x
            name: X
            part_of: landratsamd
            carriers: [sgb3]
            functions: [sgb4]
            target_groups: [dudlung]
        responsibilities:
          - id: neu
            title: Neu
            phase: arbiet
            target_groups: [gestatung]
            roles:
              jobcentre: lead
        interfaces:
          - id: h
            from: auslaenderamd
            to: jobcenter
            subject: S
        offers:
          - id: o
            title: O
            provider: mbf
            phase: zzz
        bodies:
          - id: b
            name: B
            members: [landratsamt, agentur, xyz]
            chair: [jobcenter]
            secretariat: agentr
        """]))
        show("excl", Fixture(["district.yaml": Fixture.district + "\n  exclude_tasks: [anmeldung, anmeldungg]\n  exclude_interfaces: [rechtskreiswechsel-sgb]\n", "a.yaml": "responsibilities:\n  - id: anmeldung\n    note: hi\n"]))
        show("collision", Fixture(["a.yaml": "institutions:\n  - id: sgb2\n    name: X\n"]))
        show("cycle", Fixture(["a.yaml": "institutions:\n  - id: a\n    name: A\n    part_of: b\n  - id: b\n    name: B\n    part_of: a\n  - id: c\n    name: C\n    part_of: c\n"]))
        show("self", Fixture(["a.yaml": "interfaces:\n  - id: h\n    from: jobcenter\n    to: sgb2\n    subject: S\n"]))
        show("catalog self internal", Fixture(["institutions.yaml": Fixture.institutions.replacingOccurrences(of: "functions: [sgb2]", with: "functions: [sgb2, asylblg]").replacingOccurrences(of: "functions: [auslaenderbehoerde, asylblg]", with: "functions: [auslaenderbehoerde]")]))
        show("exclude rkw", Fixture(["district.yaml": Fixture.district + "\n  exclude_interfaces: [rechtskreiswechsel-sgb2]\n"]))
    }
}
