import Foundation
import KaderCore

/// Decisions about a contribution: extended, raised, lowered, ended, suspended, resumed,
/// continued, each with the cap and period the sentence gives.
enum DecisionExtractor {
    /// Each action with its pattern, after the words one of which every match holds (ASCII,
    /// so case folds simply): a pattern runs only on a sentence that has one of its words.
    private static let guarded: [(DecisionAction, [String], String)] = [
        (
            .raise, ["opgehoogd", "verhoogd", "uitgebreid", "hogen"],
            #"opgehoogd|verhoogd\s+naar|uitgebreid\s+naar|op\s+te\s+hogen"#
        ),
        (.lower, ["verlaagd", "afgeschaald", "verminderd"], #"verlaagd|afgeschaald\s+naar|verminderd\s+naar"#),
        (.extend, ["verleng"], #"verleng"#),
        (.suspend, ["opgeschort", "stilgelegd", "stil"], #"opgeschort|stilgelegd|lag\s+[^.]{0,40}stil"#),
        (.resume, ["hervat"], #"hervat"#),
        (.end, ["indig", "stop"], #"beëindigd|beëindigen|stopgezet|stop\s+te\s+zetten|stopzetten"#),
        (
            .continue, ["voortgezet", "voort", "blijft"],
            #"voortgezet|voort\s+te\s+zetten|blijft\s[^.]{0,60}(?:deelnemen|leveren|bijdragen)"#
        ),
    ]
    static let actions = guarded.map { ($0.0, LiteralSet($0.1), WordPattern($0.2)) }
    /// One of these is in every sentence an action matches.
    private static let actionWords = LiteralSet(guarded.flatMap(\.1))
    static let dutchCue = WordPattern(#"nederland|kabinet|bijdrage|inzet|nationaal\s+kader"#)
    private static let endedOn = regex(#"(?:beëindigd|stopgezet)\s+(?:op|per)\s+"# + DutchDate.datePattern)

    static func extract(_ context: LetterContext) -> [Finding] {
        let resolver = MissionResolver(context: context)
        var findings: [Finding] = []
        for sentence in context.letter.sentences where sentence.blockKind == .paragraph {
            let text = context.scanned(sentence)
            guard text.mayContain(actionWords),
                dutchCue.matches(text),
                let (action, _, _) = actions.first(where: { text.mayContain($0.1) && $0.2.matches(text) })
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
