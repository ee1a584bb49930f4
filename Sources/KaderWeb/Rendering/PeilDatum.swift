import Hummingbird
import KaderCore

/// The `peildatum` query parameter: the day a page shows the registry as of.
enum PeilDatum {
    /// nil when absent or empty; a 400 with a Dutch message when it is not a date.
    static func parse(_ value: String?, name: String = "peildatum") throws -> Day? {
        guard let value, !value.isEmpty else { return nil }
        guard let day = Day(iso: value) else {
            throw HTTPError(
                .badRequest,
                message:
                    "De \(name) ‘\(value)’ is geen geldige datum. Gebruik de vorm JJJJ-MM-DD, bijvoorbeeld 2024-06-01."
            )
        }
        return day
    }
}
