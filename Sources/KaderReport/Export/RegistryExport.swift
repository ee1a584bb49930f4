import Foundation
import KaderCore

/// The whole registry as one JSON file that imports back into an empty Kader unchanged.
public enum RegistryExport {
    /// The envelope: a format name and version, so that an import knows what it reads.
    struct Envelope: Codable {
        var format = "kader-register"
        var version = 1
        var registry: Registry
    }

    /// Why a file cannot be imported.
    public struct ImportError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Stable JSON: keys sorted, lists in the store's order, dates as ISO text.
    public static func json(_ registry: Registry) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(Envelope(registry: registry))
    }

    public static func registry(fromJSON data: Data) throws -> Registry {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let envelope: Envelope
        do {
            envelope = try decoder.decode(Envelope.self, from: data)
        } catch {
            throw ImportError(description: "geen geldig Kader-registerbestand (not a Kader registry export): \(error)")
        }
        guard envelope.format == "kader-register", envelope.version == 1 else {
            throw ImportError(
                description: "onbekend formaat \(envelope.format) versie \(envelope.version) (unknown export format)")
        }
        return envelope.registry
    }
}
