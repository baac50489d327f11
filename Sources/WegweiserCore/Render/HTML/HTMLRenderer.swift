import Foundation
import Mustache

/// The paper as one self-contained HTML5 file: inline CSS, the Schaubild as
/// inline SVG, nothing loaded from the network. Laid out by Mustache
/// templates that users may override by name.
///
/// The built-in templates also exist compiled to Swift
/// (`HTMLView+Compiled.swift`, written by `scripts/generate-template-code`),
/// which renders the same bytes several times faster; swift-mustache renders
/// the paper as soon as a templates folder replaces any of its templates.
public struct HTMLRenderer: Sendable {
    /// The template names, each overridable by `<name>.mustache` in a templates folder.
    public static let templateNames = HTMLTemplates.defaults.map(\.name)

    /// The built-in templates as Mustache text, by name: what a replacement
    /// starts from. A templates folder holding them unchanged renders the
    /// paper through swift-mustache to the same bytes as the compiled ones.
    public static let builtInTemplates: [(name: String, text: String)] = HTMLTemplates.defaults

    /// Which of the two renders the paper.
    enum Engine: Sendable {
        /// The built-in templates compiled to Swift.
        case compiled
        /// swift-mustache with the templates as read.
        case mustache
    }

    /// Only when swift-mustache renders: compiling the templates is a good
    /// part of a small district's run.
    private let library: MustacheLibrary?
    let engine: Engine

    /// Reads the templates once: the embedded defaults, each replaced by a
    /// file of the same name in `overrides` if there is one. swift-mustache
    /// compiles them (and reports a template that is not valid Mustache) only
    /// when one is replaced.
    public init(overrides folder: String? = nil) throws {
        try self.init(overrides: folder, engine: nil)
    }

    /// `engine: nil` takes the compiled templates unless `overrides` replaces one;
    /// the tests ask for each engine to compare them.
    init(overrides folder: String?, engine: Engine?) throws {
        var sources: [(name: String, text: String)] = []
        var replaced = false
        for (name, text) in HTMLTemplates.defaults {
            var source = text
            if let folder {
                let path = folder + "/" + name + ".mustache"
                if FileManager.default.fileExists(atPath: path) {
                    guard let data = FileManager.default.contents(atPath: path), let custom = String(data: data, encoding: .utf8) else {
                        throw HTMLRenderError.unreadableTemplate(path)
                    }
                    source = custom
                    replaced = true
                }
            }
            sources.append((name, source))
        }
        self.engine = engine ?? (replaced ? .mustache : .compiled)
        guard self.engine == .mustache else {
            library = nil
            return
        }
        var library = MustacheLibrary()
        for (name, source) in sources {
            do {
                try HTMLEscaping.register(source, named: name, in: &library)
            } catch {
                throw HTMLRenderError.invalidTemplate(name: name, detail: "\(error)")
            }
        }
        self.library = library
    }

    /// Renders the paper; `svg` is the Schaubild prepared for inlining.
    public func render(_ paper: Paper, svg: String) throws -> String {
        let view = HTMLView(paper, svg: svg)
        if engine == .compiled {
            return view.renderedWithBuiltInTemplates().htmlCleaned
        }
        guard let html = library?.render(view, withTemplate: "paper") else {
            throw HTMLRenderError.invalidTemplate(name: "paper", detail: "the template is missing")
        }
        return html.htmlCleaned
    }
}

public enum HTMLRenderError: Error, CustomStringConvertible {
    case unreadableTemplate(String)
    case invalidTemplate(name: String, detail: String)

    public var description: String {
        switch self {
        case .unreadableTemplate(let path): "the template '\(path)' cannot be read as UTF-8 text"
        case .invalidTemplate(let name, let detail): "the template '\(name)' is not valid Mustache: \(detail)"
        }
    }
}
