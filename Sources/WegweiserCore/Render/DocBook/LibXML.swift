import CLibXML2

/// libxml2's one-time set-up. `xmlInitParser` must run once before threads
/// use libxml2 and is not safe to call from two threads at the same time;
/// a Swift static runs its initializer exactly once, whichever thread asks
/// first. (Its counterpart `xmlCleanupParser` is never called: Foundation
/// may share the library.)
enum LibXML {
    private static let initialized: Void = xmlInitParser()

    static func prepare() {
        _ = initialized
    }
}
