/// Every connection of the store stayed taken for as long as a request may wait for one:
/// more requests at once than the database keeps up with. Worth trying again shortly.
public struct StoreBusy: Error, CustomStringConvertible {
    /// How long the request waited for a connection.
    public let waited: Duration

    public var description: String {
        "de database is bezig: geen verbinding vrij na \(waited.components.seconds) s wachten (busy)"
    }
}
