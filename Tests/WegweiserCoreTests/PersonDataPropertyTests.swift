import Foundation
import PropertyBased
import Testing
@testable import WegweiserCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Personal data (`person` blocks) never reaches the public edition: random
/// names, e-mail addresses, phone numbers and addresses, placed in contacts of
/// institutions and of a municipality of a valid district, appear in none of
/// the public outputs — the HTML and DocBook paper, the Schaubild as DOT and
/// SVG, the paper with a changes section, and the `diff --edition public`
/// reports in every format (text, Markdown, JSON, HTML) — neither as written
/// nor in any escaped form (HTML, XML, DOT, JSON, Markdown, URL), nor in
/// parts (the words of a name, the lines of an address, the digits of a phone
/// number, the local part of an e-mail address).
///
/// Every value is valid for the validator and distinctive: it contains random
/// syllables, and every part that is checked on its own has at least five
/// characters (phone digits: nine), so that no chance match in the output can
/// fail the test. As a control, the internal edition of the same district
/// must show every value: a renderer that leaked the `person` block would fail.
@Suite struct PersonDataPropertyTests {
    /// Rendering with Graphviz costs about 50 ms per Schaubild; the
    /// iterations without it cover the same code paths except the SVG.
    static let fastIterations = 20
    static let graphvizIterations = 4

    @Test func personalDataNeverAppearsInThePublicEdition() async throws {
        let renderer = try PublicEditionCheck(graphviz: false)
        await propertyCheck(count: Self.fastIterations, input: RandomPersonGen.persons, RandomPersonGen.persons) { old, new in
            try renderer.checkEverything(old: old, new: new)
        }
    }

    @Test func personalDataNeverAppearsInTheSVGOrTheDrawnChangeReport() async throws {
        let renderer = try PublicEditionCheck(graphviz: true)
        await propertyCheck(count: Self.graphvizIterations, input: RandomPersonGen.persons, RandomPersonGen.persons) { old, new in
            try renderer.checkEverything(old: old, new: new)
        }
    }

    /// The generator's values pass the format checks of the validator.
    @Test func generatedValuesAreValid() async {
        await propertyCheck(count: 300, input: RandomPersonGen.person) { person in
            #expect(Formats.emailProblem(person.email) == nil, "\(person.email)")
            #expect(Formats.phoneProblem(person.phone) == nil, "\(person.phone)")
            for fragment in person.fragments {
                #expect(fragment.count >= 5, "'\(fragment)' of \(person) is too short to be distinctive")
                if fragment.allSatisfy(\.isASCIIDigit) {
                    #expect(fragment.count >= 9, "the digits '\(fragment)' of \(person) could occur by chance")
                }
            }
        }
    }
}

// MARK: - Generated data

/// One `person` block.
struct RandomPerson: Sendable, CustomTestStringConvertible {
    var name: String
    var email: String
    var phone: String
    var address: String

    var values: [String] { [name, email, phone, address] }

    /// The values and the parts of them that must not appear on their own either.
    var fragments: [String] {
        var fragments = values
        fragments += name.split(separator: " ").map(String.init).filter { $0.count >= 5 }
        if let local = email.split(separator: "@").first, local.count >= 5 { fragments.append(String(local)) }
        fragments += address.split(separator: "\n").map(String.init)
        var digits = phone.filter(\.isASCIIDigit)
        for prefix in ["0049", "49", "0"] where digits.hasPrefix(prefix) {
            digits.removeFirst(prefix.count)
            break
        }
        fragments.append(digits)
        return fragments
    }

    /// The block in YAML flow style, every value double-quoted.
    var yaml: String {
        "{name: \(Self.quoted(name)), email: \(Self.quoted(email)), phone: \(Self.quoted(phone)), address: \(Self.quoted(address))}"
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    var testDescription: String { "RandomPerson(name: \(name.debugDescription), email: \(email.debugDescription), phone: \(phone.debugDescription), address: \(address.debugDescription))" }
}

enum RandomPersonGen {
    typealias RNG = any SeededRandomNumberGenerator

