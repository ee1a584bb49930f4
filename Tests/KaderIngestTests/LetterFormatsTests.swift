import Foundation
import KaderCore
import KaderIngest
import KaderTestSupport
import Testing

/// PDF and HTML letters: read through pdftotext and markup stripping, then extracted like text.
@Suite struct LetterFormatsTests {
    let reader = LetterReader()

    /// The facts that the scores count, without where they stand (a PDF's text is laid out anew).
    private func scoredValues(_ document: Document) -> Set<CandidateValue> {
        Set(
            LetterExtractor().extract(document).facts.map(\.value).filter { value in
                switch value {
                case .date, .type, .addressee, .reference, .mission, .framework, .cost: true
                default: false
                }
            })
    }

    @Test func aPDFMadeFromACorpusLetterGivesTheSameFactsAsItsText() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = try Corpus.letter("004_a5c8b23f8fb2d6ff.txt")
        let pdf = folder.url.appendingPathComponent("004.pdf")
        try TestPDF.write(text.text, to: pdf)
        let document = try reader.read(fileAt: pdf)
        #expect(document.fileName == "004.pdf")
        #expect(document.text.contains("Den Haag, 7 juli 2023"))
        let fromPDF = scoredValues(document)
        let fromText = scoredValues(text)
        #expect(fromPDF.subtracting(fromText).isEmpty, "only in the PDF: \(fromPDF.subtracting(fromText))")
        #expect(fromText.subtracting(fromPDF).isEmpty, "only in the text: \(fromText.subtracting(fromPDF))")
    }

    @Test func refusesATruncatedPDF() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pdf = folder.url.appendingPathComponent("brief.pdf")
        try TestPDF.write("Den Haag, 7 juli 2023\n\nEen korte brief.", to: pdf)
        let whole = try Data(contentsOf: pdf)
        let error = #expect(throws: LetterReadError.self) {
            try reader.read(data: whole.prefix(whole.count / 2), fileName: "kapot.pdf")
        }
        #expect(error?.file == "kapot.pdf")
        #expect(error?.reason.contains("PDF") == true)
    }

    @Test func refusesAPDFWithoutText() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pdf = folder.url.appendingPathComponent("leeg.pdf")
        // One page, no text on it: what a scan without OCR looks like to pdftotext.
        try TestPDF.write("", to: pdf)
        #expect(
            throws: LetterReadError(
                file: "scan.pdf", reason: "de PDF bevat geen tekst, alleen beeld (PDF without text; scan?)")
        ) {
            try reader.read(data: try Data(contentsOf: pdf), fileName: "scan.pdf")
        }
    }

    @Test func refusesAFileThatOnlyCallsItselfPDF() {
        #expect(throws: LetterReadError(file: "brief.pdf", reason: "geen PDF-bestand (not a PDF file)")) {
            try reader.read(data: Data("Den Haag, 7 juli 2023".utf8), fileName: "brief.pdf")
        }
    }

    @Test func readsAnHTMLPageAsItsTextWithEntitiesDecoded() throws {
        let html = """
            <!DOCTYPE html><html><head><title>Kamerstuk</title><script>var tracking = 1;</script>
            <style>p { color: red }</style></head><body>
            <div class="broodtekst"><p>Den Haag, 7 juli 2023</p>
            <p>Het kabinet verlengt de inzet &amp; de bijdrage aan de NAVO-missie in Irak (NMI) met maximaal
            twintig militairen tot en met 31&nbsp;juli&nbsp;2025; kosten &euro;&#160;18,3 miljoen, ge&iuml;ntegreerd &#8211; zie
            Kamerstuk 27&#160;925, nr.&#xA0;943.</p></div></body></html>
            """
        let document = try reader.read(data: Data(html.utf8), fileName: "kst-27925-943.html")
        #expect(!document.text.contains("<"))
        #expect(!document.text.contains("tracking"))
        #expect(document.text.contains("inzet & de bijdrage"))
        #expect(document.text.contains("geïntegreerd – zie"))
        let values = LetterExtractor().extract(document).facts.map(\.value)
        #expect(values.contains(.date(Day.at("2023-07-07"))))
        #expect(values.contains(.reference(KamerstukID(dossier: "27925", number: 943), isMotion: false)))
        #expect(values.contains(.mission("NMI")))
        #expect(values.contains { if case .cost(let c) = $0 { c.amountCents == 1_830_000_000 } else { false } })
    }

    @Test func scriptsStylesAndTheHeadAreDroppedWhenClosedAndAnUnclosedOneKeepsWhatFollows() throws {
        let html = """
            <html><HEAD><title>Kop</title></head ><body><p>Eerste<script type="x">var a = '<p>';</SCRIPT>
            alinea.</p><style>p { color: red }</style\n><p>Tweede <scripts>blijft</scripts> alinea.</p>
            <noscript>zonder</noscript><template>sjabloon</template><p>Derde <script>open tot het einde
            """
        let document = try reader.read(data: Data(html.utf8), fileName: "brief.html")
        #expect(document.text == "Eerste\nalinea.\n\nTweede blijft alinea.\n\nDerde open tot het einde")
    }
}
