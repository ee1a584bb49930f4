/// When a commitment to parliament is due.
public enum DueMoment: Sendable, Hashable, Codable, CustomStringConvertible {
    case date(Day)
    /// A named period as the letter says it ("najaar 2023", "na de zomer").
    case period(String)
    /// "in de volgende voortgangsrapportage".
    case nextProgressReport

    public var description: String {
        switch self {
        case .date(let day): day.dutch
        case .period(let name): name
        case .nextProgressReport: "volgende voortgangsrapportage"
        }
    }
}

extension DueMoment {
    private enum CodingKeys: String, CodingKey {
        case date, period, nextProgressReport
    }

    /// `{"date": "2025-05-31"}`, `{"period": "najaar 2023"}` or `{"nextProgressReport": true}`,
    /// as in the curated registry file.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let day = try container.decodeIfPresent(Day.self, forKey: .date) {
            self = .date(day)
        } else if let period = try container.decodeIfPresent(String.self, forKey: .period) {
            self = .period(period)
        } else if try container.decodeIfPresent(Bool.self, forKey: .nextProgressReport) == true {
            self = .nextProgressReport
        } else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "a due moment needs date, period or nextProgressReport"))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .date(let day): try container.encode(day, forKey: .date)
        case .period(let name): try container.encode(name, forKey: .period)
        case .nextProgressReport: try container.encode(true, forKey: .nextProgressReport)
        }
    }
}

/// Whether a commitment has been kept.
public enum CommitmentStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case open, met, dropped

    public var label: String {
        switch self {
        case .open: "open"
        case .met: "nagekomen"
        case .dropped: "vervallen"
        }
    }
}

/// A promise the government made to parliament (toezegging).
public struct Commitment: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var text: String
    public var documentID: String?
    public var missionID: String?
    public var due: DueMoment?
    /// "jaarlijks", "halfjaarlijks": each occurrence is due in turn.
    public var recurrence: String?
    public var status: CommitmentStatus
    /// The document that kept the promise.
    public var fulfilledBy: String?
    public var provenance: Provenance

    public init(
        id: String, text: String, documentID: String?, missionID: String? = nil, due: DueMoment?,
        recurrence: String? = nil, status: CommitmentStatus = .open, fulfilledBy: String? = nil,
        provenance: Provenance
    ) {
        self.id = id
        self.text = text
        self.documentID = documentID
        self.missionID = missionID
        self.due = due
        self.recurrence = recurrence
        self.status = status
        self.fulfilledBy = fulfilledBy
        self.provenance = provenance
    }
}
