import Foundation
import KaderTestSupport
import Testing

/// `kader eval`, run as the built binary: its JSON and its predictions agree with score.py.
@Suite struct EvalCommandTests {
    @Test func theJSONItPrintsIsWhatScorePyComputesOnThePredictionsItWrites() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let predictions = folder.url.appendingPathComponent("voorspellingen")
        let run = try KaderBinary.run(
            [
                "eval", "--gold", Corpus.goldFolder.path, "--corpus", Corpus.folder.path, "--json", "--predictions",
                predictions.path,
            ], in: folder.url)
        #expect(run.status == 0, "\(run.errors)")
        let written = try FileManager.default.contentsOfDirectory(atPath: predictions.path).sorted()
        let gold = try FileManager.default.contentsOfDirectory(atPath: Corpus.goldFolder.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        #expect(written == gold)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let script = Corpus.goldFolder.deletingLastPathComponent().appendingPathComponent("tools/score.py")
        process.arguments = ["python3", script.path, Corpus.goldFolder.path, predictions.path, "--json"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let python = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let ours = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? NSDictionary
        let theirs = try JSONSerialization.jsonObject(with: python) as? NSDictionary
        #expect(ours != nil)
        #expect(ours == theirs)
    }

    @Test func aMissingGoldFolderIsAClearErrorAndANonZeroExit() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try KaderBinary.run(["eval", "--gold", "bestaat-niet"], in: folder.url)
        #expect(run.status != 0)
        #expect(run.errors.contains("bestaat-niet"))
    }
}
