/// Every connection of the store stayed taken for as long as a request may wait for one:
/// more requests at once than the database keeps up with. Worth trying again shortly.
public struct StoreBusy: Error, CustomStringConvertible {
    /// How long the request waited for a connection.
    public let waited: Duration

    public var description: String {
        "de database is bezig: geen verbinding vrij na \(Self.spoken(waited)) wachten (busy)"
    }

    /// Whole seconds, or milliseconds below one second (a wait of 300 ms is not "0 s").
    static func spoken(_ wait: Duration) -> String {
        let (seconds, attoseconds) = wait.components
        return seconds >= 1 ? "\(seconds) s" : "\(attoseconds / 1_000_000_000_000_000) ms"
    }
}
