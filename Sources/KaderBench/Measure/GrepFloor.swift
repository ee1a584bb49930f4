import Foundation

/// `grep -E` with the extractors' main patterns over the same files: the floor for one
/// pass over the text.
public enum GrepFloor {
    /// Amounts, Kamerstuk numbers, dates, personnel caps and periods, in POSIX ERE.
    public static let patterns = [
        #"€ ?[0-9]+([.,][0-9]+)* ?(miljoen|miljard)?"#,
        #"[0-9]{2} ?[0-9]{3}(-[IVX]+)?, nr\. ?[0-9]+"#,
        #"[0-9]{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) [0-9]{4}"#,
        #"(maximaal|ten hoogste|circa|tot) [0-9]+ (militairen|personen|functionarissen|experts)"#,
        #"(tot en met|t/m|vanaf|per) [0-9]{1,2} [a-z]+ [0-9]{4}"#,
        #"[Mm]otie (van )?(het )?(lid|leden)"#,
    ]

    /// The seconds grep takes over every file in `folder`, the fastest of `runs`: one run
    /// read from 31 to 126 MB/s within one bench on this machine, and a floor is the best
    /// the machine can do.
    public static func seconds(folder: URL, log: String, runs: Int = 3) throws -> Double {
        guard let grep = Executable.find("grep") else { throw BenchError("grep ontbreekt (grep not installed)") }
        let arguments = ["-E", "-r", "-c"] + patterns.flatMap { ["-e", $0] } + [folder.path]
        var fastest = Double.infinity
        for _ in 0..<max(runs, 1) {
            let run = try ChildProcess.run(grep, arguments, log: log)
            // grep says 1 when a file has no match; only 2 is a failure.
            guard run.exitStatus <= 1 else { throw BenchError("grep faalde (grep failed), zie \(log)") }
            fastest = min(fastest, run.seconds)
        }
        return fastest
    }
}
