import Foundation
import KaderCore
import SQLKit

/// A row of `documents`.
struct DocumentRow: StoredRow {
    static let table = "documents"
    /// What a registry without texts selects: the columns stored before the text, and those
    /// after it (SQLite keeps all of them, with the text's start, in `documents_head` too).
    static let columnsBeforeText = [
        "id", "file_name", "kamerstuk_dossier", "kamerstuk_number", "type", "date", "assumed_date",
        "assumed_date_note", "addressee", "title", "signatories",
    ]
    static let columnsAfterText = ["content_hash", "loaded_at", "classification"]
    var id: String
    var fileName: String
    var kamerstukDossier: String?
    var kamerstukNumber: Int?
    var type: String
    var date: String?
    var assumedDate: String?
    var assumedDateNote: String?
    var addressee: String?
    var title: String
    var signatories: String
    var text: String
    var contentHash: String
    var loadedAt: String
    var classification: String

    init(_ document: Document, loadedAt: Date = Date()) {
        id = document.id
        fileName = document.fileName
        kamerstukDossier = document.kamerstuk?.dossier
        kamerstukNumber = document.kamerstuk?.number
        type = document.type.rawValue
        date = document.date?.iso
        assumedDate = document.assumedDate?.iso
        assumedDateNote = document.assumedDateNote
        addressee = document.addressee?.rawValue
        title = document.title
        signatories = JSONColumn.encode(document.signatories)
        text = document.text
        contentHash = document.contentHash
        self.loadedAt = loadedAt.formatted(.iso8601)
        classification = document.classification.rawValue
    }

    /// Read column by column: the Codable route (a keyed container, each key mapped to its
    /// column) was two fifths of loading 50,000 letters for the registry.
    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: String.self)
        fileName = try row.decode(column: "file_name", as: String.self)
        kamerstukDossier = try row.decodeIfPresent(column: "kamerstuk_dossier", as: String.self)
        kamerstukNumber = try row.decodeIfPresent(column: "kamerstuk_number", as: Int.self)
        type = try row.decode(column: "type", as: String.self)
        date = try row.decodeIfPresent(column: "date", as: String.self)
        assumedDate = try row.decodeIfPresent(column: "assumed_date", as: String.self)
        assumedDateNote = try row.decodeIfPresent(column: "assumed_date_note", as: String.self)
        addressee = try row.decodeIfPresent(column: "addressee", as: String.self)
        title = try row.decode(column: "title", as: String.self)
        signatories = try row.decode(column: "signatories", as: String.self)
        text = try row.decode(column: "text", as: String.self)
        contentHash = try row.decode(column: "content_hash", as: String.self)
        loadedAt = try row.decode(column: "loaded_at", as: String.self)
        classification = try row.decode(column: "classification", as: String.self)
    }

    func model() throws -> Document {
        var document = Document(
            id: id, fileName: fileName,
            kamerstuk: kamerstukDossier.flatMap { dossier in
                kamerstukNumber.map { KamerstukID(dossier: dossier, number: $0) }
            },
            type: try ColumnValue.parse(DocumentType.self, type, in: Self.table),
            date: try ColumnValue.day(date, in: Self.table),
            assumedDate: try ColumnValue.day(assumedDate, in: Self.table), assumedDateNote: assumedDateNote,
            addressee: try addressee.map { try ColumnValue.parse(Addressee.self, $0, in: Self.table) },
            title: title, signatories: signatories == "[]" ? [] : try JSONColumn.decode([String].self, signatories),
            text: text,
            contentHash: contentHash)
        document.classification = try ColumnValue.parse(Classification.self, classification, in: Self.table)
        return document
    }
}
