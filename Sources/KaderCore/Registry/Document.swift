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
///
/// Its fields live in one shared box, copied only when a copy is changed: the registry
/// copies arrays of tens of thousands of letters (merging the changed ones in, looking
/// them up by id), and each copy of a letter of eight strings was eight retains.
public struct Document: Sendable, Hashable, Codable, Identifiable {
    /// What a letter holds; encoded as the letter itself.
    private struct Fields: Sendable, Hashable, Codable {
        var id: String
        var fileName: String
        var kamerstuk: KamerstukID?
        var type: DocumentType
        var date: Day?
        var assumedDate: Day?
        var assumedDateNote: String?
        var addressee: Addressee?
        var title: String
        var signatories: [String]
        var text: String
        var contentHash: String
        var classification: Classification
    }

    /// The box copies share until one of them changes (as the standard library's arrays do).
    private final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    /// Changes this copy's fields, in a box of its own when the box is shared.
    private mutating func change(_ body: (inout Fields) -> Void) {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        body(&box.fields)
    }

    public var id: String {
        get { box.fields.id }
        set { change { $0.id = newValue } }
    }
    public var fileName: String {
        get { box.fields.fileName }
        set { change { $0.fileName = newValue } }
    }
    public var kamerstuk: KamerstukID? {
        get { box.fields.kamerstuk }
        set { change { $0.kamerstuk = newValue } }
    }
    public var type: DocumentType {
        get { box.fields.type }
        set { change { $0.type = newValue } }
    }
    /// The date printed in the letter ("Den Haag, 7 juli 2023"), nil when none is.
    public var date: Day? {
        get { box.fields.date }
        set { change { $0.date = newValue } }
    }
    /// For a letter that prints no date: the day its decisions are taken to hold from,
    /// chosen by a person, with `assumedDateNote` saying why.
    public var assumedDate: Day? {
        get { box.fields.assumedDate }
        set { change { $0.assumedDate = newValue } }
    }
    public var assumedDateNote: String? {
        get { box.fields.assumedDateNote }
        set { change { $0.assumedDateNote = newValue } }
    }
    public var addressee: Addressee? {
        get { box.fields.addressee }
        set { change { $0.addressee = newValue } }
    }
    public var title: String {
        get { box.fields.title }
        set { change { $0.title = newValue } }
    }
    public var signatories: [String] {
        get { box.fields.signatories }
        set { change { $0.signatories = newValue } }
    }
    public var text: String {
        get { box.fields.text }
        set { change { $0.text = newValue } }
    }
    /// SHA-256 of the text, hex: the same letter is never stored twice.
    public var contentHash: String {
        get { box.fields.contentHash }
        set { change { $0.contentHash = newValue } }
    }
    /// Who may read it; its facts inherit it.
    public var classification: Classification {
        get { box.fields.classification }
        set { change { $0.classification = newValue } }
    }

    /// The printed date, else the assumed one: the day the letter's decisions count from.
    public var effectiveDate: Day? { date ?? assumedDate }

    public init(
        id: String, fileName: String, kamerstuk: KamerstukID? = nil, type: DocumentType = .brief,
        date: Day? = nil, assumedDate: Day? = nil, assumedDateNote: String? = nil, addressee: Addressee? = nil,
        title: String, signatories: [String] = [], text: String, contentHash: String? = nil,
        classification: Classification = .openbaar
    ) {
        box = Box(
            Fields(
                id: id, fileName: fileName, kamerstuk: kamerstuk, type: type, date: date, assumedDate: assumedDate,
                assumedDateNote: assumedDateNote, addressee: addressee, title: title, signatories: signatories,
                text: text, contentHash: contentHash ?? SHA256.hex(of: Data(text.utf8)),
                classification: classification))
    }

    public init(from decoder: any Decoder) throws {
        box = Box(try Fields(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try box.fields.encode(to: encoder)
    }

    public static func == (lhs: Document, rhs: Document) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(box.fields)
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
