// Reads and extracts letters as `kader ingest --jobs 1` does, without storing them, and
// prints how many letters and facts and their `ExtractionDigest`.
//
// It exists for `scripts/profile-extraction`: valgrind 3.19 (Debian 12) dies with SIGSEGV on
// any program with Swift's async main, whose main thread waits in dispatch_main, so the
// `kader` command cannot be run under callgrind. This one is synchronous from start to end.
import Foundation
import KaderIngest

var arguments = Array(CommandLine.arguments.dropFirst())
// The digest encodes every fact as JSON, a tenth of the run: only when asked for.
let wantsDigest = arguments.contains("--digest")
arguments.removeAll { $0 == "--digest" }
if arguments.isEmpty || arguments.contains("--help") || arguments.contains("-h") {
    print(
        """
        Gebruik (usage): kader-profile [--digest] BRIEF|MAP...
        Leest en extraheert de brieven zoals `kader ingest --jobs 1`, zonder op te slaan, en
        geeft het aantal brieven en feiten; met --digest ook één hash over alles wat eruit kwam.
        (Reads and extracts the letters as `kader ingest --jobs 1` does, without storing
        them; prints the number of letters and facts, and with --digest one hash over all
        that came out.)
        """)
    exit(arguments.isEmpty ? 2 : 0)
}

// As `kader ingest` lists them; a file that cannot be read counts as failed.
let files: [String]
do {
    files = try LetterReader.letterFiles(arguments)
} catch {
    FileHandle.standardError.write(Data("fout (error): \(error)\n".utf8))
    exit(1)
}

var digest = ExtractionDigest()
var letters = 0
var facts = 0
var failed = 0
// No content hash: `kader ingest` makes it with swift-crypto (half a percent of its time),
// and KaderCore's plain-Swift hash would be counted here in its place.
let reader = LetterReader(hash: { _ in "" })
let extractor = LetterExtractor()
for file in files {
    do {
        let extraction = extractor.extract(try reader.read(fileAt: URL(fileURLWithPath: file)))
        letters += 1
        facts += extraction.facts.count
        if wantsDigest { try digest.add(extraction) }
    } catch {
        FileHandle.standardError.write(Data("fout (error): \(error)\n".utf8))
        failed += 1
    }
}
print(
    "\(letters) brieven, \(facts) feiten, \(failed) mislukt" + (wantsDigest ? "; digest \(digest.hex)" : ""))
exit(failed > 0 ? 1 : 0)
