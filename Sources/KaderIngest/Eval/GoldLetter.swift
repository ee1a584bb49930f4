import Foundation
import KaderCore

/// One letter in the schema of `gold/SCHEMA.md`: what a reader finds in it. The
/// extractor's predictions are written in the same schema.
public struct GoldLetter: Sendable, Encodable {
    public struct Reference: Sendable, Hashable, Encodable {
        public var dossier: String
        public var number: Int
    }

    public struct Framework: Sendable, Hashable, Encodable {
        public var mission: String
        public var component: String
        public var personnel: Int
        public var qualifier: String
        public var start: String?
        public var end: String?

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(mission, forKey: .mission)
            try container.encode(component, forKey: .component)
            try container.encode(personnel, forKey: .personnel)
            try container.encode(qualifier, forKey: .qualifier)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
        }

        enum CodingKeys: String, CodingKey { case mission, component, personnel, qualifier, start, end }
    }

    public struct Cost: Sendable, Hashable, Encodable {
        public var amountEur: Int64
        public var year: Int?
        public var kind: String
        public var scope: String

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(amountEur, forKey: .amountEur)
            try container.encode(year, forKey: .year)
            try container.encode(kind, forKey: .kind)
            try container.encode(scope, forKey: .scope)
        }

        enum CodingKeys: String, CodingKey {
            case amountEur = "amount_eur"
            case year, kind, scope
        }
    }

    public var document: String
    public var date: String?
    public var type: String?
    public var addressee: String?
    public var signatories: [String] = []
    public var references: [Reference] = []
    public var motions: [Reference] = []
    public var missions: [String] = []
    public var frameworks: [Framework] = []
    public var costs: [Cost] = []

    /// What the extractor found in a letter, in this schema.
    public init(fileName: String, facts: [CandidateFact]) {
        document = fileName
        for fact in facts {
            switch fact.value {
            case .date(let day): date = date ?? day.iso
            case .type(let kind): type = type ?? kind.rawValue
            case .addressee(let house): addressee = addressee ?? house.rawValue
            case .signatory(let name): signatories.append(name)
            case .reference(let id, let isMotion):
                let reference = Reference(dossier: id.dossier, number: id.number)
                if !references.contains(reference) { references.append(reference) }
                if isMotion, !motions.contains(reference) { motions.append(reference) }
            case .mission(let name): if !missions.contains(name) { missions.append(name) }
            case .framework(let f):
                frameworks.append(
                    Framework(
                        mission: f.mission, component: f.component, personnel: f.cap.count,
                        qualifier: f.cap.qualifier.rawValue, start: f.period.start?.iso, end: f.period.end?.iso))
            case .cost(let c):
                costs.append(Cost(amountEur: c.euros, year: c.year, kind: c.kind.rawValue, scope: c.scope))
            default: break
            }
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(document, forKey: .document)
        try container.encode(date, forKey: .date)
        try container.encode(type, forKey: .type)
        try container.encode(addressee, forKey: .addressee)
        try container.encode(signatories, forKey: .signatories)
        try container.encode(references, forKey: .references)
        try container.encode(motions, forKey: .motions)
        try container.encode(missions, forKey: .missions)
        try container.encode(frameworks, forKey: .frameworks)
        try container.encode(costs, forKey: .costs)
    }

    enum CodingKeys: String, CodingKey {
        case document, date, type, addressee, signatories, references, motions, missions, frameworks, costs
    }

    /// The letter as JSON, as `score.py` reads it.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// The letter as a generic JSON value, for scoring.
    public func jsonValue() throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: json())
    }
}