    /// Syllables of names in several scripts: German with umlauts and ß,
    /// Turkish, Vietnamese (precomposed and combining), Polish, Cyrillic,
    /// Greek, Arabic, Hebrew with points, Chinese, Devanagari.
    static let syllables: [[String]] = [
        ["Jö", "rg", "wei", "ß", "mü", "ller", "grä", "fin", "strau", "kö", "hl", "über", "äb", "ler", "öz", "ßen", "Ä", "ü"],
        ["Ğü", "lşa", "hı", "yıl", "dız", "çe", "li", "kö", "se"],
        ["Nguyễ", "n", "Thị", "Hươ", "ng", "Trầ", "n", "Vă", "n", "Le\u{0302}\u{0301}"],
        ["Łu", "ka", "sz", "Wój", "cik", "Żą", "dło", "Śle", "ń"],
        ["Оле", "ксан", "дра", "Шев", "чук", "Ль", "вів", "Їж", "ак", "ґа"],
        ["Ευ", "αγ", "γε", "λί", "α", "Πα", "πα", "δό", "πουλ", "ος"],
        ["مر", "يم", "ال", "حس", "ين", "عب", "د", "فا", "طمة"],
        ["שׁ", "לו", "ם", "כה", "ן", "מִ", "רְ", "יָם"],
        ["王", "秀", "英", "李", "娜", "張", "偉", "陳", "芳"],
        ["प्र", "िया", "शर्", "मा", "रा", "जे", "श"],
    ]

    static func int(_ range: ClosedRange<Int>, _ rng: inout RNG) -> Int { Int.random(in: range, using: &rng) }
    static func pick<T>(_ options: [T], _ rng: inout RNG) -> T { options[int(0...options.count - 1, &rng)] }
    static func digits(_ count: Int, _ rng: inout RNG, first: ClosedRange<Int> = 0...9) -> String {
        (0..<count).map { String(int($0 == 0 ? first : 0...9, &rng)) }.joined()
    }

    /// A word of at least five characters from the syllables of one script.
    static func word(_ rng: inout RNG, script: [String]? = nil) -> String {
        let script = script ?? pick(syllables, &rng)
        var word = ""
        while word.count < 5 || (word.count < 12 && int(0...2, &rng) == 0) { word += pick(script, &rng) }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    static func name(_ rng: inout RNG) -> String {
        let prefix = pick(["", "", "", "O'", "d'", "Dr. ", "von der ", "Al-"], &rng)
        var words = [prefix + word(&rng), word(&rng)]
        if int(0...2, &rng) == 0 { words.append(word(&rng)) }
        var name = words[0]
        for word in words.dropFirst() { name += pick([" ", " ", "-", " '", "' "], &rng) + word }
        return name
    }

    static let ascii = Array("abcdefghijklmnopqrstuvwxyz0123456789")

    static func email(_ rng: inout RNG) -> String {
        let random = String((0..<int(5...8, &rng)).map { _ in pick(ascii, &rng) })
        let local = pick(["jörg.weiß", "o'brien", "m&m", "anna-lena", "x_y", "büro+", "ali.öz", ""], &rng)
            + pick([".", "_", "-", "+", ""], &rng) + random
        let domain = pick(["müller-straße", "kreis-", "beratung", "amt", "ğü"], &rng) + String((0..<6).map { _ in pick(ascii, &rng) })
        return local + "@" + domain + "." + pick(["de", "example", "org", "sachsen.de"], &rng)
    }

    /// German phone numbers: international, national, with area code in
    /// brackets, mobile, with extension; at least nine digits after the prefix.
    static func phone(_ rng: inout RNG) -> String {
        let area = digits(int(3...4, &rng), &rng, first: 2...9)
        let mobile = "1" + pick(["51", "52", "60", "62", "70", "76", "79"], &rng)
        let number = digits(int(6...8, &rng), &rng, first: 1...9)
        let split = number.index(number.startIndex, offsetBy: 3)
        let (head, tail) = (number[..<split], number[split...])
        return pick([
            "+49 \(area) \(number)", "+49 (0)\(area) \(head)-\(tail)", "0\(area) \(number)", "0\(area)/\(number)",
            "(0\(area)) \(head) \(tail)", "0\(mobile) \(number)", "+49 \(mobile) \(head) \(tail)", "0049 \(area) \(number)",
            "0\(area) \(number)-\(digits(2, &rng, first: 1...9))",
        ], &rng)
    }

    static func address(_ rng: inout RNG) -> String {
        var lines: [String] = []
        switch int(0...3, &rng) {
        case 0: lines.append("Raum \(int(0...4, &rng)).\(digits(3, &rng)) \(word(&rng))")
        case 1: lines.append("c/o \(word(&rng)) & \(word(&rng))")
        case 2: lines.append("Zimmer \"\(word(&rng))\" <\(digits(2, &rng))>")
        default: break
        }
        let street = word(&rng, script: syllables[0])
        lines.append(pick(["\(street)straße \(int(1...199, &rng))", "Am \(street) \(int(1...99, &rng))a", "\(street)-Weg \(int(1...9, &rng))"], &rng))
        lines.append("\(digits(5, &rng, first: 0...9)) \(word(&rng))")
        return lines.joined(separator: "\n")
    }

    static let person = Generator<RandomPerson, Shrink.None<RandomPerson>> { rng in
        RandomPerson(name: name(&rng), email: email(&rng), phone: phone(&rng), address: address(&rng))
    }

    /// The four `person` blocks of one version of the district.
    static let persons = person.array(of: 4)
}

// MARK: - The district and its outputs

struct PublicEditionCheck {
    /// Whether the Schaubild is drawn by Graphviz (SVG, the HTML paper and change report with it).
    var graphviz: Bool
    let html: HTMLRenderer
    static let svgStandIn = #"<svg role="img" aria-label="Schaubild"><title>Schaubild</title></svg>"#

