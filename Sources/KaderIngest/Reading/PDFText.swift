import Foundation

/// The text of a PDF through `pdftotext -layout` (Debian's poppler-utils), run as a
/// subprocess: a PDF is parsed outside Kader's process, and its layout keeps the lines.
enum PDFText {
    /// Where pdftotext is looked for, in order.
    static let candidates = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext", "/opt/homebrew/bin/pdftotext"]

    static func extract(_ data: Data, fileName: String) throws -> String {
        guard data.starts(with: Data("%PDF-".utf8)) else {
            throw LetterReadError(file: fileName, reason: "geen PDF-bestand (not a PDF file)")
        }
        guard let tool = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw LetterReadError(
                file: fileName,
                reason: "pdftotext ontbreekt; installeer poppler-utils (pdftotext is not installed)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kader-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("brief.pdf")
        let output = folder.appendingPathComponent("brief.txt")
        try data.write(to: input)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-layout", "-enc", "UTF-8", "-q", input.path, output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw LetterReadError(file: fileName, reason: "kan pdftotext niet starten (cannot run pdftotext)")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0, let bytes = try? Data(contentsOf: output) else {
            throw LetterReadError(
                file: fileName, reason: "beschadigd of onvolledig PDF-bestand (damaged or truncated PDF)")
        }
        let text = String(decoding: bytes, as: UTF8.self)
            // pdftotext ends each page with a form feed; a page break is a line break here.
            .replacingOccurrences(of: "\u{0C}", with: "\n")
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw LetterReadError(
                file: fileName, reason: "de PDF bevat geen tekst, alleen beeld (PDF without text; scan?)")
        }
        return text
    }
}
