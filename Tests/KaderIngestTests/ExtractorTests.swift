import Foundation
import KaderCore
import KaderIngest
import KaderTestSupport
import Testing

@Suite struct ExtractorTests {
    private func facts(_ file: String) throws -> [CandidateFact] {
        LetterExtractor().extract(try Corpus.letter(file)).facts
    }

    private func facts(text: String) -> [CandidateFact] {
        LetterExtractor().extract(Document(id: "test", fileName: "test.txt", title: "test", text: text)).facts
    }

    private func references(_ facts: [CandidateFact]) -> [KamerstukID: Bool] {
        var out: [KamerstukID: Bool] = [:]
        for fact in facts {
            if case .reference(let id, let isMotion) = fact.value { out[id] = isMotion }
        }
        return out
    }

    private func frameworks(_ facts: [CandidateFact]) -> [FrameworkCandidate] {
        facts.compactMap { if case .framework(let f) = $0.value { f } else { nil } }
    }

    private func costs(_ facts: [CandidateFact]) -> [CostCandidate] {
        facts.compactMap { if case .cost(let c) = $0.value { c } else { nil } }
    }

    @Test func findsKamerstukReferencesInEveryForm() throws {
        let fromList = references(try facts("004_a5c8b23f8fb2d6ff.txt"))
        for number in [723, 727, 746] { #expect(fromList[KamerstukID(dossier: "27925", number: number)] == false) }
        #expect(fromList[KamerstukID(dossier: "35570X", number: 80)] != nil)
        let twoDossiers = references(try facts("002_d082f7e0a858dd5f.txt"))
        #expect(twoDossiers[KamerstukID(dossier: "29521", number: 363)] != nil)
        #expect(twoDossiers[KamerstukID(dossier: "33694", number: 363)] != nil)
        let unspaced = references(try facts("000_99295b712c9ec60a.txt"))
        #expect(unspaced[KamerstukID(dossier: "29521", number: 414)] != nil)
        let joined = references(facts(text: "Zie het verzoek (kenmerk 27925-766/2021D04079) van de commissie."))
        #expect(joined[KamerstukID(dossier: "27925", number: 766)] != nil)
        let withoutNr = references(try facts("001_58c76a8e68136705.txt"))
        #expect(withoutNr[KamerstukID(dossier: "27925", number: 963)] != nil)
    }

    @Test func tellsMotionsFromOtherPapers() throws {
        let found = references(try facts("002_d082f7e0a858dd5f.txt"))
        #expect(found[KamerstukID(dossier: "27925", number: 623)] == true)
        #expect(found[KamerstukID(dossier: "34952", number: 15)] == true)
        #expect(found[KamerstukID(dossier: "27925", number: 637)] == false)
        let footnote = references(try facts("000_99295b712c9ec60a.txt"))
        #expect(footnote[KamerstukID(dossier: "27925", number: 699)] == true)
        #expect(footnote[KamerstukID(dossier: "27925", number: 722)] == false)
    }

    @Test func namesMissionsByTheirCanonicalNameWhateverAliasTheLetterUses() {
        let found = facts(
            text:
                "De Europese Adviesmissie in Irak en de NATO Mission Iraq werken samen met 0IR en de VN-missie in Mali."
        )
        let names = Set(found.compactMap { if case .mission(let m) = $0.value { m } else { nil } })
        #expect(names == ["EUAM", "NMI", "OIR", "MINUSMA"])
    }

    @Test func readsAFrameworkRaisedInWordsUnderTheLettersExtension() throws {
        let found = frameworks(try facts("004_a5c8b23f8fb2d6ff.txt"))
        let euam = try #require(found.first { $0.mission == "EUAM" })
        #expect(euam.cap == PersonnelCap(count: 7, qualifier: .maximaal))
        #expect(euam.period.end == Day.at("2025-07-31"))
        let company = try #require(found.first { $0.cap.count == 145 })
        #expect(company.mission == "NMI")
        #expect(company.period == Period(start: Day.at("2024-01-01"), end: Day.at("2024-12-31")))
    }

    @Test func aFigureOfHowThingsStandNowDoesNotTakeTheDecidedEnd() throws {
        let found = frameworks(try facts("001_58c76a8e68136705.txt"))
        // "Momenteel levert Nederland … een helikopterdetachement bestaande uit drie
        // chinookhelikopters en 120 militairen": the current state, not the extension.
        let helicopters = try #require(found.first { $0.cap.count == 120 })
        #expect(helicopters.mission == "NMI")
        #expect(helicopters.period.end == nil)
    }

    @Test func aMonthAloneEndsOnItsLastDay() throws {
        let found = frameworks(try facts("001_58c76a8e68136705.txt"))
        let company = try #require(found.first { $0.cap == PersonnelCap(count: 145, qualifier: .circa) })
        #expect(company.period.end == Day.at("2025-06-30"))
        #expect(company.period.start == Day.at("2025-01-01"))
    }

    @Test func aRangeKeepsItsUpperBoundQualifiedAsTot() {
        let found = frameworks(facts(text: "Nederland levert vijf tot tien adviseurs aan de NAVO-missie Irak (NMI)."))
        #expect(found.map { $0.cap } == [PersonnelCap(count: 10, qualifier: .tot)])
        let words = frameworks(facts(text: "Nederland draagt met twintig militairen bij aan OIR."))
        #expect(words.map { $0.cap } == [PersonnelCap(count: 20, qualifier: .exact)])
    }

    @Test func readsEuroAmountsWithYearKindAndBudget() throws {
        let found = costs(try facts("002_d082f7e0a858dd5f.txt"))
        let dra = try #require(found.first { $0.amountCents == 70_000_000 })
        #expect(dra.year == 2019)
        let spent = try #require(found.first { $0.amountCents == 8_690_000_000 })
        #expect(spent.kind == .actual)
        #expect(spent.year == 2018)
        let small = costs(try facts("003_f95f5ebf79cd7205.txt"))
        #expect(small.contains { $0.amountCents == 45_000_000 && $0.budgetSource == "BIV" })
        let estimate = try #require(
            costs(try facts("004_a5c8b23f8fb2d6ff.txt")).first { $0.amountCents == 4_900_000_000 })
        #expect(estimate.kind == .estimate)
        #expect(estimate.year == 2024)
        #expect(estimate.budgetSource == "BIV")
        let perYear = try #require(costs(try facts("004_a5c8b23f8fb2d6ff.txt")).first { $0.amountCents == 100_000_000 })
        #expect(perYear.year == nil)
    }

