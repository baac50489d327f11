import Foundation

/// Writes a district's rendered files into `<out>/<id>/`. Everything is
/// rendered before anything is written, so a district that fails leaves its
/// previous outputs untouched.
public struct OutputWriter: Sendable {
    public var folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// Writes the files, each atomically; returns the paths written.
    @discardableResult
    public func write(_ output: DistrictOutput) throws -> [String] {
        // The id was validated, but the writer does not rely on it: nothing may leave the output folder.
        guard IdentifierRules.isValid(output.districtID) else {
            throw AtomicFile.Failure(path: folder, reason: "'\(output.districtID)' is not a valid district id")
        }
        let districtFolder = folder + "/" + output.districtID
        do {
            try FileManager.default.createDirectory(atPath: districtFolder, withIntermediateDirectories: true)
        } catch {
            throw AtomicFile.Failure(path: districtFolder, reason: "the folder cannot be created")
        }
        var written: [String] = []
        for file in output.files {
            let path = districtFolder + "/" + output.districtID + "." + file.format.fileExtension
            try AtomicFile.write(Array(file.text.utf8), to: path)
            written.append(path)
        }
        if let extracts = output.extracts {
            written += try ExtractFolder(path: districtFolder + "/" + ExtractBuilder.folderName).replace(with: extracts)
        }
        return written
    }
}
