import Foundation

/// Turns an HTML page into PDF with Debian's chromium in headless mode (print to PDF).
public enum PDFPrinter {
    /// Why no PDF could be made.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The browser to print with: `KADER_CHROMIUM`, else chromium on the PATH.
    static func browser() throws -> String {
        if let path = ProcessInfo.processInfo.environment["KADER_CHROMIUM"] { return path }
        for candidate in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        throw Failure(
            description:
                "geen chromium gevonden om PDF te maken; installeer het Debian-pakket chromium (no chromium to print PDF)"
        )
    }

    /// The PDF of `html`; the page's own CSS decides the layout.
    public static func pdf(fromHTML html: String) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kader-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("rapport.html")
        let output = folder.appendingPathComponent("rapport.pdf")
        try Data(html.utf8).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try browser())
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=\(folder.path)/profiel",
            "--print-to-pdf=\(output.path)", input.absoluteString,
        ]
        let log = Pipe()
        process.standardOutput = log
        process.standardError = log
        try process.run()
        // Drain the pipe so the browser never blocks on a full buffer.
        let messages = log.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard let data = try? Data(contentsOf: output), data.starts(with: Data("%PDF".utf8)) else {
            throw Failure(
                description:
                    "chromium maakte geen PDF (exit \(process.terminationStatus)): \(String(decoding: messages.suffix(400), as: UTF8.self))"
            )
        }
        return data
    }
}
