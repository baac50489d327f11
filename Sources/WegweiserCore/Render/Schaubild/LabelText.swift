/// Line breaking for labels in the Schaubild.
///
/// Graphviz does not wrap text itself; a long name would make one very wide
/// box and push the whole diagram beyond the page. Breaking at spaces (and
/// after a dash that joins two parts of a name) keeps boxes compact.
enum LabelText {
    /// The text broken into lines of at most `width` characters where
    /// possible; a single longer word keeps its own line. Existing line
    /// breaks are kept.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in DOTText.cleaned(text).split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if line.isEmpty {
                    line = String(word)
                } else if line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = String(word)
                }
            }
            lines.append(line)
        }
        return lines
    }
}
