import Foundation

/// Writes realistic letters for benchmarks by recombining and varying the paragraphs of
/// the real corpus: the same seed gives the same letters, byte for byte.
public struct CorpusGenerator: Sendable {
    /// The corpus letters, each as its paragraphs (split at blank lines).
    let letters: [[String]]
    /// Every body paragraph long enough to be prose, from all letters.
    let pool: [String]

    /// From the texts of the corpus letters.
    public init(corpus texts: [String]) {
        letters = texts.map { text in
            text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
        }
        pool = letters.flatMap { paragraphs in paragraphs.dropFirst(3).filter { $0.count > 200 } }
    }

    /// Reads the .txt letters of a folder.
    public init(corpusFolder: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: corpusFolder.path).filter {
            $0.hasSuffix(".txt")
        }.sorted()
        guard !names.isEmpty else {
            throw BenchError("geen .txt-brieven in \(corpusFolder.path) (no corpus letters)")
        }
        self.init(
            corpus: try names.map { try String(contentsOf: corpusFolder.appendingPathComponent($0), encoding: .utf8) })
    }

    /// Letter `number` of the series of `seed`: a corpus letter's frame with about a
    /// third of its paragraphs swapped for others, then its years, numbers and country varied.
    public func letter(number: Int, seed: UInt64) -> String {
        var random = SeededRandom(seed: seed, item: number)
        let frame = letters[Int.random(in: 0..<letters.count, using: &random)]
        var paragraphs: [String] = []
        paragraphs.reserveCapacity(frame.count + 1)
        for (index, paragraph) in frame.enumerated() {
            if index >= 3, paragraph.count > 200, !pool.isEmpty, random.chance(0.35) {
                paragraphs.append(pool[Int.random(in: 0..<pool.count, using: &random)])
            } else {
                paragraphs.append(paragraph)
            }
        }
        let variation = TextVariation(using: &random)
        let body = variation.apply(to: paragraphs.joined(separator: "\n\n"), using: &random)
        // A generated letter says so, and its own mark keeps it apart from its siblings.
        return "Gegenereerde brief \(seed)-\(number) (kader bench gen)\n\n" + body
    }

    /// The file name of letter `number`, sorting in number order.
    public static func fileName(number: Int) -> String {
        let digits = String(number)
        return "brief-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits + ".txt"
    }

    /// Writes letters 1…count into `folder`, in parallel; returns the bytes written.
    @discardableResult
    public func write(count: Int, seed: UInt64, to folder: URL, progress: (@Sendable (Int) -> Void)? = nil) throws
        -> Int
    {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let total = Totals()
        let chunk = 64
        let chunks = (count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { part in
            var bytes = 0
            for number in (part * chunk + 1)...min(count, (part + 1) * chunk) {
                let data = Data(letter(number: number, seed: seed).utf8)
                do {
                    try data.write(to: folder.appendingPathComponent(Self.fileName(number: number)))
                    bytes += data.count
                } catch {
                    total.fail("\(Self.fileName(number: number)): \(error)")
                }
            }
            let done = total.add(bytes: bytes, letters: min(count, (part + 1) * chunk) - part * chunk)
            progress?(done)
        }
        if let failure = total.failure { throw BenchError("kan niet schrijven (cannot write): \(failure)") }
        return total.bytes
    }
}

/// Counts shared by the writing threads.
final class Totals: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var bytes = 0
    private var letters = 0
    private(set) var failure: String?

    func add(bytes more: Int, letters done: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        bytes += more
        letters += done
        return letters
    }

    func fail(_ message: String) {
        lock.lock()
        defer { lock.unlock() }
        if failure == nil { failure = message }
    }
}

/// A benchmark that cannot go on, with the reason in Dutch and English.
public struct BenchError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
