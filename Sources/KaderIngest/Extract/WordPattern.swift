import Foundation

/// A case-insensitive pattern a sentence is only asked whether it matches. Its alternatives
/// that are no more than words are answered by a `PhraseSet`; the others run as a pattern,
/// and only on a text that holds one of the words every match of theirs needs. A class: as
/// a struct each read from a list of patterns copied it, a retain and release per field
/// (137,136 copies for 100 letters).
final class WordPattern: Sendable {
    /// The whole pattern, as written.
    let regex: CompiledPattern
    /// The alternatives that are phrases; nil when none is.
    let phrases: PhraseSet?
    /// The other alternatives; nil when every one is a phrase.
    private let remainder: CompiledPattern?
    /// Lower-case words one of which every match holds (the phrases' key words and those
    /// given for the other alternatives); nil when not known.
    let words: [String]?
    /// The words given for the other alternatives, looked for before they run.
    private let needs: LiteralSet?

    /// Lists of words, a word of each of which every match of the other alternatives holds
    /// too, besides `needs`.
    private let alsoNeeds: [LiteralSet]

    /// `needs`: words one of which every match of the alternatives that are more than
    /// phrases holds (ASCII, so that case folds simply). `alsoNeeds`: more such lists,
    /// for a pattern whose matches hold a word of each ("blijft … deelnemen").
    init(_ pattern: String, needs: [String]? = nil, alsoNeeds: [[String]] = []) {
        regex = KaderIngest.regex(pattern)
        let alternatives = Self.alternatives(of: pattern)
        let plain = alternatives.filter { PhraseSet(pattern: $0) != nil }
        let rest = alternatives.filter { PhraseSet(pattern: $0) == nil }
        let phrases = plain.isEmpty ? nil : PhraseSet(pattern: plain.joined(separator: "|"))
        self.phrases = phrases
        remainder = rest.isEmpty ? nil : KaderIngest.regex(rest.joined(separator: "|"))
        let restWords = rest.isEmpty ? [] : needs
        words = restWords.map { (phrases?.keyWords ?? []) + $0 }
        self.needs = rest.isEmpty ? nil : needs.map { LiteralSet($0) }
        self.alsoNeeds = rest.isEmpty ? [] : alsoNeeds.map { LiteralSet($0) }
    }

    /// Whether the pattern matches somewhere in `text`: one of its alternatives does.
    func matches(_ text: ScalarText) -> Bool {
        if let phrases, phrases.occurs(in: text) { return true }
        guard let remainder else { return false }
        if let needs, !text.mayContain(needs) { return false }
        for words in alsoNeeds where !text.mayContain(words) { return false }
        return text.firstMatch(remainder) != nil
    }

    /// The pattern's alternatives at its top level: split at each `|` outside brackets,
    /// groups and escapes.
    static func alternatives(of pattern: String) -> [String] {
        var found: [String] = []
        var current = ""
        var depth = 0
        var inClass = false
        var escaped = false
        for character in pattern {
            if escaped || character == "\\" {
                current.append(character)
                escaped = !escaped
                continue
            }
            switch character {
            case "[" where !inClass: inClass = true
            case "]" where inClass: inClass = false
            case "(" where !inClass: depth += 1
            case ")" where !inClass: depth -= 1
            case "|" where !inClass && depth == 0:
                found.append(current)
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        found.append(current)
        return found
    }
}
