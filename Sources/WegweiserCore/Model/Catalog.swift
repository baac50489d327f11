/// The shared standard catalogue: vocabulary, standard tasks and standard
/// handovers. Tasks name functions, so one list fits every setup.
public struct Catalog: Sendable {
    public var phases: [VocabularyEntry] = []
    public var targetGroups: [VocabularyEntry] = []
    public var functions: [VocabularyEntry] = []
    public var glossary: [GlossaryEntry] = []
    public var tasks: [TaskDefinition] = []
    public var interfaces: [HandoverDefinition] = []
    /// Where it came from, for messages: a folder, or the embedded default.
    public var origin: String = ""
    public var files: [String] = []
}

public struct VocabularyEntry: Sendable {
    public var id: Text
    public var label: Text
    public var location: SourceLocation
}

/// An abbreviation explained in the paper's glossary.
public struct GlossaryEntry: Sendable {
    public var term: Text
    public var definition: Text
    public var location: SourceLocation
}
