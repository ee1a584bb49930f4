import Foundation

/// The kinds of letter the registry knows.
public enum DocumentType: String, Sendable, Hashable, Codable, CaseIterable {
    case artikel100 = "artikel-100-brief"
    case voortgangsrapportage
    case kennisgevingsbrief
    case brief
    case evaluatie

    public var label: String {
        switch self {
        case .artikel100: "artikel 100-brief"
        case .voortgangsrapportage: "voortgangsrapportage"
        case .kennisgevingsbrief: "kennisgevingsbrief"
        case .brief: "brief"
        case .evaluatie: "evaluatie"
        }
    }
}

/// The house of parliament a letter is addressed to.
public enum Addressee: String, Sendable, Hashable, Codable, CaseIterable {
    case tweedeKamer = "Tweede Kamer"
    case eersteKamer = "Eerste Kamer"
}

/// A letter or report as stored: its text and what is known about it.
public struct Document: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var fileName: String
    public var kamerstuk: KamerstukID?
    public var type: DocumentType
    /// The date printed in the letter ("Den Haag, 7 juli 2023"), nil when none is.
    public var date: Day?
    /// For a letter that prints no date: the day its decisions are taken to hold from,
    /// chosen by a person, with `assumedDateNote` saying why.
    public var assumedDate: Day?
    public var assumedDateNote: String?
    public var addressee: Addressee?
    public var title: String
    public var signatories: [String]
    public var text: String
    /// SHA-256 of the text, hex: the same letter is never stored twice.
    public var contentHash: String
    /// Who may read it; its facts inherit it.
    public var classification: Classification

    /// The printed date, else the assumed one: the day the letter's decisions count from.
    public var effectiveDate: Day? { date ?? assumedDate }

    public init(
        id: String, fileName: String, kamerstuk: KamerstukID? = nil, type: DocumentType = .brief,
        date: Day? = nil, assumedDate: Day? = nil, assumedDateNote: String? = nil, addressee: Addressee? = nil,
        title: String, signatories: [String] = [], text: String, contentHash: String? = nil,
        classification: Classification = .openbaar
    ) {
        self.classification = classification
        self.id = id
        self.fileName = fileName
        self.kamerstuk = kamerstuk
        self.type = type
        self.date = date
        self.assumedDate = assumedDate
        self.assumedDateNote = assumedDateNote
        self.addressee = addressee
        self.title = title
        self.signatories = signatories
        self.text = text
        self.contentHash = contentHash ?? SHA256.hex(of: Data(text.utf8))
    }
}

/// A citation of a Kamerstuk in a document.
public struct Reference: Sendable, Hashable, Codable {
    public var documentID: String
    public var target: KamerstukID
    public var isMotion: Bool
    public var provenance: Provenance

    public init(documentID: String, target: KamerstukID, isMotion: Bool, provenance: Provenance) {
        self.documentID = documentID
        self.target = target
        self.isMotion = isMotion
        self.provenance = provenance
    }
}

/// A motion adopted by parliament (motie), such as Bosman c.s. on monitoring.
public struct Motion: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var kamerstuk: KamerstukID
    public var title: String
    public var subject: String?
    public var provenance: Provenance

    public init(id: String, kamerstuk: KamerstukID, title: String, subject: String?, provenance: Provenance) {
        self.id = id
        self.kamerstuk = kamerstuk
        self.title = title
        self.subject = subject
        self.provenance = provenance
    }
}
