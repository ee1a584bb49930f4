import Foundation
import Hummingbird

/// A JSON body with the API's conventions: snake_case keys, ISO dates, sorted keys.
struct JSONResponse<Value: Encodable & Sendable>: ResponseGenerator {
    let value: Value
    var status: HTTPResponse.Status = .ok
    /// Besides the content type.
    var headers: HTTPFields = [:]

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        try EncodedJSON(body: ByteBuffer(bytes: Self.encoder.encode(value)), status: status, headers: headers)
            .response(from: request, context: context)
    }
}

/// A JSON body encoded before (by `JSONResponse.encoder`), sent as it is.
struct EncodedJSON: ResponseGenerator {
    let body: ByteBuffer
    var status: HTTPResponse.Status = .ok
    var headers: HTTPFields = [:]

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = headers
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: body))
    }
}

/// The body of every API error: `{"error": "…", "status": 404}`.
struct APIError: Codable, Sendable {
    let error: String
    let status: Int
}
