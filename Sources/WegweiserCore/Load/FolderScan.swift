import Foundation

/// Finds the YAML files below a folder, in byte-wise sorted path order, and
/// reads them within the limits. Only regular files are read (a FIFO would
/// block forever); symbolic links are followed only to files inside the folder.
public struct FolderScan {
    struct File: Sendable {
        /// Path relative to the folder, with `/` separators.
        let relativePath: String
        /// Path for messages: the folder as the user named it, then the relative path.
        let displayPath: String
        let absolutePath: String
    }

    let folder: String
    let displayFolder: String
    let limits: Limits

    /// The YAML files, or nil (reported) if the folder cannot be listed.
    func yamlFiles(log: inout DiagnosticLog) -> [File]? {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            log.report(.fileUnreadable, "the folder does not exist or is not a folder", at: .start(of: displayFolder))
            return nil
        }
        let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        var files: [File] = []
        var links: [File] = []
        var pending = [""]
        while let relativeFolder = pending.popLast() {
            let absoluteFolder = relativeFolder.isEmpty ? folder : folder + "/" + relativeFolder
            guard let names = try? fm.contentsOfDirectory(atPath: absoluteFolder) else {
                log.report(.fileUnreadable, "the folder cannot be read", at: .start(of: display(relativeFolder)))
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let relative = relativeFolder.isEmpty ? name : relativeFolder + "/" + name
                let absolute = folder + "/" + relative
                switch Self.entryKind(absolute) {
                case .directory:
                    pending.append(relative)
                case .file where Self.isYAML(name):
                    files.append(File(relativePath: relative, displayPath: display(relative), absolutePath: absolute))
                case .link where Self.isYAML(name):
                    if let file = checkLink(relative, absolute: absolute, root: root, log: &log) { links.append(file) }
                case .other where Self.isYAML(name):
                    log.report(
                        .fileUnreadable, "'\(relative)' is not a regular file; it is not read",
                        at: .start(of: display(relative)))
                case .link:
                    if Self.entryKind(URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path) == .directory {
                        log.report(
                            .symbolicLink, "the symbolic link '\(relative)' points to a folder; linked folders are not read",
                            at: .start(of: display(relative)), hint: "copy the files into the district folder")
                    }
                default:
                    continue
                }
                if files.count + links.count > limits.maxFiles {
                    log.report(
                        .tooManyFiles, "the folder holds more than \(limits.maxFiles) YAML files",
                        at: .start(of: displayFolder))
                    return nil
                }
            }
        }
        // A link to a file that is read anyway would add its lists twice. (Resolving
        // every file's path costs more than the rest of the scan: only with links.)
        if !links.isEmpty {
            let targets = Set(files.map { URL(fileURLWithPath: $0.absolutePath).resolvingSymlinksInPath().path })
            files += links.filter { !targets.contains($0.absolutePath) }.uniquedByTarget()
        }
        return files.sorted { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
    }

    private func display(_ relative: String) -> String {
        relative.isEmpty ? displayFolder : displayFolder + "/" + relative
    }

    private func checkLink(_ relative: String, absolute: String, root: String, log: inout DiagnosticLog) -> File? {
        let target = URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path
        guard target.hasPrefix(root + "/") else {
            log.report(
                .symbolicLink, "the symbolic link '\(relative)' points outside the district folder; it is not read",
                at: .start(of: display(relative)), hint: "copy the file into the district folder")
            return nil
        }
        guard Self.entryKind(target) == .file else {
            log.report(
                .fileUnreadable,
                Self.isLoop(absolute)
                    ? "the symbolic link '\(relative)' points to itself or goes round in a circle"
                    : "the symbolic link '\(relative)' points to nothing readable",
                at: .start(of: display(relative)))
            return nil
        }
        return File(relativePath: relative, displayPath: display(relative), absolutePath: target)
    }

    /// Whether resolving the link fails because links point at each other.
    static func isLoop(_ path: String) -> Bool {
        guard let resolved = realpath(path, nil) else { return errno == ELOOP }
        free(resolved)
        return false
    }

    static func isYAML(_ name: String) -> Bool { name.hasSuffix(".yaml") || name.hasSuffix(".yml") }

    /// Whether the scan reads a file of this name (hidden entries are skipped).
    public static func readsFile(named name: String) -> Bool { !name.hasPrefix(".") && isYAML(name) }

    /// The folder and every folder below it that the scan descends into: real
    /// folders, not hidden ones and not symbolic links (linked folders are not read).
    public static func foldersBelow(_ root: String) -> [String] {
        var result: [String] = []
        var pending = [root]
        while let folder = pending.popLast() {
            result.append(folder)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where !name.hasPrefix(".") {
                if entryKind(folder + "/" + name) == .directory { pending.append(folder + "/" + name) }
            }
        }
        return result
    }

    enum EntryKind { case file, directory, link, other }

    static func entryKind(_ path: String) -> EntryKind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .link
        default: return .other
        }
    }

    /// Reads at most `limit + 1` bytes, so that a huge file is refused
    /// without being loaded into memory. Only a regular file is read, and a
    /// symbolic link is not followed (the scan passes links resolved, once it
    /// has checked where they point): the source excerpt of a diagnostic at a
    /// link must neither print a file outside the district (`/etc/passwd`)
    /// nor block forever on a FIFO the link points to.
    static func read(_ path: String, limit: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return nil
        }
        defer { close(descriptor) }
        return readAll(descriptor, upTo: limit + 1, sizeHint: Int(info.st_size))
    }
}

extension Array where Element == FolderScan.File {
    /// The first link to each target, in sorted order.
    fileprivate func uniquedByTarget() -> [FolderScan.File] {
        var seen = Set<String>()
        return sorted { [UInt8]($0.relativePath.utf8).lexicographicallyPrecedes($1.relativePath.utf8) }
            .filter { seen.insert($0.absolutePath).inserted }
    }
}

/// Up to `count` bytes of an open file, read straight into the array (no
/// `Data` in between); empty on a read error, as `FileHandle` gave it.
private func readAll(_ descriptor: Int32, upTo count: Int, sizeHint: Int) -> [UInt8] {
    // One more than the size, so that the end of the file is seen without growing the array.
    var bytes = [UInt8](repeating: 0, count: min(count, max(sizeHint, 0) + 1))
    var filled = 0
    while filled < count {
        if filled == bytes.count {
            bytes.append(contentsOf: repeatElement(0, count: min(count, 2 * bytes.count + 4096) - bytes.count))
        }
        let got = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
        if got < 0 {
            if errno == EINTR { continue }
            return []
        }
        if got == 0 { break }
        filled += got
    }
    bytes.removeLast(bytes.count - filled)
    return bytes
}
