import Foundation
import KaderIngest
import KaderTestSupport
import Testing

/// `kader-profile`, the synchronous harness `scripts/profile-extraction` runs under callgrind.
@Suite struct ProfileCommandTests {
    @Test func itExtractsFromTheCorpusExactlyWhatTheLibraryExtracts() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try KaderBinary.run(["--digest", Corpus.folder.path], in: folder.url, product: "kader-profile")
        #expect(run.status == 0, "\(run.errors)")

        let names = try FileManager.default.contentsOfDirectory(atPath: Corpus.folder.path).filter {
            LetterReader.supportedExtensions.contains(($0 as NSString).pathExtension.lowercased())
        }.sorted()
        var digest = ExtractionDigest()
        var facts = 0
        for name in names {
            let document = try LetterReader(hash: { _ in "" }).read(fileAt: Corpus.folder.appendingPathComponent(name))
            let extraction = LetterExtractor().extract(document)
            facts += extraction.facts.count
            try digest.add(extraction)
        }
        #expect(names.count >= 5 && facts > 100)
        #expect(run.output == "\(names.count) brieven, \(facts) feiten, 0 mislukt; digest \(digest.hex)\n")
    }

    @Test func aMissingFileIsNamedCountedAsFailedAndEndsTheRunWithAnError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let letter = Corpus.folder.appendingPathComponent(try #require(Corpus.letters().first).fileName).path
        let run = try KaderBinary.run(["bestaat-niet.txt", letter], in: folder.url, product: "kader-profile")
        #expect(run.status == 1)
        #expect(run.errors.contains("bestaat-niet.txt: kan het bestand niet lezen"))
        #expect(run.output.hasPrefix("1 brieven, ") && run.output.contains(", 1 mislukt"))
    }
}
