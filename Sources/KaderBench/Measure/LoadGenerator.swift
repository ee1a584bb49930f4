import Foundation

/// wrk on loopback: requests per second and p99 latency of one URL under a fixed load.
public struct LoadGenerator: Sendable {
    public let connections: Int
    public let seconds: Int
    public let threads: Int

    public init(connections: Int = 64, seconds: Int = 10, threads: Int = 2) {
        self.connections = connections
        self.seconds = seconds
        self.threads = threads
    }

    /// Whether wrk is installed.
    public static var available: Bool { Executable.find("wrk") != nil }

    /// Runs wrk against `url` and reads its summary.
    public func run(_ url: String, log: String) throws -> Summary {
        guard let wrk = Executable.find("wrk") else { throw BenchError("wrk ontbreekt (wrk not installed)") }
        let output = log + ".wrk"
        try? FileManager.default.removeItem(atPath: output)
        let run = try ChildProcess.run(
            wrk, ["-t\(threads)", "-c\(connections)", "-d\(seconds)s", "--latency", url], log: output)
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        guard run.exitStatus == 0, let summary = Summary(wrkOutput: text) else {
            throw BenchError("wrk faalde (wrk failed): \(text.suffix(300))")
        }
        return summary
    }

    /// What `wrk --latency` printed, read back.
    public struct Summary: Equatable, Sendable {
        public var requestsPerSecond: Double
        /// From the "Latency Distribution" rows; nil when wrk printed none.
        public var p99ms: Double?
        public var errors: Int

        /// Nil without a "Requests/sec:" line.
        public init?(wrkOutput text: String) {
            let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let rate = lines.lazy.compactMap({ Self.value(of: $0, after: "Requests/sec:") }).first else {
                return nil
            }
            requestsPerSecond = Double(rate) ?? 0
            // Only a row that starts with "99%": the stdev column of "Req/Sec" can end in "…99%" too.
            p99ms = lines.lazy.compactMap { Self.value(of: $0, after: "99%") }.first.flatMap(Self.milliseconds)
            errors = 0
            if let line = lines.first(where: { $0.hasPrefix("Socket errors") }) {
                errors += line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.reduce(0, +)
            }
            if let non2xx = lines.lazy.compactMap({ Self.value(of: $0, after: "Non-2xx or 3xx responses:") }).first {
                errors += Int(non2xx) ?? 0
            }
        }

        /// The text after `label` when the line starts with it.
        static func value(of line: String, after label: String) -> String? {
            guard line.hasPrefix(label) else { return nil }
            return line.dropFirst(label.count).trimmingCharacters(in: .whitespaces)
        }

        /// "207.51ms", "1.02s" or "850.00us" in milliseconds.
        static func milliseconds(_ value: String) -> Double? {
            let number = value.prefix(while: { $0.isNumber || $0 == "." })
            guard let amount = Double(number) else { return nil }
            switch value.dropFirst(number.count) {
            case "us": return amount / 1000
            case "ms": return amount
            case "s": return amount * 1000
            case "m": return amount * 60_000
            default: return nil
            }
        }
    }
}

/// Finds programs on PATH and in the sbin folders (nginx lives in /usr/sbin).
public enum Executable {
    public static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let folders = path.split(separator: ":").map(String.init) + ["/usr/sbin", "/sbin", "/usr/local/sbin"]
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
