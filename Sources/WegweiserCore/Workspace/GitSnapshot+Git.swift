import Foundation

extension GitSnapshot {
    /// Runs git in one directory: started directly with an arguments array,
    /// never through a shell, and only commands that read objects.
    struct Git {
        let executable: String
        let workingDirectory: String
        let environment: [String: String]

        /// One entry of `git ls-tree -r`.
        struct Entry {
            var mode: String
            var type: String
            var object: String
            var path: String

            var isFile: Bool { mode == "100644" || mode == "100755" }
            /// Files and symbolic links; submodules are commits and are skipped.
            var isBlob: Bool { type == "blob" }
        }

        /// What one run printed.
        struct Result {
            var status: Int32
            var output: Data
            /// The first line of stderr, without git's "fatal: ".
            var message: String

            /// stdout without the final newline.
            var text: String {
                let text = String(decoding: output, as: UTF8.self)
                return text.hasSuffix("\n") ? String(text.dropLast()) : text
            }
        }

        /// The first `git` on the PATH of `environment`.
        init(workingDirectory: String, environment: [String: String]) throws {
            let candidates = (environment["PATH"] ?? "").split(separator: ":").map { String($0) + "/git" }
            let found = candidates.first { FileManager.default.isExecutableFile(atPath: $0) && !Workspace.isDirectory($0) }
            guard let executable = found else { throw Failure.gitNotFound }
            guard Workspace.isDirectory(workingDirectory) else { throw Failure.notARepository(workingDirectory) }
            self.executable = executable
            self.workingDirectory = workingDirectory
            // No password prompts from a hanging git, and English messages to recognise.
            self.environment = environment.merging(["GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"]) { _, new in new }
        }

        /// The id of the revision's tree; also tells a missing repository from an unknown revision.
        func resolve(revision: String) throws -> String {
            // --end-of-options: a revision starting with "-" is not an option.
            let result = try run(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{tree}"])
            if result.status == 0 { return result.text }
            if result.message.contains("not a git repository") { throw Failure.notARepository(workingDirectory) }
            // With --quiet an unknown name fails silently with status 1.
            if result.status == 1, result.message.isEmpty { throw Failure.unknownRevision(revision) }
            throw Failure.gitFailed(result.message)
        }

        /// Whether "TREE:path" names a folder. Not rev-parse: it reads ".." in a path as a range.
        func isTree(_ name: String) throws -> Bool {
            let result = try run(["cat-file", "-t", name])
            return result.status == 0 && result.text == "tree"
        }

        /// The name of a folder given as "./" or "../…" ending in "." or "..",
        /// from git's view of where the current directory lies in the repository.
        func folderName(relativePath path: String) throws -> String {
            let result = try run(["rev-parse", "--show-prefix"])
            guard result.status == 0 else { throw Failure.gitFailed(result.message) }
            var parts: [Substring] = []
            for part in (result.text + path).split(separator: "/") {
                if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(part) }
            }
            return parts.last.map(String.init) ?? ""
        }

        /// Every file, link and submodule below a tree, with paths relative to it.
        func list(tree name: String) throws -> [Entry] {
            // --full-tree: in a sub-directory ls-tree would otherwise list only what lies below it.
            let result = try run(["ls-tree", "-r", "-z", "--full-tree", name])
            guard result.status == 0 else { throw Failure.gitFailed(result.message) }
            return result.output.split(separator: 0).compactMap { record in
                guard let tab = record.firstIndex(of: 9) else { return nil }
                let fields = String(decoding: record[..<tab], as: UTF8.self).split(separator: " ").map(String.init)
                let path = String(decoding: record[(tab + 1)...], as: UTF8.self)
                // A crafted tree could name ".."; such a path would leave the copy.
                let parts = path.split(separator: "/", omittingEmptySubsequences: false)
                let unsafe = parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
                guard fields.count == 3, !unsafe else { return nil }
                return Entry(mode: fields[0], type: fields[1], object: fields[2], path: path)
            }
        }

        /// The contents of blobs, read by one `git cat-file --batch` for all of them.
        func contents(of objects: [String]) throws -> [String: Data] {
            let wanted = Array(Set(objects))
            guard !wanted.isEmpty else { return [:] }
            // The ids go in through a file, not a pipe: a git that stops early
            // would end this process with SIGPIPE while it writes.
            let list = FileManager.default.temporaryDirectory
                .appendingPathComponent("wegweiser-git-\(UUID().uuidString).objects")
            defer { try? FileManager.default.removeItem(at: list) }
            do {
                try Data(wanted.map { $0 + "\n" }.joined().utf8).write(to: list)
            } catch {
                throw Failure.writeFailed("\(list.path): \(error.localizedDescription)")
            }
            let result = try run(["cat-file", "--batch"], input: list)
            guard result.status == 0 else { throw Failure.gitFailed(result.message) }

            // Each object: "<id> blob <size>\n", the bytes, "\n".
            let output = result.output
            var blobs: [String: Data] = [:]
            var index = output.startIndex
            while index < output.endIndex {
                let newline = output[index...].firstIndex(of: 10) ?? output.endIndex
                let header = String(decoding: output[index..<newline], as: UTF8.self)
                let fields = header.split(separator: " ")
                guard fields.count == 3, let size = Int(fields[2]), size >= 0, newline + 1 + size <= output.endIndex else {
                    throw Failure.gitFailed("unexpected answer from git cat-file: \(header)")
                }
                blobs[String(fields[0])] = Data(output[(newline + 1)..<(newline + 1 + size)])
                index = newline + 1 + size + 1
            }
            return blobs
        }

        /// Runs git and reads stdout and stderr at the same time, so a large output cannot block it.
        func run(_ arguments: [String], input: URL? = nil) throws -> Result {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory)
            process.environment = environment
            let inputHandle = try input.map { try FileHandle(forReadingFrom: $0) }
            defer { try? inputHandle?.close() }
            process.standardInput = inputHandle ?? FileHandle.nullDevice
            let output = Pipe()
            let errors = Pipe()
            process.standardOutput = output
            process.standardError = errors
            do {
                try process.run()
            } catch {
                throw Failure.gitFailed("could not start \(executable): \(error.localizedDescription)")
            }
            let collected = CollectedErrors()
            let reader = DispatchGroup()
            let errorHandle = errors.fileHandleForReading
            DispatchQueue.global().async(group: reader) { collected.set(errorHandle.readDataToEndOfFile()) }
            let data = output.fileHandleForReading.readDataToEndOfFile()
            reader.wait()
            process.waitUntilExit()

            let lines = String(decoding: collected.data, as: UTF8.self).split(separator: "\n")
            var message = lines.first.map(String.init) ?? ""
            for prefix in ["fatal: ", "error: "] where message.hasPrefix(prefix) { message.removeFirst(prefix.count) }
            return Result(status: process.terminationStatus, output: data, message: message)
        }
    }
}

/// stderr of git, read on another thread.
private final class CollectedErrors: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = Data()

    func set(_ data: Data) { lock.withLock { stored = data } }
    var data: Data { lock.withLock { stored } }
}
