import Foundation
import Logging

/// Writes log lines to standard error as swift-log's stream handler does, but formats the
/// metadata when a line is written: the stream handler formatted it again each time a value
/// was set, and the server sets the request id on every request, logged or not.
public struct KaderLogHandler: LogHandler {
    public let label: String
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]

    public init(label: String) {
        self.label = label
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var all = metadata.merging(event.metadata ?? [:]) { $1 }
        if let error = event.error { all["error"] = "\(error)" }
        let fields = all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let text =
            "\(Date().formatted(.iso8601)) \(event.level) \(label):\(fields.isEmpty ? "" : " " + fields) [\(event.source)] \(event.message)\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
