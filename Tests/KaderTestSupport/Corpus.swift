import Foundation
import KaderCore
import KaderIngest
import KaderStore

/// The real letters in `../shared/corpus` and the curated Iraq registry over them.
public enum Corpus {
    /// The repository's root folder, found from this file's place in it.
    public static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/corpus` beside the repository.
    public static let folder = repositoryRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/corpus")

    /// `../shared/gold` beside the repository.
    public static let goldFolder = repositoryRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/gold")

    /// Every corpus letter, read as Kader reads them.
    public static func letters() throws -> [Document] {
        let (documents, errors) = try LetterReader().readFolder(at: folder)
        guard errors.isEmpty else { throw StoreError("corpus letters failed to read: \(errors)") }
        return documents
    }

    /// One letter by its file name (`004_a5c8b23f8fb2d6ff.txt`).
    public static func letter(_ fileName: String) throws -> Document {
        try LetterReader().read(fileAt: folder.appendingPathComponent(fileName))
    }

    /// The curated registry resolved against the letters: the registry a new Kader starts with.
    public static func iraqRegistry() throws -> Registry {
        try SeedFiles.loadIraq().resolve(letters: letters())
    }
}

/// A fresh SQLite file in a temporary folder, removed when the test ends.
public struct TemporaryFolder: Sendable {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("kader-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public var databasePath: String { url.appendingPathComponent("kader.sqlite").path }

    /// The `--db` and `--corpus` arguments of a database in this folder whose first start
    /// loads no letters (its corpus folder is empty).
    public func emptyStoreArguments() throws -> [String] {
        let corpus = url.appendingPathComponent("leeg-corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        return ["--db", databasePath, "--corpus", corpus.path]
    }

    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

extension Day {
    /// A day from a literal the test knows to be valid.
    public static func at(_ iso: String) -> Day {
        guard let day = Day(iso: iso) else { fatalError("bad test date \(iso)") }
        return day
    }
}
