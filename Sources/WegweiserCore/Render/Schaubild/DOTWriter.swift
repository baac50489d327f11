/// Builds DOT text line by line with indentation, so the generated source
/// is as readable as a hand-written one and diffs well between versions.
struct DOTWriter {
    private(set) var text = ""
    private var depth = 0

    /// One line at the current indentation.
    mutating func line(_ content: String) {
        text += String(repeating: "\t", count: depth) + content + "\n"
    }

    /// An empty line between sections.
    mutating func blank() { text += "\n" }

    /// `header {`, the body indented, `}`.
    mutating func block(_ header: String, _ body: (inout DOTWriter) -> Void) {
        line(header + " {")
        depth += 1
        body(&self)
        depth -= 1
        line("}")
    }

    /// An attribute list `[a=1 b="x"]`; values are given already quoted.
    static func attributes(_ pairs: [(String, String)]) -> String {
        "[" + pairs.map { "\($0.0)=\($0.1)" }.joined(separator: " ") + "]"
    }
}
