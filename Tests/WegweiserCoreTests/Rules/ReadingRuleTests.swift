import Foundation
import Testing
@testable import WegweiserCore

/// Reading files: every check that happens before the data itself is looked at.
@Suite struct ReadingRuleTests {
    // MARK: file-unreadable

    @Test func aSymbolicLinkToNothingIsUnreadable() throws {
        var fixture = Fixture()
        fixture.links = ["partner.yaml": "missing.yaml"]
        let report = try fixture.run()
        #expect(report.findings == ["file-unreadable partner.yaml:1:1"])
        #expect(try report.first(.fileUnreadable).message == "the symbolic link 'partner.yaml' points to nothing readable")
    }

    @Test func aMissingDistrictFolderIsUnreadable() {
        var log = DiagnosticLog()
        let definition = DistrictLoader.load(
            folder: "/nonexistent/wegweiser-tests/testkreis", displayFolder: "Districts/testkreis", log: &log)
        #expect(definition == nil)
        #expect(log.diagnostics.map(\.summary) == ["file-unreadable Districts/testkreis:1:1"])
        #expect(log.diagnostics.first?.message == "the folder does not exist or is not a folder")
    }

    // MARK: file-too-large

    @Test func aFileOverTheLimitIsRefusedWithoutBeingParsed() throws {
        var fixture = Fixture(["big.yaml": "# " + String(repeating: "x", count: 2000) + "\ninstitutions: [\n"])
        fixture.limits.maxFileBytes = 1024
        let report = try fixture.run()
        // The syntax error after the comment is never seen: the file is not parsed.
        #expect(report.findings == ["file-too-large big.yaml:1:1"])
        let diagnostic = try report.first(.fileTooLarge)
        #expect(diagnostic.message == "the file is larger than the limit of 1.0 KiB")
        #expect(diagnostic.hint == "split it into several files; every *.yaml file in the folder is read")
    }

    @Test func aRealFileOverTheStandardLimitIsRefusedQuickly() throws {
        let size = Limits.standard.maxFileBytes + 1
        var fixture = Fixture()
        fixture.binaryFiles = ["huge.yaml": [UInt8](repeating: UInt8(ascii: "#"), count: size)]
        let started = Date()
        let report = try fixture.run()
        #expect(Date().timeIntervalSince(started) < 0.5)
        #expect(report.findings == ["file-too-large huge.yaml:1:1"])
        #expect(try report.first(.fileTooLarge).message == "the file is larger than the limit of 8.0 MiB")
    }

    @Test func theFilesOfOneDistrictTogetherHaveALimit() throws {
        try #require(Fixture.district.utf8.count + Fixture.institutions.utf8.count < 2048)
        // Read in sorted order: district.yaml, institutions.yaml, then zz.yaml breaks the budget.
        var fixture = Fixture(["zz.yaml": "# " + String(repeating: "x", count: 2048) + "\n", "zz2.yaml": "# more\n"])
        fixture.limits.maxDistrictBytes = 2048
        let report = try fixture.run()
        // Reported once, at the file that broke the budget, not again for every file after it.
        #expect(report.findings == ["file-too-large zz.yaml:1:1"])
        #expect(try report.first(.fileTooLarge).message == "the files of this folder together are larger than 2.0 KiB")
    }

    // MARK: too-many-files

    @Test func tooManyFilesInTheFolderAndItsSubFolders() throws {
        var fixture = Fixture(["partner/a.yaml": "", "partner/b.yaml": ""])
        fixture.limits.maxFiles = 3
        let report = try fixture.run()
        #expect(report.findings == ["too-many-files .:1:1"])
        #expect(try report.first(.tooManyFiles).message == "the folder holds more than 3 YAML files")
    }

    @Test func exactlyTheMaximumNumberOfFilesIsFine() throws {
        var fixture = Fixture(["partner/a.yaml": ""])
        fixture.limits.maxFiles = 3
        #expect(try fixture.findings() == [])
    }

    // MARK: invalid-encoding

