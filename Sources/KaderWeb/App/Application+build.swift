import Hummingbird
import KaderCore
import KaderStore
import Logging

/// The router of Kader with the database it serves from, before it becomes an application.
public struct KaderRouter {
    let router: Router<KaderRequestContext>
    public let database: KaderDatabase
    /// The registry every page reads, warmed as the application starts (`RegistryWarmUp`).
    let cache: RegistryCache

    /// Every route as "METHOD /path", for the test that checks the OpenAPI document.
    public var routes: [String] {
        router.routes.map { route in
            let path = "\(route.path)"
            return "\(route.method) \(path.hasPrefix("/") ? path : "/" + path)"
        }
    }
}

/// Builds the Kader web application: opens (and on first start loads) the database,
/// loads the templates and registers every page and API route.
public func buildApplication(config: AppConfig, logger: Logger? = nil) async throws -> some ApplicationProtocol {
    let logger = logger ?? defaultLogger()
    let built = try await buildRouter(config: config, logger: logger)
    return Application(
        router: built.router,
        // A connection that sends nothing for a minute (a stalled upload, a forgotten
        // keep-alive) is closed, so slow clients cannot hold the server's connections.
        server: .http1(configuration: .init(idleTimeout: .seconds(60))),
        configuration: .init(address: .hostname(config.host, port: config.port), serverName: "Kader"),
        services: [DatabaseService(database: built.database), RegistryWarmUp(cache: built.cache, logger: logger)],
        logger: logger)
}

/// Opens the database and registers every route; the caller owns the database.
public func buildRouter(config: AppConfig, logger: Logger? = nil) async throws -> KaderRouter {
    let logger = logger ?? defaultLogger()
    let (database, report) = try await Startup.openStore(config: config, logger: logger)
    do {
        let pages = try await PageRenderer.load()
        let cache = RegistryCache(repository: RegistryRepository(database: database))
        let search = SearchRepository(database: database)
        let accounts = AccountRepository(database: database)
        let router = Router(context: KaderRequestContext.self)
        router.add(middleware: ErrorPageMiddleware(pages: pages, logger: logger))
        let policy = AccessPolicy(accounts: accounts)
        router.add(middleware: AuthMiddleware(accounts: accounts, policy: policy))
        OverviewController(cache: cache, pages: pages, emptyHint: report.emptyHint).register(on: router)
        let candidates = CandidateRepository(database: database)
        LetterController(cache: cache, candidates: candidates, pages: pages).register(on: router)
        EntryController(
            cache: cache, candidates: candidates, registry: RegistryRepository(database: database), pages: pages
        ).register(on: router)
        TimelineController(cache: cache, pages: pages).register(on: router)
        MissionController(cache: cache, pages: pages).register(on: router)
        CommitmentsController(cache: cache, pages: pages).register(on: router)
        SearchController(cache: cache, search: search, pages: pages).register(on: router)
        APIController(cache: cache, search: search).register(on: router)
        AuditController(audit: AuditLog(database: database), pages: pages).register(on: router)
        AdminController(accounts: accounts, pages: pages, policy: policy).register(on: router)
        ExportController(cache: cache).register(on: router)
        LoginController(accounts: accounts, pages: pages, throttle: LoginThrottle()).register(on: router)
        router.get("/gezondheid") { _, _ in "ok" }
        return KaderRouter(router: router, database: database, cache: cache)
    } catch {
        await database.close()
        throw error
    }
}

private func defaultLogger() -> Logger {
    var logger = Logger(label: "kader")
    logger.logLevel = .info
    return logger
}
