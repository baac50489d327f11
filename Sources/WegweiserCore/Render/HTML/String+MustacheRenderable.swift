import Mustache

/// A string renders as itself. swift-mustache gets there anyway, but only
/// after asking the value for four other protocols and going through
/// `String(describing:)`; saying it up front saves those dynamic casts on
/// every `{{name}}` of every template (a good part of rendering a paper).
/// The text is escaped exactly as before.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}