    @Test func aCostsScopeIsWhatItsClauseSaysItIsFor() throws {
        let found = costs(try facts("002_d082f7e0a858dd5f.txt"))
        let training = try #require(found.first { $0.amountCents == 1_400_000_000 })
        #expect(training.scope == "verlenging van de trainingsmissie")
        let syria = try #require(found.first { $0.amountCents == 2_190_000_000 })
        #expect(syria.scope.hasPrefix("Nederlandse bijdrage aan stabilisatie en opvang in de regio"))
        #expect(syria.scope.hasSuffix("in Syrië"))
    }

    @Test func findsDecisionsToRaiseAndToEnd() throws {
        let decisions = try facts("002_d082f7e0a858dd5f.txt").compactMap {
            if case .decision(let d) = $0.value { d } else { nil }
        }
        let ended = try #require(decisions.first { $0.action == .end && $0.period.end == Day.at("2018-12-31") })
        #expect(ended.mission == "ATFME")
        let raised = try facts("004_a5c8b23f8fb2d6ff.txt").compactMap {
            if case .decision(let d) = $0.value, d.action == .raise { d } else { nil }
        }
        #expect(raised.first?.cap == PersonnelCap(count: 7, qualifier: .maximaal))
    }

    @Test func findsCommitmentsWithTheirDueMoment() throws {
        let commitments = { (file: String) throws -> [CommitmentCandidate] in
            try self.facts(file).compactMap { if case .commitment(let c) = $0.value { c } else { nil } }
        }
        #expect(try commitments("004_a5c8b23f8fb2d6ff.txt").contains { $0.due == .period("najaar 2023") })
        #expect(try commitments("001_58c76a8e68136705.txt").contains { $0.due == .date(Day.at("2025-05-31")) })
        #expect(try commitments("000_99295b712c9ec60a.txt").contains { $0.recurrence == "halfjaarlijks" })
    }

    @Test func findsIndicatorValues() throws {
        let ped = try facts("000_99295b712c9ec60a.txt").compactMap {
            if case .indicator(let i) = $0.value { i } else { nil }
        }
        #expect(ped.contains { $0.value == 606 && $0.name.contains("PED") })
        let share = try facts("004_a5c8b23f8fb2d6ff.txt").compactMap {
            if case .indicator(let i) = $0.value { i } else { nil }
        }
        #expect(share.contains { $0.value == 15 && $0.total == 21 })
    }

    @Test func readsTheLettersOwnDateAddresseeTypeAndSignatories() throws {
        let found = try facts("004_a5c8b23f8fb2d6ff.txt").map(\.value)
        #expect(found.contains(.date(Day.at("2023-07-07"))))
        #expect(found.contains(.addressee(.tweedeKamer)))
        #expect(found.contains(.type(.artikel100)))
        #expect(found.contains(.signatory("K.H. Ollongren")))
        let progress = try facts("000_99295b712c9ec60a.txt").map(\.value)
        #expect(progress.contains(.type(.voortgangsrapportage)))
        #expect(!progress.contains { if case .date = $0 { true } else { false } })
        let amended = try facts("001_58c76a8e68136705.txt").map(\.value)
        #expect(amended.contains(.addressee(.eersteKamer)))
        #expect(amended.contains(.type(.artikel100)))
        #expect(try facts("003_f95f5ebf79cd7205.txt").map(\.value).contains(.type(.brief)))
    }

