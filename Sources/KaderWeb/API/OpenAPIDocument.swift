import Foundation
import Hummingbird

/// The OpenAPI description of `/api/v1`, written by hand in `OpenAPI/openapi.json`;
/// a route test checks that it lists exactly the routes the router serves.
enum OpenAPIDocument {
    static func data() throws -> Data {
        guard let url = Bundle.module.url(forResource: "OpenAPI/openapi", withExtension: "json") else {
            throw WebError("OpenAPI/openapi.json is missing from the KaderWeb bundle")
        }
        return try Data(contentsOf: url)
    }

    static func response() throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: try data())))
    }
}
