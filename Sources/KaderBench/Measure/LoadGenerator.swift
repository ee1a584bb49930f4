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
    public func run(_ url: String, log: String) throws -> (requestsPerSecond: Double, p99ms: Double, errors: Int) {
        guard let wrk = Executable.find("wrk") else { throw BenchError("wrk ontbreekt (wrk not installed)") }
        let output = log + ".wrk"
        try? FileManager.default.removeItem(atPath: output)
        let run = try ChildProcess.run(
            wrk, ["-t\(threads)", "-c\(connections)", "-d\(seconds)s", "--latency", url], log: output)
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        guard run.exitStatus == 0, let rate = Self.number(after: "Requests/sec:", in: text) else {
            throw BenchError("wrk faalde (wrk failed): \(text.suffix(300))")
        }
        let p99 =
            Self.number(after: "99%", in: text).map { value in
                Self.unit(after: "99%", in: text) == "s"
                    ? value * 1000 : Self.unit(after: "99%", in: text) == "us" ? value / 1000 : value
            } ?? .nan
        var errors = 0
        if let line = text.split(separator: "\n").first(where: { $0.contains("Socket errors") }) {
            errors = line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.reduce(0, +)
        }
        if let non2xx = Self.number(after: "Non-2xx or 3xx responses:", in: text) { errors += Int(non2xx) }
        return (rate, p99, errors)
    }

    /// The first number after `label` on its line ("Requests/sec:   1234.5").
    static func number(after label: String, in text: String) -> Double? {
        guard let line = text.split(separator: "\n").first(where: { $0.contains(label) }),
            let range = line.range(of: label)
        else { return nil }
        let rest = line[range.upperBound...].drop(while: { $0 == " " || $0 == "\t" })
        return Double(rest.prefix(while: { $0.isNumber || $0 == "." }))
    }

    /// The unit after the number after `label` ("99%  12.5ms" gives "ms").
    static func unit(after label: String, in text: String) -> String {
        guard let line = text.split(separator: "\n").first(where: { $0.contains(label) }),
            let range = line.range(of: label)
        else { return "" }
        let rest = line[range.upperBound...].drop(while: { $0 == " " || $0 == "\t" })
        return String(rest.drop(while: { $0.isNumber || $0 == "." }).prefix(while: { $0.isLetter }))
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
