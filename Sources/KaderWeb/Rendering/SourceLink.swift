import KaderCore

/// A link from a figure to the sentence it comes from, or the name of who entered it.
struct SourceLink: Sendable {
    let href: String?
    /// The quoted sentence, or "ingevoerd door …".
    let title: String
    /// The short label of the source: the letter's date or Kamerstuk, or the user.
    let label: String

    init(_ provenance: Provenance, documents: LettersByID) {
        switch provenance {
        case .source(let span):
            href = SourceLink.href(span)
            title = span.quote
            let document = documents[span.documentID]
            if let kamerstuk = document?.kamerstuk {
                label = "Kamerstuk \(kamerstuk)"
            } else if let date = document?.date {
                label = "brief van \(date.dutch)"
            } else {
                label = document?.title ?? span.documentID
            }
        case .entered(let user, _):
            href = nil
            title = "ingevoerd door \(user)"
            label = "ingevoerd door \(user)"
        }
    }

    /// `/brieven/ID#bron-START-END`: the letter page marks that range.
    static func href(_ span: SourceSpan) -> String { span.letterPath }

    static func anchor(_ span: SourceSpan) -> String { span.anchor }
}
