import Foundation

/// Makes PDFs of letters for tests, with Python's reportlab (installed by `.ci/run`).
public enum TestPDF {
    /// Writes `text` as a PDF, one original line per PDF line; throws when Python or reportlab fails.
    public static func write(_ text: String, to url: URL) throws {
        let script = """
            import sys
            from reportlab.lib.pagesizes import A4
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            font = "Helvetica"
            for path in ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf"]:
                try:
                    pdfmetrics.registerFont(TTFont("DejaVu", path)); font = "DejaVu"; break
                except Exception:
                    pass
            text = open(sys.argv[1], encoding="utf-8").read()
            c = canvas.Canvas(sys.argv[2], pagesize=A4)
            y = 800
            for line in text.split("\\n"):
                if y < 40:
                    c.showPage(); y = 800
                c.setFont(font, 8)
                c.drawString(30, y, line)
                y -= 11
            c.save()
            """
        let folder = url.deletingLastPathComponent()
        let source = folder.appendingPathComponent("letter-source.txt")
        let program = folder.appendingPathComponent("make-pdf.py")
        try text.write(to: source, atomically: true, encoding: .utf8)
        try script.write(to: program, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", program.path, source.path, url.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}
