import Foundation
import KaderCore

/// Commitments to parliament: what the government will inform it about, and when.
enum CommitmentExtractor {
    /// A promise looks ahead: "zal … informeren", "wordt naar verwachting na de zomer
    /// geïnformeerd", "halfjaarlijks informeren", "in de volgende voortgangsrapportage".
    static let promise = regex(
        #"(?:zal|zullen)\b[^.]{0,160}(?:informeren|geïnformeerd|rapporteren|terugkomen|berichten)|(?:wordt|worden)\b[^.]{0,100}(?:naar\s+verwachting|nader|later|separaat|afzonderlijk|dit\s+(?:voorjaar|najaar)|na\s+de\s+zomer|voor\s+de\s+zomer|voor\s+het\s+eind)[^.]{0,100}geïnformeerd|(?:halfjaarlijks|jaarlijks)\s+(?:te\s+)?(?:informeren|rapporteren)|in\s+de\s+volgende\s+voortgangsrapportage"#
    )
    /// `promise` in its parts, each run only on a sentence with its words: run whole, its
    /// long gaps were tried after every "wordt" of a sentence that says "zal". Letters say
    /// "informeren" in many sentences that promise nothing.
    static let promises = [
        WordPattern(
            #"(?:zal|zullen)\b[^.]{0,160}(?:informeren|geïnformeerd|rapporteren|terugkomen|berichten)"#,
            needs: ["zal", "zullen"],
            alsoNeeds: [["informeren", "nformeerd", "rapporteren", "terugkomen", "berichten"]]),
        WordPattern(
            #"(?:wordt|worden)\b[^.]{0,100}(?:naar\s+verwachting|nader|later|separaat|afzonderlijk|dit\s+(?:voorjaar|najaar)|na\s+de\s+zomer|voor\s+de\s+zomer|voor\s+het\s+eind)[^.]{0,100}geïnformeerd"#,
            needs: ["nformeerd"],
            alsoNeeds: [
                ["wordt", "worden"],
                [
                    "verwachting", "nader", "later", "separaat", "afzonderlijk", "voorjaar", "najaar", "zomer",
                    "eind",
                ],
            ]),
        WordPattern(
            #"(?:halfjaarlijks|jaarlijks)\s+(?:te\s+)?(?:informeren|rapporteren)|in\s+de\s+volgende\s+voortgangsrapportage"#
        ),
    ]
    /// One of these is in every sentence `promise` matches.
    private static let promiseWords = LiteralSet([
        "informeren", "nformeerd", "rapporteren", "terugkomen", "berichten", "voortgangsrapportage",
    ])
    static let parliament = WordPattern(#"(?:uw|de|Tweede|Eerste)\s+Kamer|parlement"#)
    private static let past = regex(#"is\s+(?:uw|de)\s+Kamer[^.]{0,60}geïnformeerd|werd\s+geïnformeerd|informeerde"#)
    static let monthYear = regex(DutchDate.monthPattern + #"\s+(\d{4})"#)
    static let season = regex(
        #"(?:dit|in\s+het|het)\s+(voorjaar|najaar|zomer|winter)|na\s+de\s+zomer|voor\s+de\s+zomer|(?:voor\s+het\s+)?eind(?:e)?\s+van\s+(?:dit|het)\s+jaar"#
    )
    /// One of these is in every match of `season`, which has no first word to skip ahead to
    /// and was tried at every scalar (none of them holds a letter pair that folds from one
    /// scalar, such as "st" or "fi").
    static let seasonWords = LiteralSet(["voorjaar", "najaar", "zomer", "winter", "eind"])
    private static let recurrence = regex(#"(halfjaarlijks|jaarlijks|per\s+kwartaal|maandelijks)"#)

    static func extract(_ context: LetterContext) -> [Finding] {
        let resolver = MissionResolver(context: context)
        let year = context.letterDate?.year
        var findings: [Finding] = []
        for (sentence, text) in context.scannedSentences where sentence.blockKind == .paragraph {
            // The parliament's words before the promise: its pattern is the costlier.
            guard text.mayContain(promiseWords), parliament.matches(text),
                promises.contains(where: { $0.matches(text) }),
                text.firstMatch(past) == nil
            else { continue }
            let commitment = CommitmentCandidate(
                text: sentence.text, due: due(in: text, year: year), recurrence: text.firstMatch(recurrence)?.value,
                mission: resolver.mission(for: sentence))
            findings.append(Finding(value: .commitment(commitment), range: sentence.range, confidence: 0.7))
        }
        return findings
    }

    /// "in de volgende voortgangsrapportage (mei 2025)" is due at the end of May 2025;
    /// "dit najaar" in a letter of 2023 is "najaar 2023".
    static func due(in text: ScalarText, year: Int?) -> DueMoment? {
        // Only around the months' names (`DutchDate.dateRegions`), as `DutchDate.period` looks:
        // tried at every scalar, the pattern cost more than the rest of the sentence.
        if text.mayContain(DutchDate.monthLiterals),
            let match = text.firstMatch(monthYear, regions: DutchDate.dateRegions(text.scalars)),
            let day = DutchDate.day(day: nil, month: match.group(1), year: match.group(2), endOfMonth: true)
        {
            return .date(day)
        }
        if text.string.lowercased().contains("volgende voortgangsrapportage") { return .nextProgressReport }
        if text.mayContain(seasonWords), let match = text.firstMatch(season) {
            var name = match.value.lowercased()
            for prefix in ["dit ", "in het ", "het "] where name.hasPrefix(prefix) { name.removeFirst(prefix.count) }
            return .period(year.map { "\(name) \($0)" } ?? name)
        }
        return nil
    }
}
