import Foundation
import KaderCore
import KaderTestSupport
import Testing

@testable import KaderIngest

@Suite struct NormalizerTests {
    /// Letters, digits and punctuation without spaces and hyphens: what must survive normalizing.
    private func skeleton(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "-" }.map(Character.init))
    }

    @Test func joinsAWordHyphenatedOverALineBreak() throws {
        let letter = try Corpus.letter("003_f95f5ebf79cd7205.txt")
        #expect(letter.text.contains("multidisci-\nplinaire"))
        let normalized = Normalizer().normalize(letter.text)
        #expect(normalized.text.contains("multidisciplinaire inspanningen"))
    }

    @Test func keepsTheHyphenOfACapitalisedCompound() {
        let normalized = Normalizer().normalize("De bijdrage aan de NAVO-\nmissie in Irak loopt door.")
        #expect(normalized.text == "De bijdrage aan de NAVO-missie in Irak loopt door.")
    }

    @Test func dropsRunningHeadersAndPageNumbers() throws {
        let letter = try Corpus.letter("002_d082f7e0a858dd5f.txt")
        #expect(letter.text.contains("Tweede Kamer, vergaderjaar 2018–2019"))
        let normalized = Normalizer().normalize(letter.text)
        #expect(!normalized.text.contains("vergaderjaar"))
        let pages = Normalizer().normalize("Eerste zin van de pagina.\n\n12\n\nTweede zin.")
        #expect(!pages.text.contains("12"))
    }

    @Test func keepsFootnotesApartAndContinuesTheSentenceTheyInterrupt() throws {
        let letter = try Corpus.letter("004_a5c8b23f8fb2d6ff.txt")
        let normalized = Normalizer().normalize(letter.text)
        let footnotes = normalized.blocks.filter { $0.kind == .footnote }.map { normalized.slice($0.range) }
        #expect(footnotes.contains { $0.hasPrefix("1 Kamerstuk 29 521, nr. 458") })
        // In the original a footnote and a page break stand between "en de" and "verschillende".
        #expect(normalized.text.contains("de banden tussen politieke partijen en de verschillende informele milities"))
    }

    @Test func repairsOCRSlipsInMissionNamesButNotNumbers() throws {
        let letter = try Corpus.letter("001_58c76a8e68136705.txt")
        #expect(letter.text.contains("(0IR)"))
        let normalized = Normalizer().normalize(letter.text)
        #expect(normalized.text.contains("Operation Inherent Resolve (OIR)"))
        let doubled = Normalizer().normalize("De missie O0IR en de leden Kerstens en Van 0jik. Het was 2020.")
        #expect(doubled.text == "De missie OIR en de leden Kerstens en Van Ojik. Het was 2020.")
        // A code of capitals and zeros that is no known name stays as printed.
        #expect(Normalizer().normalize("Formulier 0K2 en A0B.").text == "Formulier 0K2 en A0B.")
    }

    @Test func everyNormalizedWordMapsBackOntoTheSameWordInTheOriginal() throws {
        for letter in try Corpus.letters() {
            let normalized = Normalizer().normalize(letter.text)
            let scalars = Array(normalized.text.unicodeScalars) + [" "]
            var start = 0
            for index in scalars.indices where scalars[index] == " " || scalars[index] == "\n" {
                defer { start = index + 1 }
                guard index > start else { continue }
                let word = normalized.slice(start..<index)
                let original = TextLocator.slice(letter.text, normalized.originalRange(start..<index))
                // OCR repairs read a zero as the letter O.
                let repaired = skeleton(original).replacingOccurrences(of: "O0", with: "O")
                    .replacingOccurrences(of: "0", with: "O")
                let expected = skeleton(word).replacingOccurrences(of: "0", with: "O")
                if original.contains("\n\n") {
                    // A word broken over a page with footnotes between: its two ends still match.
                    #expect(
                        repaired.hasPrefix(String(expected.prefix(3))) && repaired.hasSuffix(String(expected.suffix(3)))
                    )
                } else {
                    #expect(repaired == expected, "\(letter.id): ‘\(word)’ maps to ‘\(original)’")
                }
            }
        }
    }

    @Test func aTextsScalarArrayIsItsScalarsInOrder() throws {
        // Also each width's first and last scalar: it is decoded from the bytes by hand.
        let awkward = [
            "", "a", "één", "Da’esh", "e\u{301}te", "🇳🇱 vlag", "\u{10FFFF}x", "\r\n",
            "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}", "\u{0}–€",
            // ASCII is read eight bytes at a time: wider scalars at every place in and around a run.
            "abcdefgh", "abcdefghi", "abcdefgé", "éabcdefghijklmnop€", "abcdefgh😀abcdefgh’ijklmnopq",
        ]
        for text in try Corpus.letters().map(\.text) + awkward {
            #expect(text.scalarArray == Array(text.unicodeScalars))
        }
    }

    @Test func aFootnoteLineIsOneOrTwoDigitsASpaceAndACapital() throws {
        /// The test as it was written first, on an array of the first four scalars.
        func plain(_ text: String) -> Bool {
            let scalars = Array(text.unicodeScalars.prefix(4))
            var index = 0
            while index < scalars.count, index < 3, scalars[index].properties.numericType != nil,
                ("0"..."9").contains(scalars[index])
            {
                index += 1
            }
            guard (1...2).contains(index), index + 1 < scalars.count, scalars[index] == " " else { return false }
            return scalars[index + 1].isUppercaseQuick
        }
        let crafted = [
            "1 Kamerstuk 29 521", "12 NB: zie", "123 Abc", "1Kamer", "1  Kamer", "1 kamer", "", "1", "1 ",
            "\u{663} Abc",
            "12 É", "7 NB", "07 X",
        ]
        let lines = try Corpus.letters().flatMap { $0.text.split(separator: "\n").map(String.init) }
        var footnotes = 0
        for line in crafted + lines + lines.map { $0.trimmingWhitespace() } {
            #expect(LineClassifier.looksLikeFootnote(line) == plain(line), "\(line)")
            if plain(line) { footnotes += 1 }
        }
        #expect(LineClassifier.looksLikeFootnote("1 Kamerstuk 29 521") && !LineClassifier.looksLikeFootnote("123 Abc"))
        #expect(footnotes > 10)
    }

    @Test func aRunningHeaderIsFoundAsTheLowerCasedLineWouldFindIt() throws {
        /// The test as it was written first: the whole line in lower case.
        func plain(_ text: String) -> Bool {
            if !text.isEmpty, text.count <= 3, text.allSatisfy({ $0.isNumber }) { return true }
            let lower = text.lowercased()
            return (lower.hasPrefix("tweede kamer, vergaderjaar") || lower.hasPrefix("eerste kamer, vergaderjaar"))
                && text.count < 90
        }
        var lines = [
            "Tweede Kamer, vergaderjaar 2023–2024, 27 925, nr. 123", "TWEEDE KAMER, VERGADERJAAR 2019", "12",
            "Eerste Kamer, vergaderjaar", "Tweede Kamer heeft besloten", "Tweede Kämer, vergaderjaar 2020",
            "tweede kamer, vergaderjaar" + String(repeating: " x", count: 40), "Tweede \u{212A}amer, vergaderjaar 2021",
            "Tweede Kamer, vergaderjaar\u{301}", "Tweede", "e",
        ]
        lines += try Corpus.letters().flatMap { $0.text.components(separatedBy: "\n") }
        var headers = 0
        for line in lines {
            let expected = plain(line)
            #expect(LineClassifier.isFurniture(line, characterCount: line.count) == expected, "\(line)")
            var bytes = line
            #expect(
                bytes.withUTF8 { LineClassifier.isFurniture($0, characterCount: line.count) } == expected, "\(line)")
            if expected { headers += 1 }
        }
        #expect(headers >= 5)
    }

    @Test func aLineTrimmedFromTheOriginalBytesIsItsScalarsTrimmed() throws {
        let crafted =
            "  één\r\n\u{00A0}Ünïcode – “citaat” 😀 \t\nx\n\n   \n\u{2003}slot\nx\u{00A0} \u{00A0}\n\u{3000}vol\u{3000}\n€ 5\u{2009}\n é"
        var checked = 0
        for text in try [crafted] + Corpus.letters().map(\.text) {
            let source = text.scalarArray
            var original = text
            original.withUTF8 { bytes in
                let lines = Line.split(text, scalars: source)
                // The lines are the text between its line feeds, scalars and bytes.
                #expect(
                    lines.map { String(scalars: $0.scalars) }
                        == text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map {
                            String(decoding: $0, as: UTF8.self)
                        })
                #expect(lines.map { $0.utf8End - $0.utf8Start }.reduce(lines.count - 1, +) == bytes.count)
                for line in lines {
                    let scalars = line.scalars
                    let expected =
                        scalars.firstIndex { !$0.isWhitespaceQuick }.map { first in
                            String(scalars: scalars[first...scalars.lastIndex { !$0.isWhitespaceQuick }!])
                        } ?? ""
                    #expect(
                        String(decoding: bytes[line.trimmedRange(in: bytes)], as: UTF8.self) == expected, "\(expected)")
                    checked += 1
                }
            }
        }
        #expect(checked > 1000)
    }

    @Test func theHyphenatedWordsAreThoseAScanOfEveryScalarFinds() throws {
        /// The scan as it was written first, over every scalar: the oracle.
        func scanned(_ source: [Unicode.Scalar]) -> Set<String> {
            var words = Set<String>()
            var start = 0
            var hasInnerHyphen = false
            func end(_ index: Int) {
                if hasInnerHyphen, index > start, source[index - 1] != "-" {
                    words.insert(String(scalars: source[start..<index]).lowercased())
                }
                start = index + 1
                hasInnerHyphen = false
            }
            for (index, scalar) in source.enumerated() {
                if scalar.isAlphabeticQuick {
                    continue
                } else if scalar == "-", index > start, source[index - 1] != "-" {
                    hasInnerHyphen = true
                } else {
                    end(index)
                }
            }
            end(source.count)
            return words
        }
        let crafted = [
            "", "-", "a-b", "-a-b", "a--b", "a-b-", "a-b--c-d", "x--abc-def", "NAVO-missie",
            "force protection-compagnie",
            "anti-ISIS-strijd.", "één-twee", "a-1", "1-a", "multidisci-\nplinaire", "a-b-c-d-e", "ab- cd", "-",
        ]
        var texts = crafted + (try Corpus.letters().map(\.text))
        // Random texts of letters, hyphens, digits and breaks, the same on every run.
        var state: UInt64 = 42
        let alphabet: [Unicode.Scalar] = ["a", "B", "é", "-", "-", " ", "1", "\n", "ß"]
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<12 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.unicodeScalars.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            texts.append(text)
        }
        var found = 0
        for text in texts {
            let source = text.scalarArray
            let words = Normalizer.hyphenatedWords(in: source)
            #expect(words == scanned(source), "\(text)")
            found += words.count
        }
        #expect(
            Normalizer.hyphenatedWords(in: "De anti-ISIS-coalitie en NAVO- missie.".scalarArray) == [
                "anti-isis-coalitie"
            ])
        #expect(found > 500)
    }

    @Test func aLineIsWrittenEightScalarsAtATimeAsOneAtATimeWouldWriteIt() throws {
        /// The loop over every scalar, as it was before the eight-wide copy: the oracle.
        func oneByOne(_ source: [Unicode.Scalar], base: Int, after written: [Unicode.Scalar])
            -> (scalars: [Unicode.Scalar], origins: [Origin])
        {
            var out = written
            var from = written.map { _ in Origin(before: 0) }
            var pendingSpace: Int?
            for (index, scalar) in source.enumerated() {
                if scalar.isWhitespaceQuick {
                    if pendingSpace == nil, let last = out.last, last != " " { pendingSpace = base + index }
                    continue
                }
                if let space = pendingSpace {
                    out.append(" ")
                    from.append(Origin(at: space))
                    pendingSpace = nil
                }
                out.append(scalar)
                from.append(Origin(at: base + index))
            }
            return (out, from)
        }
        var lines = try Corpus.letters().flatMap { $0.text.split(separator: "\n").map(String.init) }
        lines += [
            "de inzet van maximaal 150 militairen in Erbil en Bagdad",
            "twee  spaties en\ttabs\t\tachter elkaar, en een spatie aan het eind ",
            " een spatie vooraan", "        acht spaties vooraan", "abcdefg hijklmno pqrstuvw xyz",
            "abcdefgh ijklmnop", "a b c d e f g h i j k l m n o", "één’s café – € 5 mln…  en\u{00A0}verder\u{2009}zo",
            "\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}", "tot\u{0B}vertical\u{85}next line",
        ]
        #expect(lines.count > 1_000)
        for line in lines {
            let source = Array(line.unicodeScalars)
            for written in [[], ["x"], ["x", " "]] as [[Unicode.Scalar]] {
                let expected = oneByOne(source, base: 1_000, after: written)
                var out = written + Array(repeating: "?", count: source.count + 1)
                var from =
                    written.map { _ in Origin(before: 0) }
                    + Array(repeating: Origin(before: 0), count: source.count + 1)
                let end = out.withUnsafeMutableBufferPointer { out in
                    from.withUnsafeMutableBufferPointer { from in
                        source.withUnsafeBufferPointer {
                            Builder.write($0, base: 1_000, to: out.baseAddress!, from.baseAddress!, at: written.count)
                        }
                    }
                }
                #expect(Array(out[..<end]) == expected.scalars, "\(line)")
                #expect(Array(from[..<end]) == expected.origins, "\(line)")
            }
        }
    }
}
