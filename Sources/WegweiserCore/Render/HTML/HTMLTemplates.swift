/// The HTML templates built into the binary, by name. `style` is the CSS.
enum HTMLTemplates {
    static let defaults: [(name: String, text: String)] = [
        ("paper", PackageResources.paper_mustache),
        ("matrix", PackageResources.matrix_mustache),
        ("handovers", PackageResources.handovers_mustache),
        ("institutions", PackageResources.institutions_mustache),
        ("contact", PackageResources.contact_mustache),
        ("directory", PackageResources.directory_mustache),
        ("coverage", PackageResources.coverage_mustache),
        ("style", PackageResources.style_mustache),
    ].map { ($0.0, String(decoding: $0.1, as: UTF8.self)) }
}
