import Foundation
import KaderCore
import Logging
import ServiceLifecycle

/// Reads the registry into the cache as the server starts, so that the first page after a
/// start does not wait for it: at 50,000 letters that page waited 0.6 s with the database
/// file in memory and 5.0 s without, 6 ms after. A page asked for meanwhile shares the read
/// under way.
struct RegistryWarmUp: Service {
    let cache: RegistryCache
    let logger: Logger

    func run() async throws {
        await warm()
        // A service that returns would stop the server: this one waits for the shutdown.
        try? await gracefulShutdown()
    }

    /// Reads the registry, each clearance's letters by id and today's alerts. A failure is
    /// only logged: the first page then reads the registry itself, and says what is wrong.
    func warm() async {
        let started = ContinuousClock.now
        do {
            let today = Day.today()
            for clearance in Classification.allCases {
                _ = try await cache.documents(clearance: clearance)
                _ = try await cache.alerts(clearance: clearance, asOf: today)
            }
            let letters = try await cache.registry().documents.count
            let took = ContinuousClock.now - started
            logger.info(
                "register gelezen (registry read)",
                metadata: ["letters": "\(letters)", "seconds": "\(Self.seconds(took))"])
        } catch {
            logger.warning("register niet vooraf gelezen (registry not read ahead): \(error)")
        }
    }

    private static func seconds(_ duration: Duration) -> String {
        String(format: "%.2f", duration.inSeconds)
    }
}
