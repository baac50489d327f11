/// The formats `generate` writes.
public enum OutputFormat: String, CaseIterable, Sendable {
    case html, docbook, dot, svg

    public var fileExtension: String {
        switch self {
        case .html: "html"
        case .docbook: "xml"
        case .dot: "dot"
        case .svg: "svg"
        }
    }
}

/// The rendered files of one district, in memory, before anything is written.
public struct DistrictOutput: Sendable {
    public struct File: Sendable {
        public var format: OutputFormat
        public var text: String
    }

    /// A page of `generate --extracts`, named within the extracts folder.
    public struct ExtractFile: Sendable {
        public var name: String
        public var text: String
    }

    public var districtID: String
    public var files: [File]
    /// With `--extracts`: the overview and one page per institution.
    public var extracts: [ExtractFile]? = nil
    /// Things the user should know that are not problems of the input (e.g. a layout fallback).
    public var warnings: [String]
}
