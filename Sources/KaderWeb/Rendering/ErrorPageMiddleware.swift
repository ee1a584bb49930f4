import Hummingbird
import KaderStore
import Logging

/// The model of the Dutch error page.
struct ErrorPage: Sendable {
    let title: String
    let status: Int
    let message: String
    let advice: String
}

/// Turns every error into a page in Dutch that says what went wrong and what to do.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = KaderRequestContext
    let pages: PageRenderer
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let busy as StoreBusy {
            // Overrun rather than broken: say so, and when to try again, instead of a 500.
            logger.warning("database busy", metadata: ["path": "\(request.uri.path)", "error": "\(busy)"])
            var response = try answer(
                HTTPError(.serviceUnavailable, message: Self.busyMessage), request: request, context: context)
            response.headers[.retryAfter] = "\(Self.retryAfterSeconds)"
            return response
        } catch {
            return try answer(error, request: request, context: context)
        }
    }

    /// What a request that found every database connection taken is told.
    static let busyMessage =
        "Kader is nu te druk: er kwamen meer verzoeken tegelijk dan de database kon beantwoorden. Probeer het over enkele seconden opnieuw (busy)."
    /// The seconds a busy answer asks the client to wait (`Retry-After`).
    static let retryAfterSeconds = 5

    /// The error as JSON on the API, as a page elsewhere.
    private func answer(_ error: any Error, request: Request, context: Context) throws -> Response {
        // The API answers in JSON, the pages in HTML.
        if request.uri.path.hasPrefix("/api/") {
            let status = (error as? HTTPError)?.status ?? .internalServerError
            if status == .internalServerError {
                logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            }
            let fallback =
                switch status {
                case .notFound: "Niet gevonden (not found)."
                case .badRequest: "Ongeldig verzoek (bad request)."
                case .internalServerError: "Interne fout (internal error)."
                default: status.reasonPhrase
                }
            let message = (error as? HTTPError)?.body ?? fallback
            return try JSONResponse(value: APIError(error: message, status: Int(status.code)), status: status)
                .response(from: request, context: context)
        }
        return try page(for: error, request: request, context: context)
    }

    private func page(for error: any Error, request: Request, context: Context) throws -> Response {
        if let error = error as? HTTPError {
            let page: ErrorPage
            switch error.status {
            case .notFound:
                page = ErrorPage(
                    title: "Niet gevonden", status: 404,
                    message: error.body ?? "Deze pagina bestaat niet.",
                    advice: "Controleer het adres, of ga terug naar het overzicht.")
            case .badRequest:
                page = ErrorPage(
                    title: "Ongeldig verzoek", status: 400, message: error.body ?? "Het verzoek klopt niet.",
                    advice: "Pas de invoer aan en probeer het opnieuw.")
            default:
                page = ErrorPage(
                    title: "Fout", status: Int(error.status.code), message: error.body ?? "Er ging iets mis.",
                    advice: "Probeer het later opnieuw.")
            }
            var response = try pages.render(page, template: "error", context: context).response(
                from: request, context: context)
            response.status = error.status
            return response
        } else {
            logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            let page = ErrorPage(
                title: "Interne fout", status: 500,
                message: "Kader kon deze pagina niet maken door een interne fout.",
                advice: "Probeer het opnieuw; blijft het misgaan, meld dan het adres en het tijdstip aan de beheerder.")
            var response = try pages.render(page, template: "error", context: context).response(
                from: request, context: context)
            response.status = .internalServerError
            return response
        }
    }
}
