import Crypto

/// The SHA-256 of a district's normalised definition: its resolved content
/// written in a canonical form (sorted by id where order carries no meaning,
/// no source positions), so that reordering or reformatting the files keeps
/// the digest, and any change of meaning changes it.
public enum DefinitionDigest {
    public static func compute(_ district: ResolvedDistrict) -> String {
        hex(SHA256.hash(data: canonicalText(district)))
    }

    /// A digest in lower-case hexadecimal, two digits a byte.
    static func hex(_ digest: some Sequence<UInt8>) -> String {
        digest.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The canonical form as UTF-8 bytes, which is what is hashed.
    static func canonicalText(_ district: ResolvedDistrict) -> [UInt8] {
        var out = CanonicalWriter()
        out.field("district", district.id, district.name, district.state, district.kind.rawValue, district.jobcenterModel.rawValue)
        out.field("edition", district.edition?.version?.value, district.edition?.date?.value.description, district.edition?.publisher?.value)
        for goal in district.goals { out.field("goal", goal) }  // ordered
        for municipality in district.municipalities.sorted(by: { $0.name.value < $1.name.value }) {
            out.field("municipality", municipality.name.value)
            if let contact = municipality.contact { out.contact(contact) }
        }
        for institution in district.institutions.sorted(by: { $0.id.value < $1.id.value }) {
            out.field(
                "institution", institution.id.value, institution.name.value, institution.short?.value,
                institution.type?.value.rawValue, institution.partOf?.value, institution.address?.value,
                institution.web?.value, institution.note?.value)
            out.field("functions", institution.functions.map(\.value).sorted().joined(separator: ","))
            out.field("carriers", institution.carriers.map(\.value).sorted().joined(separator: ","))
            out.field("target_groups", institution.targetGroups.map(\.value).sorted().joined(separator: ","))
            for contact in institution.contacts.sorted(by: { $0.function.value < $1.function.value }) { out.contact(contact) }
        }
        for task in district.tasks.sorted(by: { $0.id < $1.id }) {
            out.field("task", task.id, task.title, task.phase, task.legalBasis, task.note, task.gap)
            out.field("target_groups", task.targetGroups.sorted().joined(separator: ","))
            for (institution, role) in task.roles.sorted(by: { $0.key < $1.key }) { out.field("role", institution, role.rawValue) }
        }
        for handover in district.handovers.sorted(by: { $0.id < $1.id }) {
            out.field(
                "handover", handover.id, handover.subject, handover.trigger, handover.legalBasis, handover.note,
                handover.from.key, handover.to.key)
            out.field("transfers", handover.transfers.sorted().joined(separator: "\u{1F}"))
            for edge in handover.edges.sorted(by: { ($0.from, $0.to) < ($1.from, $1.to) }) { out.field("edge", edge.from, edge.to) }
        }
        for resolved in district.offers.sorted(by: { $0.offer.id.value < $1.offer.id.value }) {
            let offer = resolved.offer
            out.field(
                "offer", offer.id.value, offer.title.value, offer.provider?.value, offer.phase?.value, offer.access?.value,
                offer.web?.value, offer.note?.value, offer.targetGroups.map(\.value).sorted().joined(separator: ","))
        }
        for resolved in district.bodies.sorted(by: { $0.body.id.value < $1.body.id.value }) {
            let body = resolved.body
            out.field(
                "body", body.id.value, body.name.value, body.secretariat?.value, body.rhythm?.value, body.web?.value,
                body.note?.value, body.members.map(\.value).sorted().joined(separator: ","),
                body.chair.map(\.value).joined(separator: ","))  // chair is ordered
        }
        for entry in district.glossary.sorted(by: { $0.term.value < $1.term.value }) {
            out.field("glossary", entry.term.value, entry.definition.value)
        }
        for (kind, entries) in [("phase", district.phases), ("target_group", district.targetGroups), ("function", district.functions)] {
            for entry in entries { out.field(kind, entry.id.value, entry.label.value) }  // phases are ordered
        }
        return out.bytes
    }

    /// One record per line, fields separated by tabs, text escaped, absent values as "-".
    /// Written as UTF-8 bytes: appending to a string took most of the digest.
    private struct CanonicalWriter {
        var bytes: [UInt8] = []

        init() { bytes.reserveCapacity(1 << 14) }

        mutating func field(_ name: String, _ values: String?...) {
            bytes += name.utf8
            for value in values {
                bytes.append(UInt8(ascii: "\t"))
                if let value { append(escaped: value) } else { bytes.append(UInt8(ascii: "-")) }
            }
            bytes.append(UInt8(ascii: "\n"))
        }

        mutating func contact(_ contact: Contact) {
            field(
                "contact", contact.function.value, contact.email?.value, contact.phone?.value, contact.web?.value,
                contact.address?.value, contact.languages.map(\.value).sorted().joined(separator: ","),
                contact.verified?.value.description, contact.note?.value)
            if let person = contact.person {
                field("person", person.name?.value, person.email?.value, person.phone?.value, person.address?.value)
            }
        }

        /// `\`, tab, line feed and carriage return escaped with a backslash.
        mutating func append(escaped value: String) {
            // "-" alone means absent, so a value that is "-" is written "\-".
            if value.utf8.count == 1, value.utf8.first == UInt8(ascii: "-") {
                bytes += [UInt8(ascii: "\\"), UInt8(ascii: "-")]
                return
            }
            // Most values need no escape: their bytes as they are.
            guard value.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
                bytes += value.utf8
                return
            }
            for byte in value.utf8 {
                switch byte {
                case 0x5C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                default: bytes.append(byte)
                }
            }
        }
    }
}
