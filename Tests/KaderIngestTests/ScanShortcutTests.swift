import Foundation
import KaderCore
import KaderTestSupport
import Testing

@testable import KaderIngest

/// The shortcuts ingest takes past its patterns (word sets, anchored windows, byte scans,
/// pre-checks) must find on the corpus letters exactly what the plain search finds.
@Suite struct ScanShortcutTests {
    /// Every sentence of every corpus letter, scanned (and sketched) as the extractors get it.
    static func sentences() throws -> [ScalarText] {
        try Corpus.letters().flatMap { document in
            let letter = Segmenter().segment(Normalizer().normalize(document.text))
            let context = LetterContext(document: document, letter: letter)
            return letter.sentences.map { context.scanned($0) }
        }
    }

    @Test func theSuffixedAmountsFoundAroundEachCurrencyAreWhatThePatternFindsInTheWholeSentence() throws {
        var texts = try Self.sentences().map(\.string)
        texts += [
            "5 euro euro", "twee miljoen euro en 3,5 mln. EUR", "(18,3 miljoen euro)", "EUR EUR 5 EUR",
            "€ 5 en 10 euro",
            "kost 1.000.000 euro", "5\u{A0}euro", "5\u{0B}euro", "5\u{2003}miljoen\u{2003}euro", "euro miljoen EUR",
            "één miljoen euro, twintig euro; 7euro, x5 euro", "🇳🇱 12 miljoen euro en 🪖 4 EUR", "euro", "eu", "",
            "een  \t miljoen \n euro", "EUROPA 5 EURO 6 euros 7 eurocent 8 EUR.",
        ]
        var found = 0
        for text in texts {
            let scanned = ScalarText(text)
            let whole = scanned.matches(CostExtractor.suffixed)
            let around = scanned.matches(
                CostExtractor.suffixed, regions: CostExtractor.suffixedRegions(scanned.scalars))
            #expect(around.map(\.range) == whole.map(\.range), "\(text)")
            #expect(around.map(\.groups) == whole.map(\.groups), "\(text)")
            found += whole.count
        }
        #expect(found > 40)
    }

    @Test func theDatesFoundAroundEachMonthAreWhatThePatternsFindInTheWholeSentence() throws {
        var texts = try Self.sentences().map(\.string)
        texts += [
            "met ingang van 1 januari 2024", "tot en met 31 december 2025", "(van 1 januari 2024)", "T/M JUNI 2025",
            "vanaf\u{A0}mei\u{2003}2021", "tot en met auguſtus 2024 en tot en met 1 ﬅ", "sinds januari2024",
            "per 1 mei  \t 2023", "van mei 2020 tot en met juni 2021 en van juli 2022 t.m. 3 maart 2023",
            "periode 12 maart 2024", "Tot en met 1 meimaand 2024, tot en met mei 2024", "van 1 juni", "juli 2024",
            "🇳🇱 vanaf 1 april 2024 tot en met 🪖 30 november 2024", "tot\u{0B}en met december\u{85}2024",
            "in de volgende voortgangsrapportage (mei 2025)", "januari\u{2028}2026 of MAART 2026",
        ]
        var found = 0
        for text in texts {
            let scanned = ScalarText(text)
            let regions = DutchDate.dateRegions(scanned.scalars)
            for pattern in [DutchDate.startRegex, DutchDate.endRegex, CommitmentExtractor.monthYear] {
                let whole = scanned.matches(pattern)
                let around = scanned.matches(pattern, regions: regions)
                #expect(around.map(\.range) == whole.map(\.range), "\(text)")
                #expect(around.map(\.groups) == whole.map(\.groups), "\(text)")
                #expect(scanned.firstMatch(pattern, regions: regions)?.range == whole.first?.range, "\(text)")
                found += whole.count
            }
        }
        #expect(found > 30)
        #expect(DutchDate.dateRegions(Array("tot en met auguſtus 2024".unicodeScalars)) == nil)
    }

