/// Every mission the letter names, by canonical short name, at its first mention.
enum MissionExtractor {
    static func extract(_ context: LetterContext) -> [Finding] {
        var seen = Set<String>()
        var findings: [Finding] = []
        for mention in context.mentions where seen.insert(mention.mission).inserted {
            let sentence = context.letter.sentences.first { $0.range.contains(mention.range.lowerBound) }
            findings.append(
                Finding(value: .mission(mention.mission), range: sentence?.range ?? mention.range, confidence: 0.9))
        }
        return findings
    }
}
