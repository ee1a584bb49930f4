import Foundation

/// Any JSON value, compared the way Python compares what `json.load` gives (1 == 1.0).
public enum JSONValue: Sendable, Hashable, Codable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value):
            if value == value.rounded(), abs(value) < 1e15 {
                try container.encode(Int64(value))
            } else {
                try container.encode(value)
            }
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    public var isNull: Bool { self == .null }

    /// Python's `str(x)` for the values gold files hold.
    var pythonString: String? {
        switch self {
        case .string(let text): return text
        case .number(let value):
            return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        default: return nil
        }
    }

    /// Python's `int(x)`: truncates numbers, parses strings of digits.
    var pythonInt: Int? {
        switch self {
        case .number(let value): return value.isFinite ? Int(value) : nil
        case .bool(let value): return value ? 1 : 0
        case .string(let text): return Int(text.trimmingCharacters(in: .whitespaces))
        default: return nil
        }
    }

    /// Python's `int(round(x))` on a number: halves go to the even neighbour.
    var pythonRoundedInt: Int? {
        switch self {
        case .number(let value): return value.isFinite ? Int(value.rounded(.toNearestOrEven)) : nil
        case .bool(let value): return value ? 1 : 0
        default: return nil
        }
    }
}
