import Foundation
import KaderCore

/// Decisions about a contribution: extended, raised, lowered, ended, suspended, resumed,
/// continued, each with the cap and period the sentence gives.
enum DecisionExtractor {
    /// Each action's pattern, after the words one of which every match holds (ASCII, so
    /// case folds simply): a pattern runs only on a sentence that has one of its words.
    static let actions: [(DecisionAction, LiteralSet, NSRegularExpression)] = [
        (
            .raise, LiteralSet(["opgehoogd", "verhoogd", "uitgebreid", "hogen"]),
            regex(#"opgehoogd|verhoogd\s+naar|uitgebreid\s+naar|op\s+te\s+hogen"#)
        ),
        (
            .lower, LiteralSet(["verlaagd", "afgeschaald", "verminderd"]),
            regex(#"verlaagd|afgeschaald\s+naar|verminderd\s+naar"#)
        ),
        (.extend, LiteralSet(["verleng"]), regex(#"verleng"#)),
        (
            .suspend, LiteralSet(["opgeschort", "stilgelegd", "stil"]),
            regex(#"opgeschort|stilgelegd|lag\s+[^.]{0,40}stil"#)
        ),
        (.resume, LiteralSet(["hervat"]), regex(#"hervat"#)),
        (
            .end, LiteralSet(["indig", "stop"]),
            regex(#"beëindigd|beëindigen|stopgezet|stop\s+te\s+zetten|stopzetten"#)
        ),
        (
            .continue, LiteralSet(["voortgezet", "voort", "blijft"]),
            regex(#"voortgezet|voort\s+te\s+zetten|blijft\s[^.]{0,60}(?:deelnemen|leveren|bijdragen)"#)
        ),
    ]
    /// One of these is in every sentence an action matches.
    private static let actionWords = LiteralSet([
        "opgehoogd", "verhoogd", "uitgebreid", "hogen", "verlaagd", "afgeschaald", "verminderd", "verleng",
        "opgeschort", "stilgelegd", "stil", "hervat", "indig", "stop", "voortgezet", "voort", "blijft",
    ])
    private static let dutchCue = regex(#"nederland|kabinet|bijdrage|inzet|nationaal\s+kader"#)
    /// The plain words of `dutchCue`: where one stands the pattern matches, without running.
    private static let dutchWords = LiteralSet(["nederland", "kabinet", "bijdrage", "inzet"])
    private static let endedOn = regex(#"(?:beëindigd|stopgezet)\s+(?:op|per)\s+"# + DutchDate.datePattern)

    static func extract(_ context: LetterContext) -> [Finding] {
        let resolver = MissionResolver(context: context)
        var findings: [Finding] = []
        for sentence in context.letter.sentences where sentence.blockKind == .paragraph {
            let text = context.scanned(sentence)
            guard text.mayContain(actionWords),
                text.mayContain(dutchWords) || (text.mayContain(["nationaal"]) && text.firstMatch(dutchCue) != nil),
                let (action, _, _) = actions.first(where: { text.mayContain($0.1) && text.firstMatch($0.2) != nil })
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