    init(graphviz: Bool) throws {
        self.graphviz = graphviz
        html = try HTMLRenderer()
    }

    /// A valid Landkreis whose contacts carry the four `person` blocks: the
    /// municipality's Bürgerbüro, two institution contacts, and one contact
    /// that exists only in this version (the old version has it at the
    /// Migrationsberatung, the new one at the Agentur; the new one also
    /// changes a functional e-mail), so that the diff reports added, removed
    /// and changed contacts.
    static func fixture(_ persons: [RandomPerson], new: Bool) -> Fixture {
        let district = """
            district:
              id: testkreis
              name: Landkreis Test
              kind: landkreis
              jobcenter_model: zkt
              edition:
                version: "\(new ? "1.1" : "1.0")"
                date: 2026-03-01
              municipalities:
                - name: Stadt Teststadt
                  contact:
                    function: Bürgerbüro
                    email: buergerbuero@teststadt.example
                    person: \(persons[0].yaml)
            """
        // The contact that exists in one version only: at the Agentur (new) or the Migrationsberatung (old).
        let agenturContacts = new ? """

                contacts:
                  - function: Arbeitgeberservice
                    phone: "0800 4 5555 20"
                    person: \(persons[3].yaml)
            """ : ""
        let mbeContacts = new ? "" : """

                contacts:
                  - function: Erstberatung
                    web: https://mbe.example/termine
                    person: \(persons[3].yaml)
            """
        let institutions = """
            institutions:
              - id: landratsamt
                name: Landratsamt Test
                type: kreisverwaltung
              - id: jobcenter
                name: Jobcenter Landkreis Test
                part_of: landratsamt
                functions: [sgb2]
              - id: auslaenderamt
                name: Ausländeramt
                part_of: landratsamt
                functions: [auslaenderbehoerde, asylblg]
                contacts:
                  - function: Sachgebietsleitung
                    email: \(new ? "sgl-asyl" : "asyl")@kreis-test.example
                    verified: 2026-01-10
                    person: \(persons[1].yaml)
              - id: agentur
                name: Agentur für Arbeit Test
                type: arbeitsagentur
                functions: [sgb3]\(agenturContacts)
              - id: teststadt
                name: Stadt Teststadt
                type: gemeinde
                functions: [meldebehoerde]
                contacts:
                  - function: Bürgerbüro
                    phone: "+49 3521 100-0"
                    person: \(persons[2].yaml)
              - id: mbe
                name: Migrationsberatung
                type: beratungsstelle
                functions: [migrationsberatung]\(mbeContacts)
            """
        return Fixture(only: ["district.yaml": district, "institutions.yaml": institutions])
    }

