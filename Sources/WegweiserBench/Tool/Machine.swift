import Foundation

/// What the figures were measured on, read from /proc and /etc/os-release.
enum Machine {
    static func description(swiftVersion: String?) -> String {
        var parts: [String] = []
        let cpuinfo = read("/proc/cpuinfo")
        let models = cpuinfo.split(separator: "\n").filter { $0.hasPrefix("model name") }
        let model = models.first.flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        let count = ProcessInfo.processInfo.activeProcessorCount
        parts.append("\(model), \(count) CPU\(count == 1 ? "" : "s")")
        if let line = read("/proc/meminfo").split(separator: "\n").first(where: { $0.hasPrefix("MemTotal:") }),
            let kib = line.split(separator: " ").compactMap({ Int($0) }).first
        {
            parts.append(String(format: "%.1f GiB memory", Double(kib) / 1_048_576))
        }
        let os = read("/etc/os-release").split(separator: "\n").first { $0.hasPrefix("PRETTY_NAME=") }
            .map { $0.dropFirst("PRETTY_NAME=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        var system = utsname()
        uname(&system)
        let release = withUnsafeBytes(of: &system.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        parts.append("\(os ?? "unknown OS"), Linux \(release)")
        if let swiftVersion, !swiftVersion.isEmpty { parts.append(swiftVersion) }
        return parts.joined(separator: "; ")
    }

    /// "0.52 0.61 0.70" from /proc/loadavg.
    static func loadAverage() -> String {
        read("/proc/loadavg").split(separator: " ").prefix(3).joined(separator: " ")
    }

    private static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
}
