import KaderCore
import KaderTestSupport
import Testing

@Suite struct ToetsingskaderTests {
    @Test func theLetterOfJuly2023HasAHeadingForEverySection() throws {
        let check = ToetsingskaderCheck(document: try Corpus.letter("004_a5c8b23f8fb2d6ff.txt"))
        #expect(check.missingSections.isEmpty)
        let headings = check.sections.compactMap { $0.coverage?.span.quote }
        #expect(headings.first == "Contextanalyse")
        #expect(headings.contains("Nazorg"))
        #expect(headings.contains("Financiën"))
        let feasibility = try #require(check.sections.first { $0.section == .feasibility })
        #expect(feasibility.missingElements.isEmpty)
        let gender = feasibility.elements.first { $0.element.id == "gender" }
        #expect(gender?.coverage?.kind == .heading)
        #expect(gender?.coverage?.span.quote == "Genderperspectief")
    }

    @Test func everyCoverageOffsetSlicesItsQuoteFromTheOriginalText() throws {
        for file in ["004_a5c8b23f8fb2d6ff.txt", "001_58c76a8e68136705.txt"] {
            let letter = try Corpus.letter(file)
            let check = ToetsingskaderCheck(document: letter)
            let spans = check.sections.flatMap { [$0.coverage] + $0.elements.map(\.coverage) }.compactMap { $0?.span }
            #expect(spans.count > 10)
            for span in spans {
                #expect(TextLocator.slice(letter.text, span.start..<span.end) == span.quote)
            }
        }
    }

    @Test func aHeadingBrokenOverTwoLinesIsOneHeading() throws {
        let check = ToetsingskaderCheck(document: try Corpus.letter("004_a5c8b23f8fb2d6ff.txt"))
        let risks = try #require(check.sections.first { $0.section == .risks })
        let medical = risks.elements.first { $0.element.id == "medisch" }
        #expect(medical?.coverage?.kind == .heading)
        #expect(medical?.coverage?.span.quote.hasSuffix("arbeidsomstandig-\nheden") == true)
    }

    @Test func theSupplementaryLetterOfNovember2024LacksAftercareAndRefersBackForConflictPartiesAndGender() throws {
        let check = ToetsingskaderCheck(document: try Corpus.letter("001_58c76a8e68136705.txt"))
        #expect(check.missingSections == [.aftercare])
        #expect(!check.isComplete)
        let feasibility = try #require(check.sections.first { $0.section == .feasibility })
        let gender = feasibility.elements.first { $0.element.id == "gender" }
        #expect(gender?.coverage?.kind == .reference)
        #expect(gender?.coverage?.span.quote.contains("wordt verwezen naar") == true)
        let finances = check.sections.first { $0.section == .finances }
        #expect(finances?.coverage?.span.quote == "Financién")
    }

    @Test func aLetterWithASectionCutOutIsReportedAsLackingIt() throws {
        let text = try Corpus.letter("004_a5c8b23f8fb2d6ff.txt").text
        let start = try #require(text.range(of: "Nazorg \n"))
        let end = try #require(text.range(of: " Monitoring, evaluatie & leren van inzet"))
        let cut = String(text[..<start.lowerBound]) + String(text[end.lowerBound...])
        let check = ToetsingskaderCheck(text: cut, documentID: "zonder-nazorg")
        #expect(check.missingSections == [.aftercare])
        #expect(ToetsingskaderCheck(text: text, documentID: "004").missingSections.isEmpty)
    }

    @Test func anIntroductionThatListsTheElementsDoesNotCoverThem() throws {
        let text = try Corpus.letter("004_a5c8b23f8fb2d6ff.txt").text
        let start = try #require(text.range(of: "Genderperspectief \n"))
        let end = try #require(text.range(of: "Het vereiste militaire vermogen \n"))
        let cut = String(text[..<start.lowerBound]) + String(text[end.lowerBound...])
        let feasibility = try #require(
            ToetsingskaderCheck(text: cut, documentID: "zonder-gender").sections.first { $0.section == .feasibility })
        #expect(feasibility.missingElements.map { $0.id } == ["gender"])
    }
}

@Suite struct LetterTextTests {
    @Test func headingsAreShortLinesWithoutAFinalPeriodThatStandApart() throws {
        let text =
            "Aanhef van de brief.\n\nContextanalyse \n\nDe situatie is ernstig. Er is veel\ngebeurd.\n\n Veiligheidsrisico’s\nDe dreiging is groot.\n\nDe wijze van optreden (Concept of Operations)\n\nTekst.\n"
        let headings = LetterText(text).headings.map(\.text)
        #expect(headings == ["Contextanalyse", "Veiligheidsrisico’s", "De wijze van optreden (Concept of Operations)"])
    }

    @Test func sentencesEndAtAFullStopOrABlankLineAndKeepTheirOffsets() {
        let letter = LetterText("Eén zin. Nog een\nzin die doorloopt.\n\nKop\n\nLaatste")
        let sentences = letter.sentences(from: 0, to: letter.text.unicodeScalars.count)
        #expect(sentences.map { $0.text } == ["Eén zin.", "Nog een\nzin die doorloopt.", "Kop", "Laatste"])
        #expect(sentences[1].start == 9)
    }
}
