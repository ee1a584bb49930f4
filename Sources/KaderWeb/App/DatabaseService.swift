import KaderStore
import ServiceLifecycle

/// Keeps the database open while the server runs and closes it on shutdown.
struct DatabaseService: Service {
    let database: KaderDatabase

    func run() async throws {
        try? await gracefulShutdown()
        await database.close()
    }
}
