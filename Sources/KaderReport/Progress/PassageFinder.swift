import KaderCore

/// Finds passages of a letter under headings about a theme, as material for an author.
///
/// Letters extracted from PDF have one line per printed line; a heading is a short line
/// that starts with a capital and has no final full stop. The passage is the text that
/// follows it, up to the next heading or blank line, cut at a sentence end.
public enum PassageFinder {
    /// A passage with its Unicode-scalar range in the original text.
    public struct Passage: Sendable, Equatable {
        public let heading: String
        public let text: String
        public let start: Int
        public let end: Int
    }

    public static func passages(in text: String, headingContains words: [String], maxLength: Int = 600) -> [Passage] {
        let scalars = Array(text.unicodeScalars)
        var lines: [(start: Int, end: Int)] = []
        var lineStart = 0
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            lines.append((lineStart, index))
            lineStart = index + 1
        }
        lines.append((lineStart, scalars.count))
        func string(_ range: (start: Int, end: Int)) -> String {
            return String(scalars: scalars[range.start..<range.end])
        }
        func isHeading(_ line: String) -> Bool {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard let first = trimmed.unicodeScalars.first, trimmed.count >= 4, trimmed.count <= 80 else {
                return false
            }
            return first.properties.isUppercase && !trimmed.hasSuffix(".") && !trimmed.hasSuffix(",")
                && !trimmed.hasSuffix(";") && trimmed.split(separator: " ").count <= 10
        }
        /// A full stop that ends a sentence: white space and a capital follow ("nr. 398" does not).
        func isSentenceEnd(_ index: Int) -> Bool {
            guard scalars[index] == "." else { return false }
            var next = index + 1
            while next < scalars.count, scalars[next].properties.isWhitespace { next += 1 }
            return next > index + 1 && (next == scalars.count || scalars[next].properties.isUppercase)
        }
        var passages: [Passage] = []
        var index = 0
        while index < lines.count {
            let line = string(lines[index])
            let lower = line.lowercased()
            guard isHeading(line), words.contains(where: lower.contains) else {
                index += 1
                continue
            }
            var bodyLines: [(start: Int, end: Int)] = []
            var next = index + 1
            while next < lines.count {
                let candidate = string(lines[next])
                if candidate.trimmingCharacters(in: .whitespaces).isEmpty {
                    if bodyLines.isEmpty {
                        next += 1
                        continue
                    }
                    break
                }
                if isHeading(candidate) && !bodyLines.isEmpty { break }
                bodyLines.append(lines[next])
                next += 1
            }
            if let first = bodyLines.first, let last = bodyLines.last {
                var end = last.end
                if end - first.start > maxLength {
                    // Cut after the last full stop within the limit.
                    let limit = first.start + maxLength
                    end = (first.start..<limit).last { isSentenceEnd($0) }.map { $0 + 1 } ?? limit
                }
                passages.append(
                    Passage(
                        heading: line.trimmingCharacters(in: .whitespaces), text: string((first.start, end)),
                        start: first.start, end: end))
            }
            index = max(next, index + 1)
        }
        return passages
    }
}
