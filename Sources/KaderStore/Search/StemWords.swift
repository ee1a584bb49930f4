import Synchronization

/// The indexed words each stem stood for, kept until the search index changes.
///
/// Finding them reads FTS5's vocabulary, which counts every use of every word the stem
/// starts: 10–20 ms for a common stem at 50,000 letters, more than ranking the matches.
/// The index changes only when letters are added, changed or removed, and each change
/// raises `documents_fts_version` (migration 007), so a kept answer is exact.
final class StemWords: Sendable {
    /// Stems kept at most; past it, all are forgotten (a search reads them again).
    let capacity: Int
    private let kept = Mutex<(version: Int, words: [String: [String]])>((version: -1, words: [:]))

    init(capacity: Int = 4_096) {
        self.capacity = capacity
    }

    /// The words kept for `stem` when the index is still at `version`.
    func words(for stem: String, version: Int) -> [String]? {
        kept.withLock { $0.version == version ? $0.words[stem] : nil }
    }

    /// Keeps the words `stem` stands for at `version`; a newer version forgets the rest.
    func keep(_ words: [String], for stem: String, version: Int) {
        kept.withLock { kept in
            if kept.version != version || kept.words.count >= capacity {
                guard version >= kept.version else { return }
                kept = (version, [:])
            }
            kept.words[stem] = words
        }
    }
}
