import Foundation

/// The `kader` executable that `swift build` made, run as a user runs it.
public enum KaderBinary {
    /// The built binary: `.build/debug/kader` (or the platform folder's).
    public static var url: URL? { url(of: "kader") }

    /// A built executable of the package by its product name, as `url` finds `kader`.
    public static func url(of product: String) -> URL? {
        let build = Corpus.repositoryRoot.appendingPathComponent(".build")
        let candidates =
            [build.appendingPathComponent("debug/\(product)")]
            + ((try? FileManager.default.contentsOfDirectory(atPath: build.path)) ?? []).map {
                build.appendingPathComponent("\($0)/debug/\(product)")
            }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// What a run printed and how it ended.
    public struct Run: Sendable {
        public let status: Int32
        public let output: String
        public let errors: String
    }

    /// Runs `kader` (or another of the package's executables) with `arguments` in `folder`.
    public static func run(_ arguments: [String], in folder: URL, product: String = "kader") throws -> Run {
        guard let url = url(of: product) else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so that a full pipe cannot stall the child.
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
            errors: String(decoding: errors, as: UTF8.self))
    }
}
