import Testing
@testable import WegweiserCore

/// Fields of the matrix CSV: RFC 4180 quoting with semicolons, and no formulas.
@Suite struct CSVFieldTests {
    @Test func plainTextStaysAsIs() {
        #expect(CSVField.escaped("Ausländerbehörde, Sachgebiet 2") == "Ausländerbehörde, Sachgebiet 2")
        #expect(CSVField.escaped("") == "")
    }

    @Test func separatorsQuotesAndLineBreaksAreQuoted() {
        #expect(CSVField.escaped("a;b") == "\"a;b\"")
        #expect(CSVField.escaped("Rat \"vor Ort\"") == "\"Rat \"\"vor Ort\"\"\"")
        #expect(CSVField.escaped("Zeile 1\r\nZeile 2") == "\"Zeile 1\r\nZeile 2\"")
        #expect(CSVField.escaped("Zeile 1\nZeile 2") == "\"Zeile 1\nZeile 2\"")
    }

    @Test func formulaStartsGetAnApostrophe() {
        #expect(CSVField.escaped("=1+1") == "'=1+1")
        #expect(CSVField.escaped("+49 341") == "'+49 341")
        #expect(CSVField.escaped("-1+1") == "'-1+1")
        #expect(CSVField.escaped("@SUM(1)") == "'@SUM(1)")
        #expect(CSVField.escaped("\tTab") == "'\tTab")
        #expect(CSVField.escaped("\r=1") == "\"'\r=1\"")
        #expect(CSVField.escaped("  =1") == "'  =1")
        // Full-width forms, and a combining mark that makes "=" part of a larger character.
        #expect(CSVField.escaped("＝1＋1") == "'＝1＋1")
        #expect(CSVField.escaped("＋1") == "'＋1")
        #expect(CSVField.escaped("－1") == "'－1")
        #expect(CSVField.escaped("＠A1") == "'＠A1")
        #expect(CSVField.escaped("=\u{301}1") == "'=\u{301}1")
        #expect(CSVField.escaped("=HYPERLINK(\"http://evil.example\";\"x\")") == "\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"x\"\")\"")
        // Inside the text these are harmless.
        #expect(CSVField.escaped("Jobcenter = SGB II") == "Jobcenter = SGB II")
    }

    @Test func aRecordEndsInCRLF() {
        #expect(CSVField.record(["Phase", "a;b", "=x"]) == "Phase;\"a;b\";'=x\r\n")
    }
}