    /// Every public output of the paper of `district`.
    func paperOutputs(_ district: ResolvedDistrict, edition: Paper.Edition, graphviz: Bool? = nil) throws -> [(String, String)] {
        let graphviz = graphviz ?? self.graphviz
        let formats: Set<OutputFormat> = graphviz ? Set(OutputFormat.allCases) : [.docbook, .dot]
        let output = try PaperGenerator(formats: formats, edition: edition, html: html).render(district)
        var texts = output.files.map { ("\(edition.rawValue) \($0.format.rawValue)", $0.text) }
        if !graphviz {
            let paper = PaperBuilder(district: district, edition: edition, digest: DefinitionDigest.compute(district)).build()
            texts.append(("\(edition.rawValue) html", try html.render(paper, svg: Self.svgStandIn)))
        }
        return texts
    }

    /// The `diff` reports from `old` to `new`, the marked Schaubild and the paper with its changes section.
    func changeOutputs(_ old: ResolvedDistrict, _ new: ResolvedDistrict, edition: Paper.Edition) throws -> (DistrictChanges, [(String, String)]) {
        let changes = DistrictComparer.compare(old, new, oldSource: "HEAD~1:Districts/testkreis", newSource: "Districts/testkreis", edition: edition)
        let schaubild = ChangeSchaubild(old: old, new: new, changes: changes)
        let htmlReport = graphviz
            ? try HTMLChangeReport().render(changes, old: old, new: new)
            : try HTMLChangeReport().render(changes, schaubild: schaubild, svg: Self.svgStandIn)
        let since = PaperBuilder(district: new, edition: edition, digest: DefinitionDigest.compute(new), changes: changes).build()
        let texts = [
            ("diff text", TextChangeReport.render(changes, color: false)),
            ("diff text (colour)", TextChangeReport.render(changes, color: true)),
            ("diff markdown", MarkdownChangeReport.render(changes)),
            ("diff json", try JSONChangeReport.render(changes)),
            ("diff html", htmlReport),
            ("diff schaubild dot", SchaubildRenderer.dot(for: schaubild.district, marks: schaubild.marks)),
            ("since html", try html.render(since, svg: Self.svgStandIn)),
            ("since docbook", try DocBookRenderer.render(since, svgFileName: "testkreis.svg", schema: DocBookSchema.shared())),
        ]
        return (changes, texts.map { ("\(edition.rawValue) \($0.0)", $0.1) })
    }

    func checkEverything(old oldPersons: [RandomPerson], new newPersons: [RandomPerson]) throws {
        let old = try Self.fixture(oldPersons, new: false).resolved()
        let new = try Self.fixture(newPersons, new: true).resolved()
        let everyone = oldPersons + newPersons

        var publicTexts = try paperOutputs(old, edition: .public)
        let (publicChanges, diffTexts) = try changeOutputs(old, new, edition: .public)
        publicTexts += diffTexts
        let leaks = PersonDataSearch.find(everyone, in: publicTexts)
        #expect(leaks.isEmpty, "personal data in the public edition:\n\(leaks.joined(separator: "\n"))")
        #expect(!publicChanges.changes.isEmpty, "the functional changes between the versions are missing")

        // The control: the internal edition shows every value, so the search would find a leak.
        let internalPaper = try paperOutputs(old, edition: .internal, graphviz: false).filter { !$0.0.hasSuffix("dot") && !$0.0.hasSuffix("svg") }
        for (name, text) in internalPaper {
            let lines = oldPersons.flatMap(\.values).flatMap { $0.split(separator: "\n").map(String.init) }
            let missing = lines.filter { !PersonDataSearch.appears($0, in: text) }
            #expect(missing.isEmpty, "the internal \(name) lacks \(missing)")
        }
        let internalChanges = DistrictComparer.compare(old, new, oldSource: "alt", newSource: "neu", edition: .internal)
        #expect(internalChanges.changes.count > publicChanges.changes.count, "the internal diff shows no person changes")
    }
}

/// The search for values in rendered text, in every form a renderer might write them.
enum PersonDataSearch {
    /// "public html: 'Jörg' as 'J&#xF6;rg'" for every form of a fragment of a value found in a text.
    static func find(_ persons: [RandomPerson], in texts: [(String, String)]) -> [String] {
        let needles = Set(persons.flatMap(\.fragments)).flatMap { fragment in forms(of: fragment).map { (fragment, $0) } }
        var found: [String] = []
        for (name, text) in texts {
            for (fragment, form) in needles where contains(text, form) {
                found.append("\(name): \(fragment.debugDescription) as \(form.debugDescription)")
            }
        }
        return found
    }

