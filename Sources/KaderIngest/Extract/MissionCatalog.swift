import Foundation

/// The missions of DOMAIN.md, each with the ways letters write its name.
public enum MissionCatalog {
    /// One way of writing a mission's name.
    struct Alias: Sendable {
        let mission: String
        let pattern: String
        let caseSensitive: Bool
    }

    /// Canonical short names, as the registry and the gold files use them.
    public static let names = [
        "OIR", "CBMI", "ATFME", "NMI", "EUAM", "MoPA", "RSM", "MINUSMA", "IRINI", "SOPHIA", "EMASoH", "PAWA",
        "UNAMI", "UNITAD",
    ]

    /// Names OCR tends to damage, for `Normalizer`.
    public static let ocrSensitiveNames: Set<String> = Set(names + ["OCAT", "JOCAT", "NAVO"])

    static let aliases: [Alias] = [
        // Acronyms: case-sensitive, whole words.
        exact("OIR", #"OIR"#), exact("CBMI", #"CBMI"#), exact("ATFME", #"ATFME"#), exact("NMI", #"NMI"#),
        exact("EUAM", #"EUAM"#), exact("MoPA", #"MoPA"#), exact("MoPA", #"MoP|MOP"#), exact("MoPA", #"MNAG"#),
        exact("RSM", #"RSM"#), exact("MINUSMA", #"MINUSMA"#), exact("IRINI", #"IRINI"#),
        exact("SOPHIA", #"SOPHIA"#), exact("EMASoH", #"EMASoH|EMASOH"#), exact("PAWA", #"PAWA"#),
        exact("UNAMI", #"UNAMI"#), exact("UNITAD", #"UNITAD"#),
        // Full names and Dutch descriptions.
        words("OIR", #"Operation Inherent Resolve"#), words("OIR", #"anti[- ]ISIS[- ]?coalitie"#),
        words("OIR", #"(?:internationale\s+)?coalitie\s+tegen\s+(?:ISIS|Da’esh|Daesh)"#),
        words("OIR", #"Global Coalition (?:against|to Defeat) (?:ISIS|Da’esh|Daesh)"#),
        words("CBMI", #"Capacity Building Mission (?:in )?Ira[qk]"#),
        words("ATFME", #"Air Task ?Force Middle East"#),
        words("NMI", #"NAVO[- ](?:trainings|advies)?missie (?:in )?Irak"#), words("NMI", #"NATO Mission (?:in )?Iraq"#),
        words("EUAM", #"EU[- ]Adviesmissie (?:in )?Irak"#), words("EUAM", #"Europese Adviesmissie (?:in )?Irak"#),
        words("EUAM", #"EU Advisory Mission"#),
        words("MoPA", #"Ministry of Peshmerga(?: Affairs)?"#), words("MoPA", #"Multinational Advisory Group"#),
        words("RSM", #"Resolute Support(?: Mission)?"#),
        words("MINUSMA", #"VN[- ]missie in Mali"#),
        words("MINUSMA", #"Multidimensional Integrated Stabili[sz]ation Mission in Mali"#),
        words("IRINI", #"(?:operatie|operation|EUNAVFOR MED) Irini"#),
        words("SOPHIA", #"(?:operatie|operation|EUNAVFOR MED) Sophia"#),
        words("EMASoH", #"European[- ]led (?:Mission|Maritime) Awareness (?:in the )?Strait of Hormuz"#),
        words("PAWA", #"Partnership for Actions? in West[- ]Afri[ck]a"#),
        words("UNAMI", #"United Nations Assistance Mission (?:for |in )?Ira[qkg]"#),
        words("UNAMI", #"VN[- ]Assistentiemissie"#), words("UNAMI", #"VN[- ]missie (?:in )?Irak"#),
        words("UNITAD", #"(?:United Nations|UN) Investigative Team"#),
    ]

    private static func exact(_ mission: String, _ pattern: String) -> Alias {
        Alias(mission: mission, pattern: #"(?<![\p{L}\p{N}])(?:"# + pattern + #")(?![\p{L}])"#, caseSensitive: true)
    }

    private static func words(_ mission: String, _ pattern: String) -> Alias {
        Alias(mission: mission, pattern: #"(?<![\p{L}])"# + pattern + #"(?![\p{L}])"#, caseSensitive: false)
    }

    /// Sub-units and capabilities that belong to a mission (DOMAIN.md), and the words that
    /// name a kind of contribution only one mission has.
    static let componentKeywords: [(keyword: String, mission: String)] = [
        ("OCAT", "OIR"), ("JOCAT", "OIR"), ("SOTC", "OIR"), ("Target Support Cell", "OIR"), ("PED", "OIR"),
        ("TSC", "OIR"), ("F-16", "ATFME"), ("trainers", "CBMI"), ("trainingsmissie", "CBMI"),
        ("helikopter", "NMI"), ("Camp Union", "NMI"),
    ]

    static let compiledAliases: [(mission: String, regex: NSRegularExpression)] = aliases.compactMap { alias in
        let options: NSRegularExpression.Options = alias.caseSensitive ? [] : [.caseInsensitive]
        return (try? NSRegularExpression(pattern: alias.pattern, options: options)).map { (alias.mission, $0) }
    }

    static let compiledKeywords: [(mission: String, regex: NSRegularExpression)] = componentKeywords.compactMap {
        entry in
        let pattern = #"(?<![\p{L}])"# + NSRegularExpression.escapedPattern(for: entry.keyword)
        return (try? NSRegularExpression(pattern: pattern, options: [])).map { regex in (entry.mission, regex) }
    }
}
