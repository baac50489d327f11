/// The default catalogue, embedded at build time from Catalog/Default/, which
/// is kept identical to Districts/_catalog/ (a test checks it).
enum DefaultCatalog {
    static let files: [(name: String, bytes: [UInt8])] = [
        ("tasks.yaml", PackageResources.tasks_yaml),
        ("vocabulary.yaml", PackageResources.vocabulary_yaml),
    ]
}
