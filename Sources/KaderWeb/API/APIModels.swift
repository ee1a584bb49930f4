import KaderCore
import KaderStore

/// A letter without its text, for lists.
struct DocumentSummary: Encodable, Sendable {
    let id: String
    let fileName: String
    let kamerstuk: KamerstukID?
    let type: DocumentType
    let date: Day?
    let assumedDate: Day?
    let addressee: Addressee?
    let title: String
    let signatories: [String]
    let contentHash: String
    let href: String

    init(_ document: Document) {
        id = document.id
        fileName = document.fileName
        kamerstuk = document.kamerstuk
        type = document.type
        date = document.date
        assumedDate = document.assumedDate
        addressee = document.addressee
        title = document.title
        signatories = document.signatories
        contentHash = document.contentHash
        href = "/brieven/\(document.id)"
    }
}

/// A mission with its contributions.
struct MissionDetail: Encodable, Sendable {
    let mission: Mission
    let contributions: [Contribution]
}

/// A fact of a letter with the range of its sentence.
struct FactView: Encodable, Sendable {
    let kind: String
    let summary: String
    let source: SourceSpan

    init(_ fact: SourcedFact) {
        kind = fact.kind
        summary = fact.summary
        source = fact.span
    }
}

/// A search result; the snippet marks matches with `[` and `]`-free `<mark>` tags.
struct SearchResult: Encodable, Sendable {
    let documentId: String
    let title: String
    let type: DocumentType
    let date: Day?
    let snippetHtml: String
    let href: String
}