    @Test func latin1TextIsReportedAtTheByteWithAHint() throws {
        var fixture = Fixture()
        fixture.binaryFiles = ["partner.yaml": Array("institutions:\n  - id: x\n    name: Mei".utf8) + [0xDF] + Array("en\n".utf8)]
        let report = try fixture.run()
        #expect(report.findings == ["invalid-encoding partner.yaml:3:14"])
        let diagnostic = try report.first(.invalidEncoding)
        #expect(diagnostic.message == "the file is not valid UTF-8: byte 0xDF cannot stand here")
        #expect(diagnostic.hint == "the file looks like Latin-1 or Windows-1252; save it as UTF-8 in your editor")
    }

    @Test func aTruncatedUTF8SequenceAfterWindowsLineEndings() throws {
        var fixture = Fixture()
        // "ä" is C3 A4; the A4 is missing. Lines end in CR LF.
        fixture.binaryFiles = ["partner.yaml": Array("institutions:\r\n  - id: x\r\n    name: A".utf8) + [0xC3] + Array("mt\r\n".utf8)]
        let report = try fixture.run()
        #expect(report.findings == ["invalid-encoding partner.yaml:3:12"])
        let diagnostic = try report.first(.invalidEncoding)
        #expect(diagnostic.message == "the file is not valid UTF-8: byte 0xC3 cannot stand here")
        #expect(diagnostic.hint == "the file looks like Latin-1 or Windows-1252; save it as UTF-8 in your editor")
    }

    @Test func aStrayByteBelowTheLatin1LettersGetsThePlainHint() throws {
        var fixture = Fixture()
        fixture.binaryFiles = ["partner.yaml": Array("offers: []\n# ".utf8) + [0x81] + Array("\n".utf8)]
        let report = try fixture.run()
        #expect(report.findings == ["invalid-encoding partner.yaml:2:3"])
        #expect(try report.first(.invalidEncoding).hint == "save the file as UTF-8 in your editor")
    }

    @Test func utf16IsRefused() throws {
        var fixture = Fixture()
        fixture.binaryFiles = ["partner.yaml": [0xFF, 0xFE] + Array("offers: []\n".utf8).flatMap { [$0, 0] }]
        let report = try fixture.run()
        #expect(report.findings == ["invalid-encoding partner.yaml:1:1"])
        let diagnostic = try report.first(.invalidEncoding)
        #expect(diagnostic.message == "the file is encoded as UTF-16, not UTF-8")
        #expect(diagnostic.hint == "save the file as UTF-8 in your editor")
    }

    // MARK: control-character

    @Test func aControlCharacterIsReportedAtItsPlace() throws {
        let report = try Fixture(["partner.yaml": "institutions:\n  - id: x\n    name: Amt\u{7} Riesa\n"]).run()
        #expect(report.findings == ["control-character partner.yaml:3:14"])
        let diagnostic = try report.first(.controlCharacter)
        #expect(diagnostic.message == "the file contains the invisible control character U+0007")
        #expect(diagnostic.hint == "delete it; it usually comes from copying text out of another program")
    }

