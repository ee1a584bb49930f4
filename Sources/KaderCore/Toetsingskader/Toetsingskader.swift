/// One element a section of an article 100 letter should treat ("genderperspectief").
public struct ToetsingskaderElement: Sendable, Hashable {
    public let id: String
    /// Dutch name, as the checklist says it.
    public let title: String
    /// Folded keywords (see `LetterText.folded`) that a heading or sentence on it contains.
    public let keywords: [String]
}

/// The sections of an article 100 letter under the Toetsingskader 2014, in letter order.
public enum ToetsingskaderSection: String, Sendable, Hashable, Codable, CaseIterable {
    case context, strategy, grounds, contribution, feasibility, risks, aftercare, monitoring, finances

    /// Dutch title of the section.
    public var title: String {
        switch self {
        case .context: "Contextanalyse"
        case .strategy: "Strategie van de geïntegreerde benadering"
        case .grounds: "Gronden voor deelname, rechtsbasis, mandaat en doelstellingen"
        case .contribution: "De Nederlandse bijdrage en het nationaal kader"
        case .feasibility: "Operationele haalbaarheid"
        case .risks: "Risico’s"
        case .aftercare: "Nazorg"
        case .monitoring: "Monitoring, evaluatie en leren"
        case .finances: "Financiën"
        }
    }

    /// Folded words of the section's heading; the first heading that contains one opens it.
    public var headingKeywords: [String] {
        switch self {
        case .context: ["contextanalyse"]
        case .strategy: ["strategie"]
        case .grounds: ["gronden voor deelname", "rechtsbasis", "rechtsbases"]
        case .contribution: ["voorziene bijdrage", "nederlandse bijdrage", "nationale kaders", "nationaal kader"]
        case .feasibility: ["haalbaarheid"]
        case .risks: ["risico"]
        case .aftercare: ["nazorg"]
        case .monitoring: ["monitoring", "evaluatie"]
        case .finances: ["financien", "financiele", "kosten"]
        }
    }

    /// What the section should cover, each found by a heading anywhere or a sentence in the section.
    public var elements: [ToetsingskaderElement] {
        func e(_ id: String, _ title: String, _ keywords: [String]) -> ToetsingskaderElement {
            ToetsingskaderElement(id: id, title: title, keywords: keywords)
        }
        switch self {
        case .context:
            return [
                e("politiek", "politieke situatie", ["politiek", "politieke"]),
                e("veiligheid", "veiligheidssituatie", ["veiligheidssituatie"]),
                e("mensenrechten", "mensenrechten", ["mensenrechten"]),
            ]
        case .grounds:
            return [
                e("gronden", "gronden voor deelname", ["gronden voor"]),
                e("rechtsbasis", "rechtsbasis", ["rechtsbasis", "rechtsbases", "rechtsgrond", "volkenrecht"]),
                e("mandaat", "mandaat", ["mandaat", "mandaten"]),
                e("doelstellingen", "doelstellingen", ["doelstelling"]),
            ]
        case .contribution:
            return [
                e(
                    "nationaal-kader", "nationaal kader (omvang en duur)",
                    ["tot en met", "nationaal kader", "nationale kaders"])
            ]
        case .feasibility:
            return [
                e("conflictpartijen", "opstelling van conflictpartijen", ["conflictpartijen"]),
                e("klimaat-terrein", "klimaat en terreinomstandigheden", ["klimaat", "terrein"]),
                e("gender", "genderperspectief", ["gender"]),
                e("militair-vermogen", "het vereiste militaire vermogen", ["militaire vermogen", "militair vermogen"]),
                e(
                    "wijze-van-optreden", "de wijze van optreden (concept of operations)",
                    ["wijze van optreden", "concept of operations"]),
                e(
                    "geweldsinstructie", "geweldsinstructie en bevelsstructuur",
                    ["geweldsinstructie", "bevelsstructuur", "bevelstructuur"]),
                e(
                    "geschiktheid", "geschiktheid en beschikbaarheid van de krijgsmacht",
                    ["geschiktheid", "beschikbaarheid krijgsmacht"]),
            ]
        case .risks:
            return [
                e("veiligheidsrisico", "veiligheidsrisico’s", ["veiligheidsrisico", "dreiging"]),
                e("medisch", "medische risico’s", ["medisch"]),
                e(
                    "klimaat-arbeid", "klimaat en arbeidsomstandigheden",
                    ["klimatologische", "arbeidsomstandigheden", "hitte"]),
                e("burgerslachtoffers", "risico op burgerslachtoffers", ["burgerslachtoffers"]),
            ]
        case .strategy, .aftercare, .monitoring, .finances:
            return []
        }
    }
}
