import Foundation

/// One-core ingest taken apart (`kader bench floors`): reading and extracting the letters
/// alone, and SQLite alone storing what came of them. Their sum is as fast as one-core ingest
/// can be while neither half is made faster.
public struct IngestFloors: Codable, Sendable, Equatable {
    public var letters: Int
    public var facts: Int
    /// Reading and extracting every letter in turn, as `kader ingest --jobs 1`, storing nothing.
    public var extractSeconds: Double
    /// SQLite storing the same letters and facts again (`StoreFloor`).
    public var storeSeconds: Double

    public init(letters: Int, facts: Int, extractSeconds: Double, storeSeconds: Double) {
        self.letters = letters
        self.facts = facts
        self.extractSeconds = extractSeconds
        self.storeSeconds = storeSeconds
    }

    enum CodingKeys: String, CodingKey {
        case letters, facts
        case extractSeconds = "extract_s"
        case storeSeconds = "store_s"
    }

    /// One line of JSON, as the command prints it.
    public func line() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// The figures from the last line of a log the command wrote.
    public static func read(log: String) throws -> IngestFloors {
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        guard let last = text.split(separator: "\n").last(where: { !$0.isEmpty }),
            let floors = try? JSONDecoder().decode(IngestFloors.self, from: Data(last.utf8))
        else {
            throw BenchError("geen vloeren in \(log) (no floors in the log)")
        }
        return floors
    }
}
