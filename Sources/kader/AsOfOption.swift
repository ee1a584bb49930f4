import ArgumentParser
import KaderCore

/// The `--as-of` option of the commands that look at the registry on one day.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "De peildatum, JJJJ-MM-DD (standaard vandaag).")
    var asOf: String?

    func validate() throws {
        if let asOf, Day(iso: asOf) == nil {
            throw ValidationError("‘\(asOf)’ is geen geldige datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2024-06-01.")
        }
    }

    /// The day asked for, or today in the Netherlands.
    var day: Day { asOf.flatMap(Day.init(iso:)) ?? Day.today() }
}