    @Test func aWordSetFindsWhatEachWordFoundAloneOnEverySentence() throws {
        let words = Array(PersonnelCount.nouns) + ["t/m", "tot", "beëindigd", "x"]
        let set = LiteralSet(words)
        let all = try Self.sentences()
        #expect(all.count > 500)
        var hits = 0
        for sentence in all {
            let expected = words.contains { sentence.string.containsBytes($0, ignoringASCIICase: true) }
            #expect(set.occurs(in: sentence.string) == expected, "\(sentence.string)")
            if expected { hits += 1 }
        }
        #expect(hits > 0 && hits < all.count)
    }

    @Test func aWordSetApartCountsAWordOnlyWhereNoLetterOrDigitTouchesIt() {
        let set = LiteralSet(["man", "x"], apart: true)
        #expect(set.occurs(in: "40 MAN."))
        #expect(set.occurs(in: "(man)"))
        #expect(set.occurs(in: "man"))
        #expect(set.occurs(in: "1 x 2"))
        #expect(!set.occurs(in: "de manier van de commandant, 2man, man2, 1x"))
        #expect(LiteralSet(["man"]).occurs(in: "manier"))
    }

    @Test func aWordSetFoldsCapitalsAndFindsAWordAtEitherEnd() {
        let set = LiteralSet(["militairen", "stop"])
        #expect(set.occurs(in: "MILITAIREN"))
        #expect(set.occurs(in: "Zij stoppen"))
        #expect(set.occurs(in: "zie: Stop"))
        #expect(!set.occurs(in: "militaire st op"))
        #expect(!set.occurs(in: ""))
        #expect(LiteralSet(["a"]).occurs(in: "xA"))
    }

