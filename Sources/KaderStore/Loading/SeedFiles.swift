import Foundation
import KaderCore

/// The curated registry files shipped with Kader (`docs/registry-format.md`).
public enum SeedFiles {
    /// The Iraq registry: what the five corpus letters state, each fact with its quote.
    public static var iraq: URL {
        get throws {
            guard let url = Bundle.module.url(forResource: "Seed/irak", withExtension: "json") else {
                throw StoreError("the curated registry Seed/irak.json is missing from the KaderStore bundle")
            }
            return url
        }
    }

    /// The Iraq registry, decoded.
    public static func loadIraq() throws -> CuratedRegistry {
        let url = try iraq
        do {
            return try CuratedRegistry.decode(try Data(contentsOf: url))
        } catch {
            throw StoreError("\(url.lastPathComponent) cannot be read: \(error)")
        }
    }
}
