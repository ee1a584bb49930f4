import Hummingbird
import KaderCore
import KaderStore
import Logging

/// Builds the Kader web application: opens (and on first start loads) the database,
/// loads the templates and registers every page.
public func buildApplication(config: AppConfig, logger: Logger? = nil) async throws -> some ApplicationProtocol {
    var logger = logger ?? Logger(label: "kader")
    if logger.logLevel > .info { logger.logLevel = .info }
    let (database, report) = try await Startup.openStore(config: config, logger: logger)
    let pages = try await PageRenderer.load()
    let cache = RegistryCache(repository: RegistryRepository(database: database))
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: ErrorPageMiddleware(pages: pages, logger: logger))
    OverviewController(cache: cache, pages: pages, emptyHint: report.emptyHint).register(on: router)
    LetterController(cache: cache, pages: pages).register(on: router)
    TimelineController(cache: cache, pages: pages).register(on: router)
    MissionController(cache: cache, pages: pages).register(on: router)
    CommitmentsController(cache: cache, pages: pages).register(on: router)
    SearchController(cache: cache, search: SearchRepository(database: database), pages: pages).register(on: router)
    router.get("/gezondheid") { _, _ in "ok" }
    return Application(
        router: router,
        configuration: .init(address: .hostname(config.host, port: config.port), serverName: "Kader"),
        services: [DatabaseService(database: database)],
        logger: logger)
}
