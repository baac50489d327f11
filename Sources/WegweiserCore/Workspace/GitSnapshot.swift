import Foundation

/// A district folder as it was in a git revision, copied out of the repository into a temporary folder.
///
/// The copy lets the loader, which reads folders, work unchanged. git only
/// reads objects here: nothing is checked out and the work tree is never touched.
public final class GitSnapshot: @unchecked Sendable {
    public let revision: String
    public let path: String
    /// The district folder in the temporary copy; its last path component equals the last
    /// component of `path` (the loader checks that the folder name equals the district id).
    public let districtFolder: String
    /// The copy of `_catalog` beside the folder in that revision, or nil if the revision has none there.
    public let catalogFolder: String?
    /// The temporary folder holding both copies.
    public let root: String
    /// The catalogue as git names it beside `path`, e.g. "Districts/_catalog".
    public let catalogPath: String

    /// "HEAD~1:Districts/leipzig" – how messages name this source.
    public var label: String { "\(revision):\(path)" }

    /// Splits "REV:path"; nil if the text has no ':' or either part is empty.
    public static func parse(_ argument: String) -> (revision: String, path: String)? {
        // Ref names cannot hold ':', so the first one ends the revision.
        guard let colon = argument.firstIndex(of: ":") else { return nil }
        let revision = String(argument[..<colon])
        let path = String(argument[argument.index(after: colon)...])
        return revision.isEmpty || path.isEmpty ? nil : (revision, path)
    }

    /// - Throws: GitSnapshot.Failure
    public init(
        revision: String, path: String, workingDirectory: String = FileManager.default.currentDirectoryPath,
        limits: Limits = .standard, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws {
        self.revision = revision
        self.path = path
        let git = try Git(workingDirectory: workingDirectory, environment: environment)
        // Pinned once, so that the folder and the catalogue come from the same commit
        // even if a branch moves meanwhile.
        let tree = try git.resolve(revision: revision)
        // git resolves the path itself: from the top level, or from the current directory after "./" or "../".
        let folderObject = tree + ":" + path
        guard try git.isTree(folderObject) else { throw Failure.noFolder(revision: revision, path: path) }
        let (name, catalogPath) = try Self.place(of: path, git: git)
        guard !name.isEmpty else { throw Failure.noFolder(revision: revision, path: path) }
        self.catalogPath = catalogPath
        let catalogName = tree + ":" + catalogPath
        let catalogObject = try git.isTree(catalogName) ? catalogName : nil

        // Everything is listed and checked before anything is written.
        let folderEntries = try git.list(tree: folderObject)
        guard folderEntries.count <= limits.maxFiles else {
            throw Failure.tooManyFiles(revision: revision, path: path, limit: limits.maxFiles)
        }
        let catalogEntries = try catalogObject.map { try git.list(tree: $0) } ?? []
        guard catalogEntries.count <= limits.maxFiles else {
            throw Failure.tooManyFiles(revision: revision, path: catalogPath, limit: limits.maxFiles)
        }
        let blobs = try git.contents(of: (folderEntries + catalogEntries).filter(\.isBlob).map(\.object))

        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("wegweiser-git-\(UUID().uuidString)").path
        districtFolder = root + "/" + name
        catalogFolder = catalogObject == nil ? nil : root + "/_catalog"
        do {
            try Self.write(folderEntries, blobs: blobs, into: districtFolder)
            if let catalogFolder { try Self.write(catalogEntries, blobs: blobs, into: catalogFolder) }
        } catch {
            try? FileManager.default.removeItem(atPath: root)
            throw Failure.writeFailed("\(root): \(error.localizedDescription)")
        }
    }

    deinit { remove() }

    /// Names a file in the copy as the user knows it: "<tmp>/…/leipzig/institutions.yaml" →
    /// "HEAD~1:Districts/leipzig/institutions.yaml" (and the catalogue's files likewise,
    /// "HEAD~1:Districts/_catalog/tasks.yaml"). Other paths are returned unchanged.
    public func displayPath(_ file: String) -> String {
        for (copy, original) in folders {
            if file == copy { return original }
            if file.hasPrefix(copy + "/") { return original + file.dropFirst(copy.count) }
        }
        return file
    }

    /// The inverse of `displayPath`: "HEAD~1:Districts/leipzig/institutions.yaml" → the file
    /// in the copy, to read its text. Other paths are returned unchanged.
    public func realPath(_ file: String) -> String {
        for (copy, original) in folders {
            if file == original { return copy }
            if file.hasPrefix(original + "/") { return copy + file.dropFirst(original.count) }
        }
        return file
    }

    /// Each copied folder with its name as the user knows it.
    private var folders: [(copy: String, original: String)] {
        let district = (districtFolder, revision + ":" + Self.withoutTrailingSlashes(path))
        return [district] + (catalogFolder.map { [($0, revision + ":" + catalogPath)] } ?? [])
    }

    /// Deletes the temporary copy (also done in deinit).
    public func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }

