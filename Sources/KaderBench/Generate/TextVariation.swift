/// The changes that turn a corpus letter into another plausible one: another year, other
/// numbers, another mission's country. Works on UTF-8 bytes, so it is cheap at scale.
struct TextVariation {
    /// Countries of other Dutch deployments, with their adjective, to stand in for Iraq.
    static let countries: [(country: String, adjective: String)] = [
        ("Afghanistan", "Afghaanse"), ("Mali", "Malinese"), ("Libanon", "Libanese"), ("Bosnië", "Bosnische"),
        ("Kosovo", "Kosovaarse"), ("Litouwen", "Litouwse"), ("Somalië", "Somalische"),
        ("Zuid-Soedan", "Zuid-Soedanese"),
    ]

    /// Years move by this many (the letters span 1990 to 2026).
    let yearShift: Int
    /// When set, Iraq becomes this country.
    let country: (country: String, adjective: String)?
    /// How likely a small number (not a year) is replaced by another of the same length.
    let numberChange: Double

    init(using random: inout SeededRandom) {
        yearShift = Int.random(in: -30...1, using: &random)
        country = random.chance(0.4) ? Self.countries.randomElement(using: &random) : nil
        numberChange = 0.5
    }

    func apply(to text: String, using random: inout SeededRandom) -> String {
        var varied = text
        if let country {
            varied = varied.replacingOccurrences(of: "Iraakse", with: country.adjective)
                .replacingOccurrences(of: "Irak", with: country.country)
        }
        return changingNumbers(varied, using: &random)
    }

    /// Every run of digits: a year (1990–2030) moves by `yearShift`; a shorter number
    /// may become another of the same number of digits.
    private func changingNumbers(_ text: String, using random: inout SeededRandom) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard Self.isDigit(bytes[index]) else {
                out.append(bytes[index])
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, Self.isDigit(bytes[end]) { end += 1 }
            let run = bytes[index..<end]
            let value = run.reduce(0) { $0 &* 10 &+ Int($1 - 48) }
            if run.count == 4, (1990...2030).contains(value) {
                out.append(contentsOf: Array(String(min(2026, max(1990, value + yearShift))).utf8))
            } else if run.count <= 3, random.chance(numberChange) {
                // A number that could be a day of the month stays one ("7 juli").
                let range = value <= 31 ? 1...28 : Int(pow10(run.count - 1))...(Int(pow10(run.count)) - 1)
                out.append(contentsOf: Array(String(Int.random(in: range, using: &random)).utf8))
            } else {
                out.append(contentsOf: run)
            }
            index = end
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    private func pow10(_ exponent: Int) -> Int { (0..<exponent).reduce(1) { value, _ in value * 10 } }
}