    @Test func bidirectionalOverridesAndAStrayByteOrderMarkCount() throws {
        // Columns count characters: "Ä" is one column although it is two bytes.
        let report = try Fixture(["partner.yaml": "institutions:\n  - id: x\n    name: Ä\u{202E}B\n    note: a\u{FEFF}b\n"]).run()
        #expect(report.findings == ["control-character partner.yaml:3:12", "control-character partner.yaml:4:12"])
        #expect(report.diagnostics.map(\.message) == [
            "the file contains the invisible control character U+202E (bidirectional text override)",
            "the file contains the invisible control character U+FEFF (byte order mark inside the text)",
        ])
    }

    @Test func atMostFiveControlCharactersAreReportedPerFile() throws {
        let report = try Fixture(["partner.yaml": "offers: []\n# " + String(repeating: "\u{0}", count: 8) + "\n"]).run()
        #expect(report.findings == (3...7).map { "control-character partner.yaml:2:\($0)" })
        #expect(report.diagnostics.first?.message == "the file contains the invisible control character U+0000 (NUL)")
    }

    @Test func tabsInsideTextAreFine() throws {
        #expect(try Fixture(["partner.yaml": "institutions:\n  - id: x\n    name: Amt\tRiesa\n    type: sonstige\n    functions: [migrationsberatung]\n"]).findings() == [])
    }

    // MARK: yaml-syntax

    @Test func tabIndentationGetsAHint() throws {
        let report = try Fixture(["partner.yaml": "institutions:\n\t- id: x\n"]).run()
        #expect(report.findings == ["yaml-syntax partner.yaml:2:1"])
        let diagnostic = try report.first(.yamlSyntax)
        #expect(diagnostic.message == "YAML syntax error: found character that cannot start any token")
        #expect(diagnostic.hint == "indent with spaces; YAML does not allow tabs for indentation")
    }

    @Test func colonSpaceInsideAValueGetsAHint() throws {
        let yaml = """
            institutions:
              - id: x
                name: Jobcenter: Team Asyl
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["yaml-syntax partner.yaml:3:20"])
        let diagnostic = try report.first(.yamlSyntax)
        #expect(diagnostic.message == "YAML syntax error: mapping values are not allowed in this context")
        #expect(diagnostic.hint == "a text containing ': ' must be put in quotes")
    }

    @Test func anUnclosedQuoteNamesWhereTheTextStarted() throws {
        let yaml = """
            institutions:
              - id: x
                name: "Jobcenter
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["yaml-syntax partner.yaml:3:21"])
        let diagnostic = try report.first(.yamlSyntax)
        #expect(diagnostic.message == "YAML syntax error: found unexpected end of stream")
        #expect(diagnostic.hint == "check the quotes: every \" or ' that opens a text must be closed")
        #expect(diagnostic.notes.map(\.summary) == ["partner.yaml:3:11 while scanning a quoted scalar"])
    }

    @Test func aMisalignedEntryGetsAnIndentationHint() throws {
        let yaml = """
            institutions:
              - id: x
               name: X
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["yaml-syntax partner.yaml:3:4"])
        let diagnostic = try report.first(.yamlSyntax)
        #expect(diagnostic.message == "YAML syntax error: did not find expected '-' indicator")
        #expect(diagnostic.hint == "check the indentation: entries of one list or mapping must start in the same column")
        #expect(diagnostic.notes.map(\.summary) == ["partner.yaml:2:3 while parsing a block collection"])
    }

    @Test func aValueStartingWithAtMustBeQuoted() throws {
        let report = try Fixture(["partner.yaml": "institutions:\n  - id: x\n    name: @jobcenter\n"]).run()
        #expect(report.findings == ["yaml-syntax partner.yaml:3:11"])
        #expect(try report.first(.yamlSyntax).hint == "a value starting with @ or ` must be put in quotes")
    }

    // MARK: duplicate-key

    @Test func aDuplicateKeyIsReportedAtItsSecondOccurrence() throws {
        let yaml = """
            institutions:
              - id: x
                name: Erster Name
                # a comment between
                type: sonstige

                name: Zweiter Name
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["duplicate-key partner.yaml:7:5"])
        let diagnostic = try report.first(.duplicateKey)
        #expect(diagnostic.message == "the key 'name' appears twice in the same mapping")
        #expect(diagnostic.hint == "keep one of them; YAML does not allow a key twice")
        #expect(diagnostic.notes.map(\.summary) == ["partner.yaml:3:5 first written here"])
    }

    @Test func aDuplicateTopLevelKeyInQuotes() throws {
        let yaml = """
            offers: []
            institutions:
              - id: x
                name: X
            "offers": []
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["duplicate-key partner.yaml:5:1"])
        #expect(try report.first(.duplicateKey).notes.map(\.summary) == ["partner.yaml:1:1 first written here"])
    }

    @Test func equalKeysInDifferentEntriesAreFine() throws {
        let yaml = """
            institutions:
              - id: x
                name: X
                functions: [migrationsberatung]
              - id: y
                name: Y
                functions: [migrationsberatung]
            """
        #expect(try Fixture(["partner.yaml": yaml]).findings() == [])
    }

    // MARK: yaml-alias

    @Test func anAnchorAloneIsRefused() throws {
        let yaml = """
            institutions:
              - &amt
                id: x
                name: X
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["yaml-alias partner.yaml:2:5"])
        let diagnostic = try report.first(.yamlAlias)
        #expect(diagnostic.message == "YAML anchors and aliases ('&amt', '*amt') are not supported")
        #expect(diagnostic.hint == "write the value out in full; a district file should say everything where it stands")
    }

    @Test func anAliasIsReportedWhereItIsUsedWithANoteAtTheAnchor() throws {
        let yaml = """
            institutions:
              - id: x
                name: X
                functions: &f [migrationsberatung]
              - id: y
                name: Y
                functions: *f
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["yaml-alias partner.yaml:7:16"])
        let diagnostic = try report.first(.yamlAlias)
        #expect(diagnostic.message == "YAML aliases ('*f') are not supported")
        #expect(diagnostic.hint == "write the value out in full; a district file should say everything where it stands")
        #expect(diagnostic.notes.map(\.summary) == ["partner.yaml:4:16 the anchor '&f' is set here"])
    }

    @Test func anUndefinedAliasIsAnAliasToo() throws {
        let report = try Fixture(["partner.yaml": "institutions:\n  - *amt\n"]).run()
        #expect(report.findings == ["yaml-alias partner.yaml:2:5"])
        #expect(try report.first(.yamlAlias).notes.isEmpty)
    }

    @Test func mergeKeysAreRefused() throws {
        let yaml = """
            institutions:
              - id: x
                <<: {name: X}
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["yaml-alias partner.yaml:3:5"])
        let diagnostic = try report.first(.yamlAlias)
        #expect(diagnostic.message == "YAML merge keys ('<<') are not supported")
        #expect(diagnostic.hint == "write the keys out in full")
    }

    @Test func anAnchoredKeyIsAnAnchorNotAWrongType() throws {
        let report = try Fixture(["partner.yaml": "&k offers: []\n"]).run()
        #expect(report.findings == ["yaml-alias partner.yaml:1:1"])
        #expect(try report.first(.yamlAlias).message == "YAML anchors and aliases ('&k', '*k') are not supported")
    }

    /// Nine levels of nine aliases: 9⁹ values if the aliases were followed.
    static let billionLaughs: String = {
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        var yaml = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for (previous, name) in zip(names, names.dropFirst()) {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        return yaml
    }()

    @Test func theBillionLaughsFinishFast() throws {
        let started = Date()
        let report = try Fixture(["partner.yaml": Self.billionLaughs]).run()
        #expect(Date().timeIntervalSince(started) < 0.5)
        #expect(report.findings == ["yaml-alias partner.yaml:2:8"])
        #expect(try report.first(.yamlAlias).notes.map(\.summary) == ["partner.yaml:1:4 the anchor '&a' is set here"])
    }

    @Test func theBillionLaughsAsAMappingKeyFinishFast() throws {
        // Yams hashes mapping keys: following this alias would take minutes.
        let started = Date()
        let report = try Fixture(["partner.yaml": Self.billionLaughs + "? *i\n: lol\n"]).run()
        #expect(Date().timeIntervalSince(started) < 0.5)
        #expect(report.findings == ["yaml-alias partner.yaml:2:8"])
    }

    // MARK: yaml-tag

    @Test func explicitTagsAreRefused() throws {
        let yaml = """
            institutions:
              - id: x
                name: !fancy X
                note: !!binary aGFsbG8=
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["yaml-tag partner.yaml:3:11", "yaml-tag partner.yaml:4:11"])
        let diagnostic = try report.first(.yamlTag)
        #expect(diagnostic.message == "the YAML tag '!fancy' is not supported")
        #expect(diagnostic.hint == "remove the tag; values are read as text")
        #expect(report.diagnostics[1].message == "the YAML tag 'tag:yaml.org,2002:binary' is not supported")
    }

    @Test func aTaggedKeyIsRefused() throws {
        let report = try Fixture(["partner.yaml": "!fancy offers: []\n"]).run()
        #expect(report.findings == ["yaml-tag partner.yaml:1:1"])
    }

    // MARK: nesting-too-deep

    @Test func tenThousandOpeningBracketsStopAtTheLimit() throws {
        let started = Date()
        let report = try Fixture(["partner.yaml": String(repeating: "[", count: 10_000)]).run()
        #expect(Date().timeIntervalSince(started) < 0.5)
        #expect(report.findings == ["nesting-too-deep partner.yaml:1:65"])
        let diagnostic = try report.first(.nestingTooDeep)
        #expect(diagnostic.message == "lists and mappings are nested more than 64 levels deep")
        #expect(diagnostic.hint == "district files need only a few levels; check the indentation and brackets")
    }

    @Test func deepIndentationIsRefusedBeforeParsing() throws {
        let report = try Fixture(["partner.yaml": "offers:\n" + String(repeating: " ", count: 600) + "- x\n"]).run()
        #expect(report.findings == ["nesting-too-deep partner.yaml:2:513"])
    }

    @Test func deepBlockNestingIsRefusedWhileConverting() throws {
        // 65 nested lists in block style: "- - - … x", shallow enough for the scanner.
        let report = try Fixture(["partner.yaml": String(repeating: "- ", count: 65) + "x\n"]).run()
        #expect(report.findings == ["nesting-too-deep partner.yaml:1:131"])
        #expect(try report.first(.nestingTooDeep).hint == "district files need only a few levels; check the indentation and brackets")
    }

    // MARK: too-many-nodes

    @Test func tooManyValuesInOneFile() throws {
        // Root mapping, key, list: nodes 1–3; item n is node 3 + n, so item 498 is node 501.
        var fixture = Fixture(["partner.yaml": "offers:\n" + String(repeating: "  - x\n", count: 600)])
        fixture.limits.maxNodes = 500
        let report = try fixture.run()
        #expect(report.findings == ["too-many-nodes partner.yaml:499:5"])
        let diagnostic = try report.first(.tooManyNodes)
        #expect(diagnostic.message == "the file has more than 500 values")
        #expect(diagnostic.hint == "split the district into several files")
    }

    // MARK: value-too-long

    @Test func aValueOverTheLimit() throws {
        var fixture = Fixture(["partner.yaml": "institutions:\n  - id: x\n    name: " + String(repeating: "ä", count: 51) + "\n"])
        fixture.limits.maxValueBytes = 100
        let report = try fixture.run()
        #expect(report.findings == ["value-too-long partner.yaml:3:11"])
        let diagnostic = try report.first(.valueTooLong)
        #expect(diagnostic.message == "this value is 102 bytes long, more than the limit of 100 bytes")
        #expect(diagnostic.hint == "shorten the text; the paper links to longer documents with 'web'")
    }

    @Test func aKeyOverTheLimit() throws {
        let report = try Fixture(["partner.yaml": "? " + String(repeating: "k", count: 20_001) + "\n: x\n"]).run()
        #expect(report.findings == ["value-too-long partner.yaml:1:3"])
        #expect(try report.first(.valueTooLong).message == "this value is 20001 bytes long, more than the limit of 20000 bytes")
    }

    // MARK: multiple-documents

    @Test func aSecondDocumentIsRefused() throws {
        let yaml = """
            ---
            offers: []
            ---
            bodies: []
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == ["multiple-documents partner.yaml:3:1"])
        let diagnostic = try report.first(.multipleDocuments)
        #expect(diagnostic.message == "the file holds more than one YAML document ('---')")
        #expect(diagnostic.hint == "put each part in a file of its own, or remove the '---' line")
    }

    @Test func oneDocumentWithMarkersIsFine() throws {
        #expect(try Fixture(["partner.yaml": "---\noffers: []\n...\n"]).findings() == [])
    }

    // MARK: missing-district-file

    @Test func aFolderWithoutDistrictYAML() throws {
        let report = try Fixture(only: ["institutions.yaml": Fixture.institutions]).run()
        #expect(report.findings == ["missing-district-file .:1:1"])
        let diagnostic = try report.first(.missingDistrictFile)
        #expect(diagnostic.message == "the district folder has no district.yaml")
        #expect(diagnostic.hint == "every district needs a district.yaml with its 'district:' block")
        #expect(report.resolved == nil)
    }

    @Test func anEmptyFolderPointsToInit() throws {
        let report = try Fixture(only: [:]).run()
        #expect(report.findings == ["missing-district-file .:1:1"])
        #expect(try report.first(.missingDistrictFile).hint == "create district.yaml with a 'district:' block, or run 'wegweiser init'")
    }

    @Test func aDistrictYAMLInASubFolderDoesNotCount() throws {
        let report = try Fixture(only: ["partner/district.yaml": Fixture.district]).run()
        #expect(report.findings == ["missing-district-file .:1:1"])
    }

    // MARK: symbolic-link

    @Test func aLinkPointingOutOfTheFolderIsNotRead() throws {
        var fixture = Fixture()
        fixture.outsideFiles = ["elsewhere/secret.yaml": "institutions: [\n"]
        fixture.links = ["partner.yaml": "../../elsewhere/secret.yaml"]
        let report = try fixture.run()
        #expect(report.findings == ["symbolic-link partner.yaml:1:1"])
        let diagnostic = try report.first(.symbolicLink)
        #expect(diagnostic.message == "the symbolic link 'partner.yaml' points outside the district folder; it is not read")
        #expect(diagnostic.hint == "copy the file into the district folder")
    }

    @Test func aLinkToAFileThatIsReadAnywayAddsNothing() throws {
        var fixture = Fixture(["partner/mbe.yaml": """
            offers:
              - id: beratung
                title: Migrationsberatung
                provider: mbe
            """])
        fixture.links = ["mbe-link.yaml": "partner/mbe.yaml", "second-link.yaml": "partner/mbe.yaml"]
        let report = try fixture.run()
        // Read once: no duplicate-id for the offer.
        #expect(report.findings == [])
        #expect(report.resolved?.offers.map(\.offer.id.value) == ["beratung"])
    }

    @Test func aFIFONamedLikeAYAMLFileIsReportedNotRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-fifo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Fixture.district.replacingOccurrences(of: "testkreis", with: folder.lastPathComponent).utf8)
            .write(to: folder.appendingPathComponent("district.yaml"))
        #expect(mkfifo(folder.appendingPathComponent("pipe.yaml").path, 0o644) == 0)
        var log = DiagnosticLog()
        _ = DistrictLoader.load(folder: folder.path, displayFolder: "D", log: &log)
        // Reading a FIFO would block forever; it is refused at once.
        #expect(log.diagnostics.map(\.summary) == ["file-unreadable D/pipe.yaml:1:1"])
        #expect(log.diagnostics.first?.message == "'pipe.yaml' is not a regular file; it is not read")
    }

    @Test func aLinkToAFolderIsNotFollowed() throws {
        var fixture = Fixture()
        fixture.outsideFiles = ["shared/partner.yaml": "institutions: [\n"]
        fixture.links = ["shared": "../../shared"]
        let report = try fixture.run()
        #expect(report.findings == ["symbolic-link shared:1:1"])
        let diagnostic = try report.first(.symbolicLink)
        #expect(diagnostic.message == "the symbolic link 'shared' points to a folder; linked folders are not read")
        #expect(diagnostic.hint == "copy the files into the district folder")
    }

    @Test func aLinkToAFileInsideTheFolderIsReadUnderItsOwnName() throws {
        var fixture = Fixture(["archive/partner.txt": "offers:\n  - id: o\n    titel: O\n"])
        fixture.links = ["partner.yaml": "archive/partner.txt"]
        let report = try fixture.run()
        #expect(report.findings == [
            "missing-key partner.yaml:2:5", "missing-key partner.yaml:2:5", "unknown-key partner.yaml:3:5",
        ])
    }
}
