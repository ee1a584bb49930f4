import Foundation
import KaderCore

/// The calendar feed: framework end dates, commitment due dates and reporting duties,
/// as all-day events that Outlook and Thunderbird accept (RFC 5545).
public struct ICalendar: Sendable {
    /// One all-day event.
    public struct Event: Sendable, Equatable {
        public let uid: String
        public let day: Day
        public let summary: String
        public let description: String
        public let url: String?

        public init(uid: String, day: Day, summary: String, description: String, url: String?) {
            self.uid = uid
            self.day = day
            self.summary = summary
            self.description = description
            self.url = url
        }
    }

    public let events: [Event]

    /// Every end date a decision ever set (superseded ones say so), and every commitment
    /// due on a date. `extra` adds events from elsewhere (e.g. the monitoring rules).
    public init(registry: Registry, baseURL: String = "", extra: [Event] = []) {
        let components = Dictionary(registry.contributions.map { ($0.id, "\($0.missionID) \($0.component)") }) { a, _ in
            a
        }
        let byContribution = Dictionary(grouping: registry.decisions, by: \.contributionID)
        var events: [Event] = []
        var seen = Set<String>()
        // Newest first, so that a date set again (an extension, then the end itself) is one
        // event, described by the latest decision.
        for decision in registry.decisions.sorted(by: { $0.date > $1.date }) {
            guard let end = decision.period.end, seen.insert("\(decision.contributionID) \(end.iso)").inserted else {
                continue
            }
            let name = components[decision.contributionID] ?? decision.contributionID
            let later = (byContribution[decision.contributionID] ?? []).filter {
                $0.date > decision.date && $0.period.end != nil && $0.period.end != end
            }.max { $0.date < $1.date }
            var description =
                "Nationaal kader \(name) loopt tot en met \(end.dutch) (besluit van \(decision.date.dutch))."
            if let later, let newEnd = later.period.end {
                description += " Later gewijzigd: tot en met \(newEnd.dutch) (besluit van \(later.date.dutch))."
            }
            if let span = decision.provenance.span { description += " Bron: “\(QuoteText.clean(span.quote))”" }
            events.append(
                Event(
                    uid: "kader-besluit-\(decision.id)", day: end, summary: "Einde nationaal kader: \(name)",
                    description: description,
                    url: decision.provenance.span.map {
                        baseURL + $0.letterPath
                    }))
        }
        for commitment in registry.commitments {
            guard case .date(let day) = commitment.due else { continue }
            events.append(
                Event(
                    uid: "kader-toezegging-\(commitment.id)", day: day, summary: "Toezegging aan de Kamer",
                    description: "\(commitment.text) (status: \(commitment.status.label))",
                    url: "\(baseURL)/toezeggingen#toezegging-\(commitment.id)"))
        }
        self.events = (events + extra).sorted { ($0.day, $0.uid) < ($1.day, $1.uid) }
    }

    /// The feed as text, CRLF line ends, long lines folded at 75 octets.
    public func render(stamp: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let dtstamp = formatter.string(from: stamp)
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kader//Missiebijdragen//NL", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:Kader: kaders, toezeggingen en rapportages",
        ]
        for event in events {
            let date = event.day.iso.replacingOccurrences(of: "-", with: "")
            let next = event.day.adding(days: 1).iso.replacingOccurrences(of: "-", with: "")
            lines += [
                "BEGIN:VEVENT", "UID:\(event.uid)@kader", "DTSTAMP:\(dtstamp)", "DTSTART;VALUE=DATE:\(date)",
                "DTEND;VALUE=DATE:\(next)", "SUMMARY:\(Self.escape(event.summary))",
                "DESCRIPTION:\(Self.escape(event.description))", "TRANSP:TRANSPARENT",
            ]
            if let url = event.url { lines.append("URL:\(url)") }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    public static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\r\n", with: "\\n")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Folds a line into pieces of at most 75 octets, never splitting a UTF-8 character.
    public static func fold(_ line: String) -> String {
        var pieces: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = pieces.isEmpty ? 75 : 74
            if octets + size > limit {
                pieces.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }
}