    public enum Failure: Error, CustomStringConvertible, Equatable {
        case gitNotFound
        case notARepository(String)
        case unknownRevision(String)
        case noFolder(revision: String, path: String)
        case tooManyFiles(revision: String, path: String, limit: Int)
        /// git's own message, one line.
        case gitFailed(String)
        /// The temporary copy could not be written.
        case writeFailed(String)

        public var description: String {
            switch self {
            case .gitNotFound:
                "git is not installed; install it with: apt-get install git"
            case .notARepository(let directory):
                "'\(directory)' is not inside a git repository; the form REV:path reads from git"
            case .unknownRevision(let revision):
                "unknown git revision '\(revision)'; see 'git log --oneline' and 'git tag'"
            case .noFolder(let revision, let path):
                "there is no folder '\(path)' in revision '\(revision)'"
            case .tooManyFiles(let revision, let path, let limit):
                "the folder '\(path)' in revision '\(revision)' has more than \(limit) files"
            case .gitFailed(let message):
                "git failed: \(message)"
            case .writeFailed(let message):
                "could not copy the revision to a temporary folder: \(message)"
            }
        }
    }

    /// The folder's own name and the path of the `_catalog` beside it, in the form the user wrote.
    private static func place(of path: String, git: Git) throws -> (name: String, catalogPath: String) {
        let shown = withoutTrailingSlashes(path)
        let last = shown.split(separator: "/").last.map(String.init) ?? shown
        // "./" or "../": only git knows which folder that is.
        if last == "." || last == ".." { return (try git.folderName(relativePath: shown), shown + "/../_catalog") }
        guard let slash = shown.lastIndex(of: "/") else { return (last, "_catalog") }
        return (last, String(shown[..<slash]) + "/_catalog")
    }

    /// "Districts/leipzig/" → "Districts/leipzig"; git accepts both, names use the short one.
    static func withoutTrailingSlashes(_ path: String) -> String {
        var path = Substring(path)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        return String(path)
    }

    /// Writes regular files, then symbolic links: a link written first could
    /// lead a later file of a crafted tree out of the copy.
    private static func write(_ entries: [Git.Entry], blobs: [String: Data], into folder: String) throws {
        let files = FileManager.default
        try files.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for entry in entries where entry.isFile {
            let target = folder + "/" + entry.path
            try files.createDirectory(
                atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try (blobs[entry.object] ?? Data()).write(to: URL(fileURLWithPath: target))
            if entry.mode == "100755" { try files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: target) }
        }
        for entry in entries where entry.mode == "120000" {
            let target = folder + "/" + entry.path
            try files.createDirectory(
                atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            let destination = String(decoding: blobs[entry.object] ?? Data(), as: UTF8.self)
            try files.createSymbolicLink(atPath: target, withDestinationPath: destination)
        }
    }
}
