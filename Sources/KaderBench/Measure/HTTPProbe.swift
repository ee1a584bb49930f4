import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One HTTP/1.1 GET over a fresh loopback connection, timed from connect to the last
/// byte: a plain socket, so the client adds as little as possible to what is measured.
public struct HTTPProbe: Sendable {
    public let port: Int

    public init(port: Int) {
        self.port = port
    }

    /// The status and the milliseconds the request took; nil when nothing answered.
    public func get(_ path: String, headers: [String: String] = [:]) -> (status: Int, ms: Double, bytes: Int)? {
        let started = ContinuousClock.now
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { return nil }
        var request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        request += "\r\n"
        let sent = request.utf8CString.withUnsafeBufferPointer { send(descriptor, $0.baseAddress, $0.count - 1, 0) }
        guard sent > 0 else { return nil }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            response.append(contentsOf: buffer[0..<count])
        }
        let took = ContinuousClock.now - started
        let ms = Double(took.components.seconds) * 1000 + Double(took.components.attoseconds) / 1e15
        // "HTTP/1.1 200 OK": the status is the second word.
        let head = String(decoding: response.prefix(16), as: UTF8.self).split(separator: " ")
        guard head.count >= 2, let status = Int(head[1]) else { return nil }
        return (status, ms, response.count)
    }

    /// Waits until the server answers `path`, up to `timeout` seconds.
    public func waitUntilUp(path: String = "/", timeout: Double) -> Bool {
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        while ContinuousClock.now < deadline {
            if let answer = get(path), answer.status < 500 { return true }
            usleep(100_000)
        }
        return false
    }

    /// The milliseconds of `count` requests of `path`, in order; fails on a non-2xx answer.
    public func sample(_ path: String, count: Int) throws -> [Double] {
        try (0..<count).map { _ in
            guard let answer = get(path) else { throw BenchError("\(path): geen antwoord (no answer)") }
            guard (200..<300).contains(answer.status) else {
                throw BenchError("\(path): status \(answer.status)")
            }
            return answer.ms
        }
    }
}

/// The value below which `fraction` of the samples lie (nearest rank).
public func percentile(_ samples: [Double], _ fraction: Double) -> Double {
    guard !samples.isEmpty else { return .nan }
    let sorted = samples.sorted()
    let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(sorted.count - 1, max(0, rank))]
}
