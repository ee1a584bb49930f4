import Foundation

/// A case-insensitive pattern a sentence is only asked whether it matches. When the pattern
/// is no more than word alternatives it is answered by its `PhraseSet`; otherwise it runs,
/// and only on a text that holds one of the words every match needs.
struct WordPattern: Sendable {
    let regex: NSRegularExpression
    /// The pattern's phrases, nil when it is more than phrases.
    let phrases: PhraseSet?
    /// Lower-case words one of which every match holds: those given, or the phrases' first
    /// words; nil when neither is known.
    let words: [String]?
    /// `words` to look for before the pattern runs.
    private let needs: LiteralSet?

    /// `needs`: words one of which every match of `pattern` holds (ASCII, so that case folds
    /// simply), for a pattern that is more than phrases.
    init(_ pattern: String, needs: [String]? = nil) {
        regex = KaderIngest.regex(pattern)
        phrases = PhraseSet(pattern: pattern)
        words = needs ?? phrases?.firstWords
        self.needs = needs.map(LiteralSet.init)
    }

    /// Whether the pattern matches somewhere in `text`.
    func matches(_ text: ScalarText) -> Bool {
        if let phrases { return phrases.occurs(in: text) }
        if let needs, !text.mayContain(needs) { return false }
        return text.firstMatch(regex) != nil
    }
}
