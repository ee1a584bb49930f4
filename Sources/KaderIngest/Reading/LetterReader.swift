import Foundation
import KaderCore

/// Why a file cannot be read as a letter; the message names the file and the reason.
public struct LetterReadError: Error, Equatable, CustomStringConvertible {
    public let file: String
    public let reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "\(file): \(reason)" }
}

/// Reads letter files into documents. Nothing is stored here: a file that cannot be
/// read yields an error and no document.
public struct LetterReader: Sendable {
    /// Larger files are refused: no letter is that long, and it protects the server.
    public static let maximumBytes = 20 * 1024 * 1024
    public static let supportedExtensions = ["txt", "pdf", "html", "htm"]

    /// A text's SHA-256 over its UTF-8, as 64 lower-case hex digits.
    public typealias TextHash = @Sendable (String) -> String
    private let hash: TextHash

    /// `hash` makes a letter's content hash: KaderCore's SHA-256 in plain Swift, unless the
    /// caller has a faster one of the same digest (the `kader` command does).
    public init(hash: @escaping TextHash = { SHA256.hex(of: Data($0.utf8)) }) {
        self.hash = hash
    }

    /// Files as given; a folder becomes its supported letters in name order.
    public static func letterFiles(_ arguments: [String]) throws -> [String] {
        try arguments.flatMap { argument -> [String] in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder), isFolder.boolValue else {
                return [argument]
            }
            let names = try FileManager.default.contentsOfDirectory(atPath: argument).filter { name in
                !name.hasPrefix(".") && supportedExtensions.contains((name as NSString).pathExtension.lowercased())
            }
            return names.sorted().map { (argument as NSString).appendingPathComponent($0) }
        }
    }

    /// Reads one file; the document id is the file name without its extension.
    public func read(fileAt url: URL) throws -> Document {
        let name = url.lastPathComponent
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LetterReadError(file: name, reason: "kan het bestand niet lezen (cannot read the file)")
        }
        return try read(data: data, fileName: name)
    }

    /// Reads a letter from its bytes, as an upload delivers it.
    public func read(data: Data, fileName: String) throws -> Document {
        let ext = (fileName as NSString).pathExtension.lowercased()
        guard Self.supportedExtensions.contains(ext) else {
            throw LetterReadError(
                file: fileName,
                reason:
                    "bestandstype .\(ext) wordt niet ondersteund; gebruik .txt, .pdf of .html (unsupported file type)")
        }
        guard data.count <= Self.maximumBytes else {
            throw LetterReadError(file: fileName, reason: "groter dan 20 MB (larger than 20 MB)")
        }
        guard !data.isEmpty else {
            throw LetterReadError(file: fileName, reason: "het bestand is leeg (empty file)")
        }
        let text: String
        if ext == "pdf" {
            text = try PDFText.extract(data, fileName: fileName)
        } else {
            let raw = try Self.decodeText(data, fileName: fileName)
            text = ext == "txt" ? raw : HTMLText.extract(raw)
        }
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw LetterReadError(file: fileName, reason: "het bestand is leeg (empty file)")
        }
        let stem = (fileName as NSString).deletingPathExtension
        return Document(id: Self.slug(stem), fileName: fileName, title: stem, text: text, contentHash: hash(text))
    }

    /// The bytes of a text or HTML file as UTF-8 text; binary data and other encodings are refused.
    static func decodeText(_ data: Data, fileName: String) throws -> String {
        // memchr, not Data's iterator, which went byte by byte through a call each.
        let hasNul = data.withUnsafeBytes { bytes in
            bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false
        }
        guard !hasNul else {
            throw LetterReadError(file: fileName, reason: "binair bestand, geen tekst (binary file)")
        }
        // In pieces: `String(data:encoding:)` checked a letter's bytes one by one after its
        // first wider scalar.
        let decoded = data.withUnsafeBytes {
            String.fromUTF8Pieces($0.assumingMemoryBound(to: UInt8.self), validating: true)
        }
        guard let text = decoded else {
            throw LetterReadError(file: fileName, reason: "geen geldige UTF-8-tekst (not valid UTF-8)")
        }
        // A byte-order mark is not part of the letter.
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    /// Reads every supported file of a folder, in name order. Files that fail are
    /// returned as errors beside the documents that succeeded.
    public func readFolder(at url: URL) throws -> (documents: [Document], errors: [LetterReadError]) {
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
        var documents: [Document] = []
        var errors: [LetterReadError] = []
        for name in names where !name.hasPrefix(".") {
            do {
                documents.append(try read(fileAt: url.appendingPathComponent(name)))
            } catch let error as LetterReadError {
                errors.append(error)
            }
        }
        return (documents, errors)
    }

    /// A URL-safe id: letters, digits, `-` and `_`.
    static func slug(_ stem: String) -> String {
        let allowed = stem.lowercased().unicodeScalars.map { scalar -> Character in
            CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII || scalar == "_" || scalar == "-"
                ? Character(scalar) : "-"
        }
        return String(allowed)
    }
}
