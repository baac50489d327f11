import Foundation
import Testing

/// `wegweiser export matrix`: the Verantwortungsmatrix as CSV for German
/// spreadsheet programs, byte for byte, and safe against formula injection.
@Suite struct ExportMatrixCommandTests {
    static let goldenName = "matrix-landkreis-meissen.csv"

    /// Runs the binary and keeps stdout as bytes (the CSV starts with a byte order mark).
    static func export(_ arguments: [String], in directory: URL) throws -> (bytes: [UInt8], result: CommandResult) {
        let result = try CommandRunner.run(["export", "matrix"] + arguments, in: directory)
        return (Array(result.stdout.utf8), result)
    }

    @Test func theMatrixOfASampleDistrictAsCSV() throws {
        let (bytes, result) = try Self.export(["landkreis-meissen", "--format", "csv"], in: CommandRunner.packageRoot)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(!result.stdout.replacing("\r\n", with: "").contains("\n"), "every line ends in CR LF")
        // Compared as bytes: reading the golden file as a String would drop its byte order mark.
        let golden = Golden.folder.appendingPathComponent(Self.goldenName)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" { try Data(bytes).write(to: golden) }
        #expect(bytes == Array(try Data(contentsOf: golden)), "differs from Golden/\(Self.goldenName); rerun with UPDATE_GOLDEN=1 to accept")
        let rows = CSVReader.rows(result.stdout)
        #expect(rows.first?.prefix(2) == ["\u{FEFF}Phase", "Aufgabe"])
        #expect(rows.first?.last == "Lücke")
        #expect(Set(rows.map(\.count)).count == 1, "every row has as many cells as the header")
    }

    @Test func rolesAsWordsAndWrittenToAFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("matrix.csv").path
        let district = CommandRunner.packageRoot.appendingPathComponent("Districts/landkreis-meissen").path
        let (_, written) = try Self.export([district, "--roles", "word", "-o", file], in: folder)
        #expect(written.exitCode == 0, "\(written.stderr)")
        #expect(written.stdout == "")
        #expect(written.stderr == "wrote \(file)\n")
        let words = CSVReader.rows(String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self))
        let codes = CSVReader.rows(try String(contentsOf: Golden.folder.appendingPathComponent(Self.goldenName), encoding: .utf8))
        let word = ["F": "federführend", "M": "mitwirkend", "B": "berät", "I": "wird informiert", "": ""]
        #expect(words.count == codes.count)
        for (wordRow, codeRow) in zip(words, codes).dropFirst() {
            let roleCells = codeRow.dropFirst(2).dropLast()
            #expect(Array(wordRow.dropFirst(2).dropLast()) == roleCells.map { word[$0] ?? "?" })
        }
    }

    @Test func formulasInEveryTextBecomeText() throws {
        let starts = ["=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠", "  ="]
        let workspace = try InjectionWorkspace(hostile: { starts[$0 % starts.count] + "HYPERLINK(\"http://evil.example\";\"x\") F\($0)" })
        defer { workspace.remove() }
        let hostile = try CommandRunner.run(["export", "matrix", "hostkreis"], in: workspace.folder("hostile"))
        let harmless = try CommandRunner.run(["export", "matrix", "hostkreis"], in: workspace.folder("harmless"))
        #expect(hostile.exitCode == 0, "\(hostile.stderr)")
        let rows = CSVReader.rows(hostile.stdout)
        let harmlessRows = CSVReader.rows(harmless.stdout)
        #expect(rows.map(\.count) == harmlessRows.map(\.count), "the hostile text changes the table's shape")
        var prefixed = 0
        for (row, harmlessRow) in zip(rows, harmlessRows) {
            for (cell, harmlessCell) in zip(row, harmlessRow) {
                let text = cell.hasPrefix("\u{FEFF}") ? String(cell.dropFirst()) : cell
                let first = text.unicodeScalars.first { $0 != " " }
                #expect(first.map { !CSVReader.formulaStarts.contains($0) } ?? true, "a cell starts a formula: \(text.debugDescription)")
                guard text.hasPrefix("'") else { continue }
                prefixed += 1
                // Apart from the apostrophe, the text is exactly what the district says. (A tab or
                // line break stays in the harmless text, which then gets the apostrophe too.)
                let shown = String(text.dropFirst())
                let harmlessShown = harmlessCell.hasPrefix("'") ? String(harmlessCell.dropFirst()) : harmlessCell
                #expect(InjectionTests.harmless(shown, letter: "x") == InjectionTests.harmless(harmlessShown, letter: "x"))
                #expect(shown.contains("HYPERLINK(\"http://evil.example\";\"x\") F"))
            }
        }
        #expect(prefixed >= 10, "only \(prefixed) cells carried a formula")
    }

    @Test func aDistrictWithErrorsIsNotExported() throws {
        let workspace = try TemporaryWorkspace(copying: "mixed")
        defer { workspace.remove() }
        let result = try CommandRunner.run(["export", "matrix", "fehlerkreis"], in: workspace.url)
        #expect(result.exitCode == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("Districts/fehlerkreis/partner/agentur.yaml:7:7: error: unknown institution or function 'jobcentre' (did you mean 'jobcenter'?) [unknown-reference]"))
        #expect(result.stderr.hasSuffix("fehlerkreis: 2 errors and 2 warnings\n1 district checked: 2 errors and 2 warnings — failed\n"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        let workspace = try TemporaryWorkspace(copying: "mixed")
        defer { workspace.remove() }
        let format = try CommandRunner.run(["export", "matrix", "gutkreis", "--format", "xlsx"], in: workspace.url)
        #expect(format.exitCode == 2)
        #expect(format.stderr.hasPrefix("Error: The value 'xlsx' is invalid for '--format <format>'"), "\(format.stderr)")
        let unknown = try CommandRunner.run(["export", "matrix", "gutkreiss"], in: workspace.url)
        #expect(unknown.exitCode == 2)
        #expect(unknown.stderr == "error: no district folder 'gutkreiss' (did you mean 'gutkreis'?)\n")
        let noExport = try CommandRunner.run(["export", "paper", "gutkreis"], in: workspace.url)
        #expect(noExport.exitCode == 2)
    }
}

/// Reads the CSV the way a spreadsheet does: semicolons, RFC 4180 quotes, CR LF records.
enum CSVReader {
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]

    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty: quoted = true
            case ";": row.append(String(field)); field = .init()
            case "\r":
                let next = scalars.next()
                if next == "\n" {
                    row.append(String(field)); field = .init(); rows.append(row); row = []
                } else {
                    field.append(scalar); pending = next
                }
            default: field.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(String(field)); rows.append(row) }
        return rows
    }
}
