import Foundation

/// Writing to standard error.
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// A one-line progress bar on standard error.
struct ProgressBar {
    let total: Int
    let enabled: Bool
    private let width = 30

    func show(_ done: Int, label: String) {
        guard enabled else { return }
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
