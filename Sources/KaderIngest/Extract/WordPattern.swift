import Foundation

/// A case-insensitive pattern a sentence is only asked whether it matches. When the pattern
/// is no more than word alternatives it is answered by its `PhraseSet`; otherwise it runs.
struct WordPattern: Sendable {
    let regex: NSRegularExpression
    /// The pattern's phrases, nil when it is more than phrases.
    let phrases: PhraseSet?

    init(_ pattern: String) {
        regex = KaderIngest.regex(pattern)
        phrases = PhraseSet(pattern: pattern)
    }

    /// Whether the pattern matches somewhere in `text`.
    func matches(_ text: ScalarText) -> Bool {
        if let phrases { return phrases.occurs(in: text) }
        return text.firstMatch(regex) != nil
    }
}
