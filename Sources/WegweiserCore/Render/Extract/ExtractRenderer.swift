import Mustache

/// Lays extracts out as self-contained HTML pages (inline CSS, nothing from
/// the network), one per institution, and the overview page listing them.
/// The contact blocks use the paper's `contact` template.
public struct ExtractRenderer: Sendable {
    private let library: MustacheLibrary

    public init() throws {
        var library = MustacheLibrary()
        let templates: [(String, [UInt8])] = [
            ("extract", PackageResources.extract_mustache),
            ("extract-index", PackageResources.extract_index_mustache),
            ("extract-style", PackageResources.extract_style_mustache),
        ]
        for (name, bytes) in templates {
            try HTMLEscaping.register(String(decoding: bytes, as: UTF8.self), named: name, in: &library)
        }
        if let contact = HTMLTemplates.defaults.first(where: { $0.name == "contact" }) {
            try HTMLEscaping.register(contact.text, named: "contact", in: &library)
        }
        self.library = library
    }

    /// Every page of the set, the overview first, by file name.
    public func render(_ set: ExtractSet) throws -> [DistrictOutput.ExtractFile] {
        var files = [DistrictOutput.ExtractFile(name: set.indexFileName, text: try page(ExtractIndexView(set), "extract-index"))]
        for extract in set.extracts {
            files.append(.init(name: extract.fileName, text: try page(ExtractPageView(extract, of: set), "extract")))
        }
        return files
    }

    private func page(_ view: Any, _ template: String) throws -> String {
        guard let html = library.render(view, withTemplate: template) else {
            throw HTMLRenderError.invalidTemplate(name: template, detail: "the template is missing")
        }
        return html.htmlCleaned
    }
}