    @Test func everyFactQuotesTheOriginalTextAtItsOffsets() throws {
        for letter in try Corpus.letters() {
            for fact in LetterExtractor().extract(letter).facts {
                let span = try #require(fact.provenance.span)
                #expect(span.documentID == letter.id)
                #expect(span.start < span.end && span.end <= letter.text.unicodeScalars.count)
                #expect(TextLocator.slice(letter.text, span.start..<span.end) == span.quote)
                #expect((0...1).contains(fact.confidence))
            }
        }
        // The repaired name is found, but the quote shows what the letter printed.
        let ocr = try facts("001_58c76a8e68136705.txt").first { $0.value == .mission("OIR") }
        #expect(ocr?.provenance.span?.quote.contains("0IR") == true)
    }
}

@Suite struct ExtractorGeneralityTests {
    private func values(_ text: String) -> [CandidateValue] {
        LetterExtractor().extract(Document(id: "brief", fileName: "brief.txt", title: "brief", text: text)).facts.map(
            \.value)
    }

    @Test func aNoticeThatARequestIsStudiedIsAKennisgevingsbrief() {
        let found = values(
            """
            Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

            Datum 3 maart 2025

            Conform artikel 100 van de Grondwet en het Toetsingskader 2014 informeren wij u dat het kabinet \
            een verzoek heeft ontvangen om bij te dragen aan de NAVO-missie in Irak. Het kabinet onderzoekt \
            de wenselijkheid en mogelijkheid van een bijdrage.
            """)
        #expect(found.contains(.type(.kennisgevingsbrief)))
        #expect(found.contains(.date(Day.at("2025-03-03"))))
        #expect(found.contains(.addressee(.tweedeKamer)))
    }

    @Test func readsAbbreviatedPeriodsAndBracketedReferences() {
        let found = values(
            "Het kabinet verlengt de Nederlandse bijdrage aan EUAM met maximaal vijf civiele experts t/m 30 juni 2026, "
                + "conform de motie van het lid Bosman (27 925, nr. 699).")
        #expect(found.contains(.reference(KamerstukID(dossier: "27925", number: 699), isMotion: true)))
        let framework = found.compactMap { if case .framework(let f) = $0 { f } else { nil } }.first
        #expect(framework?.mission == "EUAM")
        #expect(framework?.period.end == Day.at("2026-06-30"))
    }

    @Test func troopsOfOtherCountriesAreNoDutchFramework() {
        let found = values(
            "De inzet van de coalitie verandert. De VS houden circa 2.500 militairen in Irak, onder OIR.")
        #expect(!found.contains { if case .framework = $0 { true } else { false } })
    }

    @Test func aDossierWithASubNumberIsOneReferenceAndADateAfterItIsNone() throws {
        let letter = try Corpus.letter("003_f95f5ebf79cd7205.txt")
        let found = LetterExtractor().extract(letter).facts.compactMap {
            if case .reference(let id, _) = $0.value { id } else { nil }
        }
        #expect(found.contains(KamerstukID(dossier: "21501-02", number: 2140)))
        #expect(!found.contains(KamerstukID(dossier: "21501-02", number: 31)))
    }

    @Test func aRequestAYearAndAnIncrementAreNoFrameworks() {
        let found = values(
            "Het kabinet ontving een verzoek van de coalitie aan Nederland om inzet van een compagnie van circa 100 tot "
                + "150 personen. Per 1 november 2020 Nederlandse militairen in Bagdad plaatsen kan bij OIR. Nederland "
                + "draagt twee extra politiefunctionarissen bij aan EUAM; het nationaal kader wordt opgehoogd naar "
                + "maximaal zeven personen.")
        let caps = found.compactMap { if case .framework(let f) = $0 { f.cap } else { nil } }
        #expect(caps == [PersonnelCap(count: 7, qualifier: .maximaal)])
    }

    @Test func aProgressReportSentHerewithAndAmountsInWords() {
        let found = values(
            "In het kader van artikel 100 ontvangt u hierbij de jaarlijkse voortgangsrapportage over de inzet in Irak. "
                + "De uitzendingen kosten in 2025 circa een miljoen euro en twintig miljoen euro gaat naar het FFS.")
        #expect(found.contains(.type(.voortgangsrapportage)))
        let amounts = found.compactMap { if case .cost(let c) = $0 { c.amountCents } else { nil } }
        #expect(amounts == [100_000_000, 2_000_000_000])
    }

    @Test func aBillionIsAThousandMillions() {
        let found = values(
            "Voor de inzet in Irak is in 2025 € 1,2 miljard geraamd en 3 mld. euro voor de jaren daarna; "
                + "EUR 0,7 mln. gaat naar EUAM.")
        let amounts = found.compactMap { if case .cost(let c) = $0 { c.amountCents } else { nil } }
        #expect(amounts == [120_000_000_000, 300_000_000_000, 70_000_000])
    }

    @Test func aDurationFromAStartDateGivesTheEnd() {
        let found = values(
            "Het kabinet heeft besloten tot de inzet van circa 145 militairen voor de NAVO-missie Irak (NMI) vanaf "
                + "1 januari 2024 voor de duur van tenminste één jaar.")
        let period = found.compactMap { if case .framework(let f) = $0 { f.period } else { nil } }.first
        #expect(period == Period(start: Day.at("2024-01-01"), end: Day.at("2024-12-31")))
    }
}
