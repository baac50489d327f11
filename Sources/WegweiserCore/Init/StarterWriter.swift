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
        let target = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: target, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Failure.notAFolder(target) }
            guard (try? manager.contentsOfDirectory(atPath: target))?.isEmpty ?? false else { throw Failure.notEmpty(target) }
        }
        let parent = (target as NSString).deletingLastPathComponent
        let temporary = (parent.isEmpty ? "" : parent + "/")
            + ".\((target as NSString).lastPathComponent).init.\(getpid()).\(UInt64.random(in: 0...UInt64.max)).tmp"
        do {
            try manager.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        } catch {
            throw Failure.cannotWrite(target, reason(error))
        }
        var done = false
        defer { if !done { try? manager.removeItem(atPath: temporary) } }
        let files = district.files()
        for file in files {
            let path = temporary + "/" + file.path
            do {
                try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try AtomicFile.write(Array(file.text.utf8), to: path)
            } catch {
                throw Failure.cannotWrite(target + "/" + file.path, reason(error))
            }
        }
        // rename(2) replaces an empty folder, so a folder made for the district is fine.
        guard rename(temporary, target) == 0 else { throw Failure.cannotWrite(target, String(cString: strerror(errno))) }
        done = true
        return files.map(\.path)
    }

    private static func reason(_ error: Error) -> String {
        if let failure = error as? AtomicFile.Failure { return failure.reason }
        return (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}
