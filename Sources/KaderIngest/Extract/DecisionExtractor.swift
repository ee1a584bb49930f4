import Foundation
import KaderCore

/// Decisions about a contribution: extended, raised, lowered, ended, suspended, resumed,
/// continued, each with the cap and period the sentence gives.
enum DecisionExtractor {
    /// Each action with its pattern; the alternatives that are more than phrases name the
    /// words one of which each of their matches holds.
    static let actions: [(DecisionAction, WordPattern)] = [
        (.raise, WordPattern(#"opgehoogd|verhoogd\s+naar|uitgebreid\s+naar|op\s+te\s+hogen"#)),
        (.lower, WordPattern(#"verlaagd|afgeschaald\s+naar|verminderd\s+naar"#)),
        (.extend, WordPattern(#"verleng"#)),
        (
            .suspend,
            WordPattern(#"opgeschort|stilgelegd|lag\s+[^.]{0,40}stil"#, needs: ["stil"])
        ),
        (.resume, WordPattern(#"hervat"#)),
        // "indig", not "beëindig": a capital Ë does not fold as A–Z do.
        (
            .end,
            WordPattern(#"beëindigd|beëindigen|stopgezet|stop\s+te\s+zetten|stopzetten"#, needs: ["indig"])
        ),
        (
            .continue,
            WordPattern(
                #"voortgezet|voort\s+te\s+zetten|blijft\s[^.]{0,60}(?:deelnemen|leveren|bijdragen)"#,
                needs: ["blijft"], alsoNeeds: [["deelnemen", "leveren", "bijdragen"]])
        ),
    ]
    /// One of these is in every sentence an action matches (an action without known words
    /// adds the empty word, which every text holds).
    private static let actionWords = LiteralSet(actions.flatMap { $0.1.words ?? [""] })
    static let dutchCue = WordPattern(#"nederland|kabinet|bijdrage|inzet|nationaal\s+kader"#)
    private static let endedOn = regex(#"(?:beëindigd|stopgezet)\s+(?:op|per)\s+"# + DutchDate.datePattern)

    static func extract(_ context: LetterContext) -> [Finding] {
        let resolver = MissionResolver(context: context)
        var findings: [Finding] = []
        for (sentence, text) in context.scannedSentences where sentence.blockKind == .paragraph {
            guard text.mayContain(actionWords),
                dutchCue.matches(text),
                let (action, _) = actions.first(where: { $0.1.matches(text) })
            else { continue }
            var period = DutchDate.period(in: text)
            if action == .end, period.end == nil, let match = text.firstMatch(endedOn) {
                period = Period(
                    start: period.start,
                    end: DutchDate.day(
                        day: match.group(1), month: match.group(2), year: match.group(3), endOfMonth: true))
            }
            let counts = PersonnelCount.find(in: text)
            let count = counts.first { $0.qualified } ?? counts.first
            let decision = DecisionCandidate(
                mission: resolver.mission(for: sentence),
                component: count.map { FrameworkExtractor.component($0, in: text) }, action: action,
                cap: count?.cap, period: period)
            findings.append(Finding(value: .decision(decision), range: sentence.range, confidence: 0.6))
        }
        return findings
    }
}
