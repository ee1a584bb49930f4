import Foundation

/// Lines for the terminal, written at once.
enum Console {
    /// A line on standard output, written at once: into a pipe or a log too, not when 8 KB
    /// have gathered, so whoever follows a long run sees each step as it happens.
    static func line(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// A one-line progress bar on standard error.
final class ProgressBar {
    let total: Int
    let enabled: Bool
    private let width = 30
    /// The last per-mille drawn: tens of thousands of files redraw only a thousand times.
    private var drawn = -1

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    func show(_ done: Int, label: String) {
        guard enabled else { return }
        let permille = total == 0 ? 1000 : done * 1000 / total
        guard permille != drawn || total <= 1000 else { return }
        drawn = permille
        let filled = total == 0 ? width : done * width / total
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) \(label.prefix(40))\u{1B}[K".utf8))
    }

    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    func finish() {
        guard enabled else { return }
        show(total, label: "klaar")
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
