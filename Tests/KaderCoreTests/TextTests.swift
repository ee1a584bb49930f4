import Foundation
import KaderCore
import KaderTestSupport
import Testing

@Suite struct TextLocatorTests {
    @Test func findsAQuoteAcrossLineBreaksAndHyphenation() throws {
        let text = "Het besluit de brede veiligheids-\ninzet in Irak tot en met\n31 juli 2025 te verlengen."
        let locator = TextLocator(text: text)
        let range = try #require(locator.locate("brede veiligheidsinzet in Irak tot en met 31 juli 2025"))
        #expect(TextLocator.slice(text, range) == "brede veiligheids-\ninzet in Irak tot en met\n31 juli 2025")
    }

    @Test func offsetsCountUnicodeScalarsOfTheOriginal() throws {
        let text = "geïntegreerde aanpak — één jaar"
        let range = try #require(TextLocator(text: text).locate("één jaar"))
        #expect(range == 23..<31)
        #expect(TextLocator.slice(text, range) == "één jaar")
    }

    @Test func returnsNilForAQuoteThatIsNotThere() {
        #expect(TextLocator(text: "circa 145 militairen").locate("circa 150 militairen") == nil)
        #expect(TextLocator(text: "kort").locate("een veel langere zin") == nil)
        #expect(TextLocator(text: "iets").locate("   ") == nil)
    }

    @Test func searchesOnFromAnOffset() throws {
        let text = "NMI en NMI"
        #expect(TextLocator(text: text).locate("NMI", from: 1) == 7..<10)
    }
}

@Suite struct SHA256Tests {
    @Test func matchesTheStandardTestVectors() {
        #expect(SHA256.hex(of: Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(SHA256.hex(of: Data(long.utf8)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    /// Every length around a block's edge and the real letters, against coreutils' `sha256sum`.
    @Test func agreesWithSha256sumOnTheCorpusAndEveryLengthAroundABlock() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var files = try FileManager.default.contentsOfDirectory(at: Corpus.folder, includingPropertiesForKeys: nil)
        let bytes = Data((0..<200).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) })
        for length in [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 200] {
            let file = folder.url.appendingPathComponent("lengte-\(length)")
            try bytes.prefix(length).write(to: file)
            files.append(file)
        }
        let sha256sum = Process()
        sha256sum.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        sha256sum.arguments = files.map(\.path)
        let output = Pipe()
        sha256sum.standardOutput = output
        try sha256sum.run()
        let listed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        sha256sum.waitUntilExit()
        let expected = listed.split(separator: "\n").map { String($0.prefix(64)) }
        #expect(expected.count == files.count && files.count > 18)
        for (file, digest) in zip(files, expected) {
            #expect(SHA256.hex(of: try Data(contentsOf: file)) == digest, "\(file.lastPathComponent)")
        }
    }
}

@Suite struct FormattingTests {
    @Test func kamerstukIdsPrintAsParliamentPrintsThem() {
        #expect(KamerstukID(dossier: "27 925", number: 943).description == "27 925, nr. 943")
        #expect(KamerstukID(dossier: "27925", number: 943) == KamerstukID(dossier: "27 925", number: 943))
        #expect(KamerstukID(dossier: "36180-A", number: 1).description == "36180-A, nr. 1")
    }

    @Test func euroAmountsPrintTheDutchWay() {
        #expect(EuroAmount.format(cents: 1_050_000_000) == "€ 10,5 miljoen")
        #expect(EuroAmount.format(cents: 2_170_000_000) == "€ 21,7 miljoen")
        #expect(EuroAmount.format(cents: 4_900_000_000) == "€ 49 miljoen")
        #expect(EuroAmount.format(cents: 45_000_000) == "€ 450.000")
        #expect(EuroAmount.format(cents: 123_456) == "€ 1.234,56")
        #expect(EuroAmount.format(cents: 1_825_000_000) == "€ 18,25 miljoen")
    }

    @Test func capsPrintWithTheirQualifier() {
        #expect(PersonnelCap(count: 145, qualifier: .circa).description == "circa 145")
        #expect(PersonnelCap(count: 12, qualifier: .exact).description == "12")
    }
}
