import SQLKit
import SQLiteKit

/// One column's value as a statement binds it: text, a whole number, a real number or NULL,
/// the kinds of value both SQLite and PostgreSQL store for Kader.
enum BoundValue: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case real(Double)
    case null

    init(_ text: String?) { self = text.map { .text($0) } ?? .null }
    init(_ number: Int?) { self = number.map { .integer($0) } ?? .null }

    /// The value as SQLKit binds it, through the dialect's encoder; nil for NULL.
    var encodable: (any Encodable & Sendable)? {
        switch self {
        case .text(let text): text
        case .integer(let number): number
        case .real(let number): number
        case .null: nil
        }
    }

    /// The value as SQLite binds it, without asking the runtime whether it is
    /// `SQLiteDataConvertible` (sqlite-kit's encoder does, for every value).
    var sqliteData: SQLiteData {
        switch self {
        case .text(let text): .text(text)
        case .integer(let number): .integer(SQLiteInt64(number))
        case .real(let number): .float(number)
        case .null: .null
        }
    }
}
