import Foundation
import KaderCore
import KaderTestSupport
import Testing

@testable import KaderIngest

@Suite struct LetterReaderTests {
    let reader = LetterReader()

    @Test func readsEveryCorpusLetterWithItsFileNameAsId() throws {
        let letters = try Corpus.letters()
        #expect(letters.count == 5)
        #expect(letters.map { $0.id }.first == "000_99295b712c9ec60a")
        for letter in letters {
            #expect(letter.text.count > 10_000)
            #expect(letter.contentHash.count == 64)
        }
        #expect(Set(letters.map { $0.contentHash }).count == 5)
    }

    @Test func refusesAnEmptyFile() {
        #expect(throws: LetterReadError(file: "leeg.txt", reason: "het bestand is leeg (empty file)")) {
            try reader.read(data: Data(" \n\t".utf8), fileName: "leeg.txt")
        }
    }

    @Test func refusesABinaryFile() {
        #expect(throws: LetterReadError.self) {
            try reader.read(data: Data([0x25, 0x50, 0x00, 0x01]), fileName: "brief.txt")
        }
    }

    @Test func refusesTextThatIsNotUTF8() throws {
        let latin1 = try #require("geïntegreerde".data(using: .isoLatin1))
        #expect(throws: LetterReadError(file: "brief.txt", reason: "geen geldige UTF-8-tekst (not valid UTF-8)")) {
            try reader.read(data: latin1, fileName: "brief.txt")
        }
    }

    @Test func aLetterReadsAsFoundationDecodesItWithoutItsByteOrderMark() throws {
        for letter in try Corpus.letters() {
            let data = Data(letter.text.utf8)
            #expect(try LetterReader.decodeText(data, fileName: "brief.txt") == String(data: data, encoding: .utf8))
            let marked = Data("\u{FEFF}".utf8) + data
            #expect(try LetterReader.decodeText(marked, fileName: "brief.txt") == letter.text)
        }
    }

    @Test func refusesAnUnsupportedFileTypeNamingIt() throws {
        do {
            _ = try reader.read(data: Data("tekst".utf8), fileName: "brief.docx")
            Issue.record("a .docx file was accepted")
        } catch let error as LetterReadError {
            #expect(error.file == "brief.docx")
            #expect(error.description.contains(".docx"))
        }
    }

    @Test func refusesAFileOverTwentyMegabytes() {
        let big = Data(repeating: 0x61, count: LetterReader.maximumBytes + 1)
        #expect(throws: LetterReadError(file: "groot.txt", reason: "groter dan 20 MB (larger than 20 MB)")) {
            try reader.read(data: big, fileName: "groot.txt")
        }
    }

    @Test func aFolderYieldsTheGoodLettersAndNamesTheBadOnes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Data("Den Haag, 7 juli 2023".utf8).write(to: folder.url.appendingPathComponent("goed.txt"))
        try Data().write(to: folder.url.appendingPathComponent("leeg.txt"))
        let result = try reader.readFolder(at: folder.url)
        let names = result.documents.map { $0.fileName }
        let failed = result.errors.map { $0.file }
        #expect(names == ["goed.txt"])
        #expect(failed == ["leeg.txt"])
    }
}
