import Foundation
import MultipartKit
import NIOCore

/// The files of a `multipart/form-data` upload, and its other fields.
struct Upload: Sendable {
    struct File: Sendable {
        let name: String
        let data: Data
    }

    var files: [File] = []
    var fields: [String: String] = [:]

    /// Parses the body; the boundary comes from the Content-Type header.
    static func parse(_ body: ByteBuffer, contentType: String) throws -> Upload {
        guard let boundaryPart = contentType.split(separator: ";").first(where: { $0.contains("boundary=") }) else {
            throw UploadError("geen multipart-formulier (no multipart boundary)")
        }
        let boundary = boundaryPart.split(separator: "=", maxSplits: 1)[1].trimmingCharacters(
            in: CharacterSet(charactersIn: "\" "))
        let parser = MultipartParser(boundary: boundary)
        var upload = Upload()
        var headers: [String: String] = [:]
        var content = Data()
        parser.onHeader = { name, value in headers[name.lowercased()] = value }
        parser.onBody = { buffer in content.append(contentsOf: buffer.readableBytesView) }
        parser.onPartComplete = {
            let disposition = headers["content-disposition"] ?? ""
            let field = Self.parameter("name", in: disposition)
            if let filename = Self.parameter("filename", in: disposition) {
                if !filename.isEmpty || !content.isEmpty {
                    upload.files.append(File(name: (filename as NSString).lastPathComponent, data: content))
                }
            } else if let field {
                upload.fields[field] = String(decoding: content, as: UTF8.self)
            }
            headers = [:]
            content = Data()
        }
        do {
            try parser.execute(body)
        } catch {
            throw UploadError("het formulier kon niet gelezen worden (malformed upload): \(error)")
        }
        return upload
    }

    /// `name="x"` from a Content-Disposition header.
    static func parameter(_ name: String, in header: String) -> String? {
        for part in header.split(separator: ";") {
            let pair = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            if pair.count == 2, pair[0] == name {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }
}

/// An upload that cannot be read.
struct UploadError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
