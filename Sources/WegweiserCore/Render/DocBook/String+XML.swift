import CLibXML2

extension String {
    /// The text without the characters XML 1.0 cannot carry (control
    /// characters other than tab, newline and carriage return; U+FFFE and
    /// U+FFFF). Input validation already refuses them; stripping them here
    /// means a slip there yields a valid document instead of a crash.
    var xmlCleaned: String {
        // A byte scan first, conservative: only a control byte and 0xEF, the
        // lead byte of U+FFFE and U+FFFF (and their neighbours), can begin a
        // forbidden scalar. Text without them is clean; text with them takes
        // the exact path.
        func mayHoldForbidden(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            for byte in bytes where byte < 0x20 || byte == 0xEF {
                switch byte {
                case 0x09, 0x0A, 0x0D: continue
                default: return true
                }
            }
            return false
        }
        if utf8.withContiguousStorageIfAvailable({ !mayHoldForbidden($0) }) == true { return self }
        return xmlCleanedExactly
    }

    /// `xmlCleaned` scalar by scalar, without the byte scan.
    var xmlCleanedExactly: String {
        func allowed(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x9, 0xA, 0xD: true
            case 0x20...0xFFFD: true
            case 0x10000...: true
            default: false
            }
        }
        if unicodeScalars.allSatisfy(allowed) { return self }
        var cleaned = String.UnicodeScalarView()
        cleaned.append(contentsOf: unicodeScalars.filter(allowed))
        return String(cleaned)
    }

    /// Calls `body` with the cleaned text as a NUL-terminated `xmlChar`
    /// string, the form every libxml2 function takes.
    /// The cleaned text has no NUL, so its C string is all of it; Swift hands
    /// out a native string's own bytes for that, without a copy.
    func withXMLChars<Result>(_ body: (UnsafePointer<xmlChar>) throws -> Result) rethrows -> Result {
        try xmlCleaned.withCString { try body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }
}
