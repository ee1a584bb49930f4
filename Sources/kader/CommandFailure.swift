/// A failure while a command runs (not a wrong option): printed as `Error: …`, exit 1,
/// without the usage text that a validation error adds.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }

    /// Runs `body`; any error it throws becomes a CommandFailure with the error's message.
    static func rethrowing<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}
