import Foundation

/// Writes a district's rendered files into `<out>/<id>/`. Everything is
/// rendered before anything is written, so a district that fails leaves its
/// previous outputs untouched.
public struct OutputWriter: Sendable {
    public var folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// What `write` wrote.
    public struct Written: Sendable {
        /// The paper's files.
        public var files: [String]
        /// With `--extracts`: their folder ("Output/leipzig/auszuege/") and the number of pages in it.
        public var extracts: (folder: String, pages: Int)?

        /// "Output/leipzig/leipzig.html, …, Output/leipzig/auszuege/ (15 pages)".
        public var description: String {
            (files + (extracts.map { ["\($0.folder) (\($0.pages) page\($0.pages == 1 ? "" : "s"))"] } ?? []))
                .joined(separator: ", ")
        }
    }

    /// Writes the files, each atomically.
    @discardableResult
    public func write(_ output: DistrictOutput) throws -> Written {
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
        // The files at once: each waits for the disk to flush it, and those waits overlap.
        // Each file is still replaced whole or not at all; a failure names the first file
        // (in the order of the formats) that could not be written.
        let outcomes = output.files.parallelMap { file -> Result<String, AtomicFile.Failure> in
            let path = districtFolder + "/" + output.districtID + "." + file.format.fileExtension
            return Result { try AtomicFile.write(file.text.utf8, to: path) }.map { path }
                .mapError { $0 as? AtomicFile.Failure ?? AtomicFile.Failure(path: path, reason: "\($0)") }
        }
        let written = try outcomes.map { try $0.get() }
        guard let extracts = output.extracts else { return Written(files: written) }
        let extractsFolder = districtFolder + "/" + ExtractBuilder.folderName
        let pages = try ExtractFolder(path: extractsFolder).replace(with: extracts)
        return Written(files: written, extracts: (extractsFolder + "/", pages.count))
    }
}
