/// A setting of the installation that a beheerder changes, with the values it takes.
public enum Setting: String, Sendable, Hashable, CaseIterable {
    /// Whether people without an account may read what is openbaar (a public instance).
    case anonymousRead = "anoniem-lezen"

    /// The values the setting takes, in the order a form offers them.
    public var values: [String] {
        switch self {
        case .anonymousRead: ["ja", "nee"]
        }
    }

    /// The value in force while nobody set one.
    public var defaultValue: String {
        switch self {
        case .anonymousRead: "nee"
        }
    }

    /// What the setting does, in Dutch.
    public var explanation: String {
        switch self {
        case .anonymousRead: "lezen zonder in te loggen (alleen wat openbaar is); schrijven vraagt altijd een login"
        }
    }

    /// The setting named `key`, or an error that names the known ones.
    public static func named(_ key: String) throws(SettingError) -> Setting {
        guard let setting = Setting(rawValue: key.lowercased()) else {
            let known = allCases.map(\.rawValue).joined(separator: ", ")
            throw SettingError("onbekende instelling ‘\(key)’; Kader kent: \(known) (unknown setting)")
        }
        return setting
    }

    /// `value` as stored (lowercase) when the setting takes it, or an error that names the values it takes.
    public func validated(_ value: String) throws(SettingError) -> String {
        let normalized = value.lowercased()
        guard values.contains(normalized) else {
            let choices = values.dropLast().joined(separator: ", ") + " of " + (values.last ?? "")
            throw SettingError("‘\(value)’ past niet bij \(rawValue): kies \(choices) (invalid value)")
        }
        return normalized
    }
}

/// An unknown setting, or a value a setting does not take.
public struct SettingError: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