    /// Whether the value appears in the text in any of its forms.
    static func appears(_ value: String, in text: String) -> Bool {
        forms(of: value).contains { contains(text, $0) }
    }

    /// A byte-wise search with the C library's `strstr` (rendered text never
    /// contains NUL), fast even in a debug build.
    static func contains(_ text: String, _ needle: String) -> Bool {
        text.withCString { haystack in needle.withCString { strstr(haystack, $0) != nil } }
    }

    /// The value as written (NFC and NFD), and escaped for HTML and XML
    /// (every way of writing `'` and `"`, non-ASCII as character
    /// references), DOT, JSON, Markdown and URLs; a line break also as
    /// `<br>`, `\n`, a space or a comma.
    static func forms(of value: String) -> Set<String> {
        let bases: Set<String> = [value, value.precomposedStringWithCanonicalMapping, value.decomposedStringWithCanonicalMapping]
        var escaped = bases
        for base in bases {
            let apostrophes = base.contains("'") ? ["'", "&#39;", "&#x27;", "&apos;"] : ["'"]
            let quotes = base.contains("\"") ? ["\"", "&quot;", "&#34;", "&#x22;"] : ["\""]
            let nonASCII = base.unicodeScalars.contains { !$0.isASCII }
            for apostrophe in apostrophes {
                for quote in quotes {
                    let form = xml(base, apostrophe: apostrophe, quote: quote)
                    escaped.insert(form)
                    if nonASCII {
                        escaped.insert(characterReferences(form, hex: true))
                        escaped.insert(characterReferences(form, hex: false))
                    }
                }
            }
            escaped.insert(dot(base))
            escaped.insert(dot(xml(base, apostrophe: "&#39;", quote: "&quot;")))
            escaped.insert(json(base, escapingSlashes: false, asciiOnly: false))
            escaped.insert(json(base, escapingSlashes: true, asciiOnly: false))
            if nonASCII { escaped.insert(json(base, escapingSlashes: false, asciiOnly: true)) }
            escaped.insert(markdown(base))
            for allowed in [CharacterSet.alphanumerics, .urlQueryAllowed, .urlPathAllowed, .urlUserAllowed] {
                if let encoded = base.addingPercentEncoding(withAllowedCharacters: allowed) { escaped.insert(encoded) }
            }
        }
        var forms = escaped
        for form in escaped where form.contains("\n") {
            for lineBreak in ["<br/>", "<br>", "<br />", "\\n", "\\l", " ", ", ", "&#10;", "&#xA;", "\r\n"] {
                forms.insert(form.replacingOccurrences(of: "\n", with: lineBreak))
            }
        }
        return forms.filter { !$0.isEmpty }
    }

    static func xml(_ text: String, apostrophe: String, quote: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "'": out += apostrophe
            case "\"": out += quote
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Non-ASCII characters as `&#xE4;` (or `&#228;`).
    static func characterReferences(_ text: String, hex: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII { out.unicodeScalars.append(scalar) } else {
                out += hex ? "&#x" + String(scalar.value, radix: 16, uppercase: true) + ";" : "&#\(scalar.value);"
            }
        }
        return out
    }

    /// The inside of a double-quoted DOT string.
    static func dot(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    /// The inside of a JSON string.
    static func json(_ text: String, escapingSlashes: Bool, asciiOnly: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "/": out += escapingSlashes ? "\\/" : "/"
            case "\n": out += "\\n"
            default:
                if asciiOnly, !scalar.isASCII {
                    for unit in String(scalar).utf16 { out += String(format: "\\u%04x", unit) }
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Markdown's backslash escapes.
    static func markdown(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if "\\`*_[]<>|#~&!$()".unicodeScalars.contains(scalar) { out += "\\" }
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
