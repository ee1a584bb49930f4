import Foundation

/// Precision, recall and F1 of one field or of all together.
public struct FieldScore: Sendable, Hashable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// 1 when nothing was predicted (as score.py has it).
    public var precision: Double {
        truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
    public var f1: Double {
        let p = precision
        let r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
}

/// One difference between gold and prediction, for `--verbose`.
public struct ScoreMiss: Sendable, Hashable {
    public let letter: String
    public let field: String
    /// "missed", "false" or "wrong", as score.py prints it.
    public let kind: String
    public let detail: String
}

/// The scores of a run: per field in score.py's order, overall micro-averaged.
public struct EvalResult: Sendable {
    public var fields: [(name: String, score: FieldScore)]
    public var misses: [ScoreMiss]

    public var overall: FieldScore {
        fields.reduce(into: FieldScore()) { total, field in
            total.truePositives += field.score.truePositives
            total.falsePositives += field.score.falsePositives
            total.falseNegatives += field.score.falseNegatives
        }
    }

    public func score(_ field: String) -> FieldScore? { fields.first { $0.name == field }?.score }

    /// Rounded to four decimals, as score.py rounds.
    public static func rounded(_ value: Double) -> Double { (value * 10_000).rounded(.toNearestOrEven) / 10_000 }

    /// The table score.py prints.
    public func table() -> String {
        func line(_ name: String, _ score: FieldScore) -> String {
            let label = name.padding(toLength: max(12, name.count), withPad: " ", startingAt: 0)
            return "\(label) P \(fixed(score.precision))  R \(fixed(score.recall))  F1 \(fixed(score.f1))"
        }
        return (fields.map { line($0.name, $0.score) } + [line("overall", overall)]).joined(separator: "\n") + "\n"
    }

    /// `{"fields": {...}, "overall": {...}}` with score.py's keys and rounding.
    public func json() -> String {
        func object(_ score: FieldScore, indent: String) -> String {
            let inner = indent + "  "
            return
                "{\n\(inner)\"precision\": \(Self.rounded(score.precision)),\n\(inner)\"recall\": \(Self.rounded(score.recall)),\n\(inner)\"f1\": \(Self.rounded(score.f1))\n\(indent)}"
        }
        let fieldLines = fields.map { "    \"\($0.name)\": \(object($0.score, indent: "    "))" }
        return "{\n  \"fields\": {\n" + fieldLines.joined(separator: ",\n") + "\n  },\n  \"overall\": "
            + object(overall, indent: "  ") + "\n}\n"
    }

    private func fixed(_ value: Double) -> String { String(format: "%.3f", value) }
}

/// Scores predictions against gold files exactly as `shared/tools/score.py` does: fields a
/// gold file leaves out are not scored for it, an empty list or null is; list fields are
/// compared as sets of keys, scalars on equality, and a null on both sides counts nothing.
public enum Scorer {
    public static let setFields = ["references", "motions", "missions", "frameworks", "costs"]
    public static let scalarFields = ["date", "type", "addressee"]

    /// - Parameters:
    ///   - gold: each gold file's name and content, in any order (scored in name order).
    ///   - predictions: the prediction for each name; a missing one counts as empty.
    public static func score(gold: [(name: String, value: JSONValue)], predictions: [String: JSONValue]) -> EvalResult {
        var order: [String] = []
        var counts: [String: FieldScore] = [:]
        var misses: [ScoreMiss] = []
        func field(_ name: String) {
            if counts[name] == nil {
                counts[name] = FieldScore()
                order.append(name)
            }
        }
        for (name, goldLetter) in gold.sorted(by: { $0.name < $1.name }) {
            let predicted = predictions[name] ?? .object([:])
            for name2 in setFields {
                guard let goldItems = goldLetter[name2] else { continue }
                let g = keys(goldItems, field: name2)
                let p = keys(predicted[name2] ?? .null, field: name2)
                field(name2)
                counts[name2]!.truePositives += g.intersection(p).count
                counts[name2]!.falsePositives += p.subtracting(g).count
                counts[name2]!.falseNegatives += g.subtracting(p).count
                misses += g.subtracting(p).sorted().map {
                    ScoreMiss(letter: name, field: name2, kind: "missed", detail: $0)
                }
                misses += p.subtracting(g).sorted().map {
                    ScoreMiss(letter: name, field: name2, kind: "false", detail: $0)
                }
            }
            for name2 in scalarFields {
                guard let g = goldLetter[name2] else { continue }
                field(name2)
                let p = predicted[name2] ?? .null
                if g.isNull && p.isNull { continue }
                if g == p {
                    counts[name2]!.truePositives += 1
                } else {
                    if !p.isNull { counts[name2]!.falsePositives += 1 }
                    if !g.isNull { counts[name2]!.falseNegatives += 1 }
                    misses.append(
                        ScoreMiss(letter: name, field: name2, kind: "wrong", detail: "(\(describe(g)), \(describe(p)))")
                    )
                }
            }
        }
        return EvalResult(fields: order.map { ($0, counts[$0]!) }, misses: misses)
    }

    /// The comparison keys of a list field, as score.py's key functions make them; items
    /// that lack a key part are left out, as score.py leaves them out.
    static func keys(_ items: JSONValue, field: String) -> Set<String> {
        guard case .array(let list) = items else { return [] }
        var out = Set<String>()
        for item in list {
            if let key = key(item, field: field) { out.insert(key) }
        }
        return out
    }

    static func key(_ item: JSONValue, field: String) -> String? {
        switch field {
        case "references", "motions":
            guard let dossier = item["dossier"]?.pythonString, let number = item["number"]?.pythonInt else {
                return nil
            }
            return "(\(dossier.replacingOccurrences(of: " ", with: "")), \(number))"
        case "missions":
            guard case .string(let name) = item else { return nil }
            return name.uppercased()
        case "frameworks":
            guard case .string(let mission) = item["mission"] ?? .null, let personnel = item["personnel"]?.pythonInt
            else { return nil }
            return "(\(mission.uppercased()), \(personnel), \(describe(item["end"] ?? .null)))"
        case "costs":
            guard let amount = item["amount_eur"]?.pythonRoundedInt else { return nil }
            return "(\(amount), \(describe(item["year"] ?? .null)))"
        default:
            return nil
        }
    }

    /// A value as a key part: numbers that are whole compare equal to their integer.
    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: return "None"
        case .bool(let flag): return flag ? "True" : "False"
        case .number(let number): return number == number.rounded() ? String(Int64(number)) : String(number)
        case .string(let text): return "'\(text)'"
        case .array, .object: return "\(value)"
        }
    }
}
