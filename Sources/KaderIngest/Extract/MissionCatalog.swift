import Foundation

/// The missions of DOMAIN.md, each with the ways letters write its name.
public enum MissionCatalog {
    /// One way of writing a mission's name.
    struct Alias: Sendable {
        let mission: String
        let pattern: String
        let caseSensitive: Bool
        /// For an acronym, its spellings, found by a plain scan; for a name, lower-case words
        /// every match holds: a text without all of them is not searched with the pattern.
        /// The rarest goes first: a name's pattern runs on each stretch of text that holds it.
        let literals: [String]
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
        words("OIR", #"Operation Inherent Resolve"#, hint: "inherent"),
        words("OIR", #"anti[- ]ISIS[- ]?coalitie"#, hint: "anti", "isis", "coalitie"),
        words("OIR", #"(?:internationale\s+)?coalitie\s+tegen\s+(?:ISIS|Da’esh|Daesh)"#, hint: "coalitie", "tegen"),
        words("OIR", #"Global Coalition (?:against|to Defeat) (?:ISIS|Da’esh|Daesh)"#, hint: "coalition"),
        words("CBMI", #"Capacity Building Mission (?:in )?Ira[qk]"#, hint: "capacity building"),
        words("ATFME", #"Air Task ?Force Middle East"#, hint: "middle east"),
        words("NMI", #"NAVO[- ](?:trainings|advies)?missie (?:in )?Irak"#, hint: "navo", "missie", "irak"),
        words("NMI", #"NATO Mission (?:in )?Iraq"#, hint: "nato mission"),
        words("EUAM", #"EU[- ]Adviesmissie (?:in )?Irak"#, hint: "adviesmissie", "irak"),
        words("EUAM", #"Europese Adviesmissie (?:in )?Irak"#, hint: "europese adviesmissie", "irak"),
        words("EUAM", #"EU Advisory Mission"#, hint: "advisory mission"),
        words("MoPA", #"Ministry of Peshmerga(?: Affairs)?"#, hint: "ministry of peshmerga"),
        words("MoPA", #"Multinational Advisory Group"#, hint: "multinational advisory"),
        words("RSM", #"Resolute Support(?: Mission)?"#, hint: "resolute support"),
        words("MINUSMA", #"VN[- ]missie in Mali"#, hint: "missie in mali", "vn"),
        words("MINUSMA", #"Multidimensional Integrated Stabili[sz]ation Mission in Mali"#, hint: "mission in mali"),
        words("IRINI", #"(?:operatie|operation|EUNAVFOR MED) Irini"#, hint: "irini"),
        words("SOPHIA", #"(?:operatie|operation|EUNAVFOR MED) Sophia"#, hint: "sophia"),
        words(
            "EMASoH", #"European[- ]led (?:Mission|Maritime) Awareness (?:in the )?Strait of Hormuz"#, hint: "hormuz"),
        words("PAWA", #"Partnership for Actions? in West[- ]Afri[ck]a"#, hint: "partnership"),
        words("UNAMI", #"United Nations Assistance Mission (?:for |in )?Ira[qkg]"#, hint: "assistance mission"),
        words("UNAMI", #"VN[- ]Assistentiemissie"#, hint: "assistentiemissie"),
        words("UNAMI", #"VN[- ]missie (?:in )?Irak"#, hint: "vn", "missie", "irak"),
        words("UNITAD", #"(?:United Nations|UN) Investigative Team"#, hint: "investigative team"),
    ]

    private static func exact(_ mission: String, _ pattern: String) -> Alias {
        Alias(
            mission: mission, pattern: #"(?<![\p{L}\p{N}])(?:"# + pattern + #")(?![\p{L}])"#, caseSensitive: true,
            literals: pattern.split(separator: "|").map(String.init))
    }

    private static func words(_ mission: String, _ pattern: String, hint: String...) -> Alias {
        Alias(
            mission: mission, pattern: #"(?<![\p{L}])"# + pattern + #"(?![\p{L}])"#, caseSensitive: false,
            literals: hint)
    }

    /// Sub-units and capabilities that belong to a mission (DOMAIN.md), and the words that
    /// name a kind of contribution only one mission has.
    static let componentKeywords: [(keyword: String, mission: String)] = [
        ("OCAT", "OIR"), ("JOCAT", "OIR"), ("SOTC", "OIR"), ("Target Support Cell", "OIR"), ("PED", "OIR"),
        ("TSC", "OIR"), ("F-16", "ATFME"), ("trainers", "CBMI"), ("trainingsmissie", "CBMI"),
        ("helikopter", "NMI"), ("Camp Union", "NMI"),
    ]

    static let compiledAliases: [(alias: Alias, regex: CompiledPattern)] = aliases.compactMap { alias in
        (try? CompiledPattern(alias.pattern, caseInsensitive: !alias.caseSensitive)).map { (alias, $0) }
    }

    /// Every word the mission names are first looked for by, in one pass over a letter: the
    /// acronyms' spellings and the names' hints, lower-case.
    static let nameWords = WordTable(nameWordList)

    private static let nameWordList: [String] = compiledAliases.reduce(into: []) { list, entry in
        for word in entry.alias.literals.map({ $0.lowercased() }) where !list.contains(word) { list.append(word) }
    }

    /// For each of `compiledAliases`, where its literals stand in `nameWords`, in order.
    static let aliasWords: [[Int]] = compiledAliases.map { entry in
        entry.alias.literals.map { literal in nameWordList.firstIndex(of: literal.lowercased())! }
    }

    static let compiledKeywords: [(keyword: String, mission: String, regex: CompiledPattern)] =
        componentKeywords.compactMap { entry in
            let pattern = #"(?<![\p{L}])"# + NSRegularExpression.escapedPattern(for: entry.keyword)
            return (try? CompiledPattern(pattern, caseInsensitive: false)).map { (entry.keyword, entry.mission, $0) }
        }
}