    @Test func theAnchoredSearchFindsThePrintedDateTheWholeTextSearchFinds() throws {
        let dateLine = regex(
            #"(?:(?:Den Haag|'s-Gravenhage|’s-Gravenhage),?|(?<![\p{L}])Datum:?)\s+(\d{1,2})\s+(\p{L}+)\s+(\d{4})"#)
        var found = 0
        for document in try Corpus.letters() {
            let normalized = Normalizer().normalize(document.text)
            // The letter as it is, and with a date line ahead of others, glued or not.
            for text in [normalized.text, "xDatum 3 mei 2020. Den Haag, 4 mei 2021 " + normalized.text] {
                let scanned = ScalarText(text)
                let whole = scanned.firstMatch(dateLine)
                let folded = ScalarBytes(scanned.scalars)
                let anchored = scanned.firstMatch(
                    dateLine, anchors: ["den haag", "gravenhage", "datum"], in: folded, before: 3, after: 200)
                #expect(whole?.range == anchored?.range)
                #expect(whole?.groups == anchored?.groups)
                if whole != nil { found += 1 }
            }
        }
        #expect(found >= 5)
    }

    @Test func theAddressFoundAroundTheChairIsWhatThePatternFindsInTheOpening() throws {
        var texts = try Corpus.letters().map(\.text)
        // Early and late, split over blocks, spelled in capitals, and twice.
        let opening = "Aan de\n\nVoorzitter van de Eerste Kamer\n\nder Staten-Generaal\n\n"
        texts += [
            opening, "VOORZITTER VAN DE TWEEDE KAMER DER STATEN-GENERAAL POSTBUS 20018",
            "xVoorzitter van de Tweede Kamer",
            String(repeating: "Een zin over de Voorzitter. ", count: 120) + opening,
            String(repeating: "Tekst zonder aanhef. ", count: 159) + opening, opening + opening,
        ]
        var found = 0
        for text in texts {
            let document = Document(id: "t", fileName: "t.txt", title: "t", text: text)
            let context = LetterContext(document: document, letter: Segmenter().segment(Normalizer().normalize(text)))
            let prefix = context.scanned(0..<min(context.whole.scalars.count, 3400))
            let expected = prefix.firstMatch(MetadataExtractor.addressLine)
            let anchored = MetadataExtractor.addressLine(in: context)
            #expect(anchored?.range == expected?.range, "\(text.prefix(80))")
            #expect(anchored?.groups == expected?.groups)
            if expected != nil { found += 1 }
        }
        #expect(found >= 7)
    }

    @Test func acronymsFoundByBytesAreTheWholeWordsAPatternFinds() throws {
        for document in try Corpus.letters() {
            let text = ScalarText(Normalizer().normalize(document.text).text)
            let words = ["OIR", "NMI", "EUAM", "MoPA", "NAVO"]
            let places = WordTable(words.map { $0.lowercased() }).places(
                in: ScalarBytes(text.scalars))
            for (word, candidates) in zip(words, places) {
                let pattern = regex(#"(?<![\p{L}\p{N}])"# + word + #"(?![\p{L}])"#, caseInsensitive: false)
                #expect(text.acronyms(word, at: candidates) == text.matches(pattern).map(\.range), "\(word)")
            }
        }
    }

    @Test func aNumberedHeadingIsWhatItsPatternMatches() throws {
        var lines = [
            "2.1 Inzet", "3. Kosten", "12 Ééntje", "1.2.x Niet", "4.  Ruimte", "5 kleine", "6.", "A. Nee", "7 ", "8.9",
        ]
        lines += try Corpus.letters().flatMap {
            $0.text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        for line in lines {
            let expected = line.range(of: #"^\d+(\.\d+)*\.? +\p{Lu}"#, options: .regularExpression) != nil
            #expect(LineClassifier.isNumberedHeading(line) == expected, "\(line)")
        }
    }

    @Test func aTextHoldsAnASCIIDigitWhereOneOfItsScalarsIsOne() throws {
        var texts = ["", "9", "x9", "zonder cijfers", "٣ en ۳", "€ /:", "\u{00B9}"]
        texts += try Self.sentences().map(\.string)
        var withDigit = 0
        for text in texts {
            let expected = text.unicodeScalars.contains { ("0"..."9").contains($0) }
            #expect(text.hasASCIIDigit == expected, "\(text)")
            if expected { withDigit += 1 }
        }
        #expect(withDigit > 100 && withDigit < texts.count - 100)
    }

    @Test func aLinesCharacterCountIsItsCountOfCharacters() throws {
        var lines = ["", "abc", "a\r\nb", "e\u{301}te", "één", "27 925", "Kamer’s – “inzet” … € 5", "ǅa ß ÿ\u{2FF}"]
        // Scalars that join the one before them, right past the ranges counted by scalar.
        lines += ["a\u{300}b", "a\u{200C}b", "a\u{200D}b", "a\u{20D0}b", "a\u{2060}b", "👍🏽", "🇳🇱", "a\u{AD}b"]
        lines += try Corpus.letters().flatMap { $0.text.components(separatedBy: "\n") }
        for line in lines { #expect(line.characterCount == line.count, "\(line)") }
    }

    @Test func aLinesFirstAndLastScalarsAreReadFromItsBytes() throws {
        var lines = ["a", "é", "€ 5", "Kamer’s", "“inzet”", "😀 x 😀", "\u{10FFFF}", "x\u{301}", "ǅ"]
        lines += try Corpus.letters().flatMap { $0.text.components(separatedBy: "\n") }.filter { !$0.isEmpty }
        for line in lines {
            var bytes = line
            bytes.withUTF8 { bytes in
                #expect(bytes.scalar(at: 0) == line.unicodeScalars.first, "\(line)")
                #expect(bytes.lastScalar == line.unicodeScalars.last, "\(line)")
            }
        }
        #expect(lines.count > 1000)
    }

    @Test func aStretchOfUTF8IsCountedAsItsScalars() throws {
        // Every width of UTF-8 at every offset of a word of eight, and the corpus letters.
        var texts = (0...9).map { String(repeating: "a", count: $0) + "é€𝄞ab€cdefghijé" }
        texts += try Corpus.letters().map(\.text)
        for text in texts {
            var text = text
            text.withUTF8 { bytes in
                for start in 0..<min(bytes.count, 12) where bytes[start] & 0xC0 != 0x80 {
                    let whole = start..<bytes.count
                    let expected = String(decoding: UnsafeBufferPointer(rebasing: bytes[whole]), as: UTF8.self)
                        .unicodeScalars.count
                    #expect(Line.scalarCount(bytes, whole) == expected)
                }
            }
        }
    }

    @Test func aParagraphsShareOfLowerCaseIsCountedAsItsCharactersWouldBe() throws {
        var texts = [
            "", "abc", "Één ëën", "a\r\nb", "e\u{301}te", "Kamer’s – “inzet”", "ǅa ǆ", "a\u{200D}b", "ﬁ ǈ ß",
        ]
        texts += try Corpus.letters().flatMap { $0.text.components(separatedBy: "\n\n") }
        for text in texts {
            let counted = LetterTypeClassifier.lowercaseShare(text)
            let expected = LetterTypeClassifier.lowercaseShareOfCharacters(text)
            #expect(counted.characters == expected.characters && counted.lowercase == expected.lowercase, "\(text)")
        }
    }

    @Test func aWordSetWithManyWordsSharingTheirStartFindsEach() {
        let words = ["de", "deskundigen", "den", "dek", "xy"]
        let set = LiteralSet(words)
        for word in words { #expect(set.occurs(in: "voor " + word.uppercased() + "!"), "\(word)") }
        #expect(!set.occurs(in: "d e x y"))
    }

    @Test func theLettersVocabularyHoldsAWordExactlyWhenTheLetterWritesItAsAWord() throws {
        for text in try Corpus.letters().map(\.text) + ["OIR, Ojik en zo0. Over"] {
            let source = Array(text.unicodeScalars)
            // The letter's words as a set: letters between non-letters, three or more.
            var words = Set<String>()
            var start = 0
            for index in 0...source.count where index == source.count || !source[index].isAlphabeticQuick {
                if index - start > 2 { words.insert(String(scalars: source[start..<index])) }
                start = index + 1
            }
            #expect(OCRVocabulary.words(in: source) == words)
            // Each word, each word cut short or grown by a letter, and a word of no letter,
            // looked up in a fresh vocabulary (its scan) and in one past its scans (its set).
            let tried = words.flatMap { [$0, String($0.dropLast()), String($0.dropFirst()), $0 + "s"] } + ["Qzx"]
            let setVocabulary = OCRVocabulary(knownNames: [], source: source)
            for _ in 0...OCRVocabulary.scansBeforeSet { _ = setVocabulary.contains(Array("Qzx".unicodeScalars)) }
            for word in tried {
                let scanned = OCRVocabulary(knownNames: [], source: source).contains(Array(word.unicodeScalars))
                #expect(scanned == words.contains(word), "\(word)")
                #expect(setVocabulary.contains(Array(word.unicodeScalars)) == words.contains(word), "\(word)")
            }
            #expect(!words.isEmpty)
        }
        let named = OCRVocabulary(knownNames: ["OIR"], source: [])
        #expect(named.contains(Array("OIR".unicodeScalars)))
        #expect(!named.contains(Array("OI".unicodeScalars)))
    }

    @Test func theMissionsFoundInNameStretchesAreWhatEachPatternFindsInTheWholeLetter() throws {
        var found = 0
        for document in try Corpus.letters() {
            let text = ScalarText(Normalizer().normalize(document.text).text)
            var expected: [String] = []
            for (alias, regex) in MissionCatalog.compiledAliases {
                for match in text.matches(regex) { expected.append("\(match.range) \(alias.mission)") }
            }
            let mentions = MissionFinder.mentions(in: text.string).map { "\($0.range) \($0.mission)" }
            #expect(mentions.sorted() == expected.sorted(), "\(document.id)")
            found += mentions.count
        }
        #expect(found > 100)
    }

    @Test func theYearsFoundByAScanAreWhatTheYearPatternMatches() throws {
        let year = regex(#"(?<![\d.,/])(19[5-9]\d|20\d\d)(?![\d.,]\d)"#)
        var texts = [
            "in 2019", "1950", "nr. 1218 en 21 501", "20", "2024–2027", "1.2019", "2019.5", "2019.", "20245",
            "202456", "12019", "/2020", "2020,5 en 2021,", "1949 1950 2099 2100", "2٠2٣", "20202021", "195٣",
        ]
        texts += try Self.sentences().map(\.string)
        var found = 0
        for text in texts {
            let scanned = ScalarText(text)
            let expected = scanned.matches(year).map(\.range)
            #expect(scanned.scalars.yearRanges() == expected, "\(text)")
            found += expected.count
        }
        #expect(found > 100)
    }
}

/// A pattern guarded by words runs only on text holding one of them: every text it matches
/// must hold one, or a fact would be lost without a sign.
@Suite struct GuardWordTests {
    /// Each alternative of the guarded patterns written out, and every corpus sentence.
    private func texts() throws -> [String] {
        let written = [
            "Het mandaat wordt opgehoogd.", "De bijdrage is verhoogd naar 150.", "uitgebreid naar twee", "op te hogen",
            "Het aantal is verlaagd.", "afgeschaald naar 50", "verminderd naar tien", "Het mandaat wordt verlengd.",
            "De training is opgeschort.", "stilgelegd", "De missie lag twee maanden stil.", "De steun is hervat.",
            "De inzet is beëindigd.", "BEËINDIGEN", "stopgezet", "stop te zetten", "stopzetten", "wordt voortgezet",
            "voort te zetten", "Nederland blijft ook in 2025 deelnemen.", "blijven", "behoudt", "behouden",
            "voortzetten", "gecontinueerd", "continueren", "handhaaft", "gehandhaafd",
            "De VS leveren 2.000 militairen.",
            "de Verenigde Staten", "Amerikaanse", "Britse", "Duitse", "Franse", "Belgische", "Deense",
            "coalitietroepen", "bondgenoten", "partnerlanden", "de internationale staf", "lokale staf",
            "Deze kosten komen ten laste van het BIV.", "het Budget Internationale Veiligheid", "de HGIS",
            "het Stabiliteitsfonds", "de BRIEF van", "de voortgangsrapportage", "toezegging", "het verslag",
            "het antwoord", "de nota", "het besluit", "een notitie", "het rapport", "dit NAJAAR",
            "in het  voorjaar", "na de zomer", "voor de Zomer", "het winter", "eind van het jaar",
            "voor het einde van dit jaar",
        ]
        let sentences = try Corpus.letters().flatMap { document in
            Segmenter().segment(Normalizer().normalize(document.text)).sentences.map(\.text)
        }
        return written + sentences
    }

    @Test func everyTextAGuardedPatternMatchesHoldsOneOfItsWords() throws {
        var guarded = DecisionExtractor.actions.compactMap { action in
            action.1.words.map { (LiteralSet($0), action.1.regex) }
        }
        #expect(guarded.count == DecisionExtractor.actions.count)
        guarded += [(FrameworkExtractor.foreignWords, FrameworkExtractor.foreign)]
        guarded += CostExtractor.budgetSources.map { (CostExtractor.budgetWords, $0.1) }
        guarded += [(CommitmentExtractor.seasonWords, CommitmentExtractor.season)]
        var matched = 0
        for text in try texts() {
            let scanned = ScalarText(text)
            for (words, pattern) in guarded where scanned.firstMatch(pattern) != nil {
                matched += 1
                let held = words.occurs(in: text)
                #expect(held, "\(text): \(pattern.pattern)")
            }
        }
        #expect(matched >= 45)
    }

    /// Every pattern a sentence is only asked whether it matches.
    static let wordPatterns =
        DecisionExtractor.actions.map(\.1) + [
            DecisionExtractor.dutchCue, FrameworkExtractor.dutchCue, FrameworkExtractor.decisionVerb,
            FrameworkExtractor.continuation, CostExtractor.perYear, CostExtractor.actual, CostExtractor.estimate,
            CommitmentExtractor.parliament, LetterTypeClassifier.progress, LetterTypeClassifier.article100,
            LetterTypeClassifier.decision, LetterTypeClassifier.notice, ReferenceExtractor.blocker,
        ] + CommitmentExtractor.promises

    /// Answered by phrases, or by the other alternatives after their words: the same answer,
    /// and every text a pattern matches holds one of its words.
    @Test func aWordPatternsPhrasesOrWordsFindWhatThePatternFinds() throws {
        let patterns = Self.wordPatterns
        #expect(patterns.filter { $0.phrases != nil }.count >= 12)
        let words = try patterns.map { LiteralSet(try #require($0.words, "\($0.regex.pattern)")) }
        let awkward = [
            "Voort  te\tzetten", "VOORT TE ZETTEN", "voorttezetten", "voort te zet", "voort te", "bevoort te zettende",
            "voort te voort te zetten", "voort", "", "VERLENGD", "besloot", "Nationale  kader", "NATIONAAL KADER",
            "nationaalkader", "de Kamer", "uwKamer", "Tweede\u{00A0}Kamer", "artikel 100", "artikel 1000", "artikel100",
            "heeft het kabinet besloten", "heeft besloten", "hebben het besloten", "besluit tot", "besluitom",
            "per  jaar", "is besteed", "zijn  besteed", "op te hogen", "verhoogd  naar",
            "De inzet wordt VOORTGEZET.", "Nederland BLIJFT in 2025 bijdragen", "blijft. Deelnemen", "VOORTGANG",
            "Hierbij de derde Voortgangsrapportage", "over de voortgang van de missie",
            "zullen naar schatting 3 miljoen bedragen",
            "De missie lag  stil", "De KENNISGEVING", "het verzoek is ontvangen",
            "Nederland blijft tot eind 2025 LEVEREN", "blijft deelnemen.", "blijft bijdragen maar",
            "Uw Kamer WORDT naar verwachting voor de zomer geïnformeerd", "worden nader GEÏNFORMEERD",
            "Wij ZULLEN uw Kamer hierover berichten",
            "worden voor het EIND van het jaar geïnformeerd",
        ]
        var matched = 0
        for text in try texts() + awkward {
            let scanned = ScalarText(text)
            let sketched = ScalarText(string: text, scalars: scanned.scalars, sketched: true)
            for (pattern, words) in zip(patterns, words) {
                let expected = scanned.firstMatch(pattern.regex) != nil
                if expected {
                    matched += 1
                    #expect(words.occurs(in: text), "\(text): \(pattern.regex.pattern)")
                }
                #expect(pattern.matches(scanned) == expected, "\(text): \(pattern.regex.pattern)")
                #expect(pattern.matches(sketched) == expected, "\(text): \(pattern.regex.pattern)")
            }
        }
        #expect(matched >= 200)
    }

    @Test func aPatternSplitsIntoItsAlternativesOnlyAtItsTopLevel() {
        #expect(
            WordPattern.alternatives(of: #"a|(?:b|c)\s+d|[|x]|\||e[^.|]{0,3}f|"#)
                == ["a", #"(?:b|c)\s+d"#, "[|x]", #"\|"#, "e[^.|]{0,3}f", ""])
        #expect(WordPattern.alternatives(of: "verleng") == ["verleng"])
        #expect(WordPattern.alternatives(of: #"a\\|b"#) == [#"a\\"#, "b"])
    }

    @Test func onlyAPatternOfWordAlternativesBecomesPhrases() throws {
        let parliament = try #require(PhraseSet(pattern: #"(?:uw|de|Tweede|Eerste)\s+Kamer|parlement"#))
        #expect(parliament.occurs(in: ScalarText("aan de\nKAMER")))
        #expect(parliament.occurs(in: ScalarText("de kamers")))
        #expect(!parliament.occurs(in: ScalarText("dekamer, de, kamer")))
        for pattern in [
            #"lag\s+[^.]{0,40}stil"#, #"(?<![\p{L}])BIV"#, "beëindigd", #"nota(?![\p{L}])"#, #"onderzoekt\s+"#,
            #"\s+kader"#, "a b", "(?:a|)", "(x)", "x*", #"^besluit"#, "",
        ] {
            #expect(PhraseSet(pattern: pattern) == nil, "\(pattern)")
        }
    }

    @Test func thePromisesPartsTogetherMatchWhereTheWholePromiseDoes() throws {
        let written = [
            "Het kabinet zal uw Kamer hierover informeren.", "WIJ ZULLEN U BERICHTEN", "zal later terugkomen",
            "Uw Kamer wordt naar verwachting na de zomer geïnformeerd.", "worden dit najaar nader geïnformeerd",
            "halfjaarlijks te rapporteren", "Jaarlijks informeren", "in de volgende voortgangsrapportage",
            "Het wordt, zo zal blijken, later geïnformeerd", "zal. informeren",
        ]
        var matched = 0
        for text in try written + texts() {
            let scanned = ScalarText(text)
            let expected = scanned.firstMatch(CommitmentExtractor.promise) != nil
            if expected { matched += 1 }
            #expect(CommitmentExtractor.promises.contains { $0.matches(scanned) } == expected, "\(text)")
        }
        #expect(matched > written.count)
    }

    @Test func everyBlockTheSignatureRolePatternMatchesOpensARoleAsItIsLookedFor() throws {
        let written = [
            "De Minister van Defensie, K.H. Ollongren", "Het Staatssecretaris-achtige, x",
            "De minister-president, M. Rutte",
            "De Staatssecretaris van Buitenlandse Zaken, J. Doe", "Het minister van, x",
        ]
        var blocks = written
        for document in try Corpus.letters() {
            let normalized = Normalizer().normalize(document.text)
            blocks += normalized.blocks.map { normalized.slice($0.range) }
        }
        var matched = 0
        for block in blocks where ScalarText(block).firstMatch(MetadataExtractor.role) != nil {
            matched += 1
            #expect(MetadataExtractor.roleOpenings.contains { block.containsBytes($0) }, "\(block)")
        }
        #expect(matched > written.count)
    }

    @Test func everySentenceAnIndicatorPatternMatchesPassesItsPreChecks() throws {
        let written = [
            "15 van de 21 trainingsinstituten", "Er zijn 3 VAN DE 4 bases", "1 van de 2",
            "circa 950 missies uitgevoerd",
            "Er werden 12 vluchten gevlogen.", "ruim 40 trainingen gegeven", "606 keer ingezet",
        ]
        var matched = 0
        for text in try written + texts() {
            let scanned = ScalarText(text)
            if scanned.firstMatch(IndicatorExtractor.share) != nil {
                matched += 1
                #expect(IndicatorExtractor.hasShareShape(scanned), "\(text)")
            }
            if scanned.firstMatch(IndicatorExtractor.done) != nil {
                matched += 1
                #expect(scanned.mayContain(IndicatorExtractor.doneWords), "\(text)")
                #expect(scanned.mayContain(IndicatorExtractor.doneNouns), "\(text)")
            }
        }
        #expect(matched > written.count)
        #expect(!IndicatorExtractor.hasShareShape(ScalarText("Het is van de minister, 15 stuks.")))
    }

    @Test func everySentenceTheJoinedReferencePatternMatchesHasItsShape() throws {
        let written = ["kenmerk 27925-766", "(36180-A-12)", "zie 21501-02-1234.", "nr 12345-1"]
        var matched = 0
        for text in try written + texts() where ScalarText(text).firstMatch(ReferenceExtractor.joined) != nil {
            matched += 1
            #expect(ReferenceExtractor.hasJoinedShape(ScalarText(text)), "\(text)")
        }
        #expect(matched >= written.count)
        #expect(!ReferenceExtractor.hasJoinedShape(ScalarText("In 2023-2024 waren er 1234-5 mensen.")))
    }
}
