import Foundation
import KaderCore
import KaderReport
import KaderTestSupport
import Testing

/// The draft of the progress report May 2020 – May 2021, from the real registry.
@Suite struct ProgressReportTests {
    func draft() throws -> ReportDocument {
        ProgressReport(
            registry: try Corpus.iraqRegistry(), deployment: "irak", from: .at("2020-05-01"), to: .at("2021-05-31")
        )
        .document()
    }

    /// The footnote number right after `figure` in the Markdown, and its definition.
    func footnote(of figure: String, in markdown: String) -> String? {
        guard let range = markdown.range(of: figure + "[^") else { return nil }
        let number = markdown[range.upperBound...].prefix { $0.isNumber }
        return markdown.split(separator: "\n").first { $0.hasPrefix("[^\(number)]: ") }.map(String.init)
    }

    @Test func followsTheStructureOfTheRealProgressReports() throws {
        let headings = try draft().blocks.compactMap { block -> String? in
            if case .heading(1, let text) = block { return text }
            return nil
        }
        #expect(headings.first == "Essentie")
        #expect(headings.contains("Politieke en veiligheidsontwikkelingen"))
        #expect(headings.contains("Algemene punten"))
        #expect(headings.contains { $0.hasPrefix("NMI") })
        #expect(headings.suffix(2) == ["Financiën", "Toezeggingen"])
    }

    @Test func containsTheForceProtectionAtErbilAndAlAzraqWithTheirSources() throws {
        let markdown = MarkdownRenderer.render(try draft())
        let erbil = try #require(
            markdown.split(separator: "\n").first {
                $0.contains("force protection-compagnie Erbil") && $0.hasPrefix("|")
            })
        let azraq = try #require(markdown.split(separator: "\n").first { $0.contains("Al Azraq") && $0.hasPrefix("|") })
        #expect(erbil.contains("tot 150[^"))
        #expect(azraq.contains("35[^"))
        #expect(footnote(of: "35", in: markdown)?.contains("Al Azraq") == true)
    }

    @Test func containsTheNMIStaffingOfSevenOfTwentyWithItsSource() throws {
        let markdown = MarkdownRenderer.render(try draft())
        let note = try #require(footnote(of: "7 van 20", in: markdown))
        #expect(note.contains("Voortgangsrapportage"))
    }

    @Test func containsThe2020ActualAndThe2021EstimateWithTheirSources() throws {
        let markdown = MarkdownRenderer.render(try draft())
        let actual = try #require(footnote(of: "€ 10,5 miljoen", in: markdown))
        #expect(actual.contains("10,5 miljoen euro gekost"))
        let estimate = try #require(footnote(of: "€ 21,7 miljoen", in: markdown))
        #expect(estimate.contains("21,7"))
        let row2020 = try #require(
            markdown.split(separator: "\n").first { $0.hasPrefix("| 2020 |") && $0.contains("10,5") })
        // The actual stands in the "Gerealiseerd" column (the fifth), not under "Raming".
        #expect(row2020.split(separator: "|", omittingEmptySubsequences: false)[5].contains("10,5"))
    }

    @Test func everyFootnoteIsDefinedAndUsed() throws {
        let report = try draft()
        let markdown = MarkdownRenderer.render(report)
        #expect(report.footnotes.count > 20)
        for note in report.footnotes {
            #expect(markdown.contains("[^\(note.number)]: "))
            #expect(
                markdown.contains("[^\(note.number)]")
                    && markdown.components(separatedBy: "[^\(note.number)]").count >= 3)
        }
    }

    @Test func theHTMLLinksEachFootnoteToTheSentenceInTheLetter() throws {
        let html = HTMLRenderer.render(try draft())
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(html.contains("<li id=\"noot-1\"><a href=\"/brieven/"))
        #expect(html.contains("<sup><a href=\"#noot-"))
        #expect(!HTMLRenderer.render(try draft(), letterLinks: false).contains("href=\"/brieven/"))
    }

    @Test func quotesJoinWordsHyphenatedOverALineBreak() {
        #expect(
            QuoteText.clean("circa 5 tot 10 stafoffi-\ncieren aan  deze\nadvisering")
                == "circa 5 tot 10 stafofficieren aan deze advisering")
        #expect(QuoteText.clean("force protection-\nCompagnie") == "force protection- Compagnie")
        #expect(QuoteText.clean("Noord-Irak") == "Noord-Irak")
    }

    @Test func passagesAreFoundUnderThemedHeadingsAndCutAtASentenceEnd() {
        let text =
            "Inleiding\nTekst.\n\nVeiligheidssituatie\nDe dreiging blijft. Zie Kamerstuk 29 521, nr. 398 voor meer.\nNog een zin.\n\nAnders\nX."
        let passages = PassageFinder.passages(in: text, headingContains: ["veiligheid"], maxLength: 70)
        #expect(passages.count == 1)
        #expect(passages.first?.heading == "Veiligheidssituatie")
        #expect(passages.first?.text == "De dreiging blijft. Zie Kamerstuk 29 521, nr. 398 voor meer.")
    }
}
