import Mustache

/// A part of a view that the templates reach into again and again
/// (`{{entry.heading}}`, `{{entry.note}}` …), held by reference: Mustache
/// hands every looked-up value around as `Any`, and a struct of a dozen
/// fields would be copied into a new box for each of those lookups.
final class SharedView<Value: MustacheParent>: MustacheParent {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }

    func child(named name: String) -> Any? {
        value.child(named: name)
    }
}
