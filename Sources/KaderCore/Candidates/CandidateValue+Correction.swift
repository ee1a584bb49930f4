import Foundation

extension CandidateValue {
    /// What a correction changes, in Dutch, for the form's label.
    public var correctionHint: String {
        switch self {
        case .date: "datum (JJJJ-MM-DD)"
        case .type: "soort (artikel-100-brief, voortgangsrapportage, kennisgevingsbrief, brief)"
        case .addressee: "Tweede Kamer of Eerste Kamer"
        case .signatory: "naam"
        case .reference: "Kamerstuk als 27925-943"
        case .mission: "missie (korte naam)"
        case .framework, .decision: "aantal personen"
        case .cost: "bedrag in euro (bijvoorbeeld 18300000 of 18,3 miljoen)"
        case .commitment: "tekst van de toezegging"
        case .indicator: "waarde"
        }
    }

    /// The value with its main figure replaced by `text`, or nil when `text` is not a
    /// value of this kind. The rest (mission, period, scope …) stays as extracted.
    public func corrected(with raw: String) -> CandidateValue? {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        switch self {
        case .date: return Day(iso: text).map(CandidateValue.date)
        case .type: return DocumentType(rawValue: text).map(CandidateValue.type)
        case .addressee: return Addressee(rawValue: text).map(CandidateValue.addressee)
        case .signatory: return .signatory(text)
        case .reference(_, let isMotion):
            let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" })
            guard parts.count == 2, let number = Int(parts[1].trimmingCharacters(in: .whitespaces)) else { return nil }
            return .reference(KamerstukID(dossier: String(parts[0]), number: number), isMotion: isMotion)
        case .mission: return .mission(text)
        case .framework(var framework):
            guard let count = Int(text), count >= 0 else { return nil }
            framework.cap = PersonnelCap(count: count, qualifier: framework.cap.qualifier)
            return .framework(framework)
        case .decision(var decision):
            guard let count = Int(text), count >= 0 else { return nil }
            decision.cap = PersonnelCap(count: count, qualifier: decision.cap?.qualifier ?? .exact)
            return .decision(decision)
        case .cost(var cost):
            guard let cents = EuroAmount.cents(parsing: text) else { return nil }
            cost.amountCents = cents
            return .cost(cost)
        case .commitment(var commitment):
            commitment.text = text
            return .commitment(commitment)
        case .indicator(var indicator):
            guard let value = Double(text.replacingOccurrences(of: ",", with: ".")) else { return nil }
            indicator.value = value
            return .indicator(indicator)
        }
    }
}
