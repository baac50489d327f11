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

    public var districtID: String
    public var files: [File]
    /// Things the user should know that are not problems of the input (e.g. a layout fallback).
    public var warnings: [String]
}
