import Foundation

/// Writes a starter district into a new or empty folder, all or nothing:
/// the files go to a temporary sibling folder first (each written
/// atomically), which is then renamed into place.
public enum StarterWriter {
    public enum Failure: Error, CustomStringConvertible {
        case notEmpty(String)
        case notAFolder(String)
        case cannotWrite(String, String)

        public var description: String {
            switch self {
            case .notEmpty(let folder):
                "the folder '\(folder)' is not empty; 'wegweiser init' writes only into a new or empty folder"
            case .notAFolder(let path): "'\(path)' exists and is not a folder"
            case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
            }
        }
    }

    /// - Returns: the paths written, relative to `folder`.
    @discardableResult
    public static func write(_ district: StarterDistrict, to folder: String) throws -> [String] {
        let manager = FileManager.default
        let display = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        // The absolute folder: "." and ".." name no folder a rename could replace.
        let target = URL(fileURLWithPath: display).standardizedFileURL.path
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: target, isDirectory: &isDirectory)
        if exists {
            guard isDirectory.boolValue else { throw Failure.notAFolder(display) }
            guard (try? manager.contentsOfDirectory(atPath: target))?.isEmpty ?? false else { throw Failure.notEmpty(display) }
        }
        // A new folder is made beside its place and renamed into it. An existing
        // empty one stays (it may be the shell's current folder): the files are
        // made in a hidden folder inside it and moved up.
        let unique = "\(getpid()).\(UInt64.random(in: 0...UInt64.max)).tmp"
        let temporary = exists
            ? target + "/.wegweiser-init." + unique
            : (target as NSString).deletingLastPathComponent + "/.\((target as NSString).lastPathComponent).init." + unique
        do {
            try manager.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        } catch {
            throw Failure.cannotWrite(display, reason(error))
        }
        var done = false
        defer { if !done { try? manager.removeItem(atPath: temporary) } }
        let files = district.files()
        for file in files {
            let path = temporary + "/" + file.path
            do {
                try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try AtomicFile.write(file.text.utf8, to: path)
            } catch {
                throw Failure.cannotWrite(display + "/" + file.path, reason(error))
            }
        }
        if exists {
            try moveEntries(of: temporary, into: target, display: display)
            try? manager.removeItem(atPath: temporary)
        } else {
            guard rename(temporary, target) == 0 else { throw Failure.cannotWrite(display, String(cString: strerror(errno))) }
        }
        done = true
        return files.map(\.path)
    }

    /// Renames every entry of `source` into `target`; on a failure the ones
    /// moved already are taken out again, so the folder is left empty.
    private static func moveEntries(of source: String, into target: String, display: String) throws {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: source)) ?? []).sorted()
        var moved: [String] = []
        for name in names {
            guard rename(source + "/" + name, target + "/" + name) == 0 else {
                let problem = String(cString: strerror(errno))
                for name in moved { try? FileManager.default.removeItem(atPath: target + "/" + name) }
                throw Failure.cannotWrite(display + "/" + name, problem)
            }
            moved.append(name)
        }
    }

    private static func reason(_ error: Error) -> String {
        if let failure = error as? AtomicFile.Failure { return failure.reason }
        return (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}
