import Hummingbird

/// An HTML page as a response, UTF-8, not cached by shared proxies.
struct HTMLResponse: ResponseGenerator {
    /// The page's bytes: a kept page is sent as it was kept, without copying it.
    var body: ByteBuffer
    var status: HTTPResponse.Status = .ok

    init(html: String, status: HTTPResponse.Status = .ok) {
        self.init(body: ByteBuffer(string: html), status: status)
    }

    init(body: ByteBuffer, status: HTTPResponse.Status = .ok) {
        self.body = body
        self.status = status
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "private, no-cache"],
            body: .init(byteBuffer: body))
    }
}
