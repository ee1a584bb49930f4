extension Unicode.Scalar {
    // The Unicode property tables are a lookup per call, and ingest asks for every
    // character; letters are mostly ASCII, which these answer directly, with the same answers.

    /// `properties.isAlphabetic`, quick for ASCII.
    var isAlphabeticQuick: Bool {
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return properties.isAlphabetic
    }

    /// `properties.isWhitespace`, quick for ASCII.
    var isWhitespaceQuick: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return properties.isWhitespace
    }

    /// Space, tab, line feed, form feed or carriage return: white space to every definition
    /// (`\s` of the patterns, `isWhitespace`), where a vertical tab and the wider spaces are not.
    var isASCIISpace: Bool { value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0C || value == 0x0D }

    /// `properties.isLowercase`, quick for ASCII.
    var isLowercaseQuick: Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return properties.isLowercase
    }

    /// `properties.isUppercase`, quick for ASCII.
    var isUppercaseQuick: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return properties.isUppercase
    }

    /// `\p{L}`: a letter of any kind (what regular expressions call a letter).
    var isLetterQuick: Bool {
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// `\p{N}`: a number of any kind.
    var isNumberQuick: Bool {
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    /// A–Z as a–z, anything else as it is.
    var asciiLowercased: Unicode.Scalar { value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value) | 0x20) : self }

    /// `\d`: a decimal digit of any script.
    var isDecimalDigitQuick: Bool {
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return properties.generalCategory == .decimalNumber
    }
}

extension UInt8 {
    /// A–Z or a–z.
    var isASCIILetter: Bool { (self | 0x20) >= 97 && (self | 0x20) <= 122 }

    /// A–Z, a–z or 0–9.
    var isASCIILetterOrDigit: Bool { isASCIILetter || (self >= 48 && self <= 57) }

    /// A–Z as a–z, any other byte as it is: how every byte scan here ignores case.
    var asciiLowercased: UInt8 { self >= 65 && self <= 90 ? self | 0x20 : self }

    /// `asciiLowercased` of every byte, for loops over every byte of a text: a lookup is
    /// fewer instructions than the two comparisons.
    static let asciiLowercase: [UInt8] = (0...255).map { UInt8($0).asciiLowercased }
}

extension [Unicode.Scalar] {
    /// Where the `count`th word ahead of `index` starts: back over the white space and the
    /// word before it, `count` times. Only ASCII white space counts, which is `\s` to every
    /// pattern too, so a word here is never shorter than to a pattern, and a region that
    /// starts here starts no later than a match that starts that many words ahead.
    func start(ofWords count: Int, before index: Int) -> Int {
        var start = index
        for _ in 0..<count {
            while start > 0, self[start - 1].isASCIISpace { start -= 1 }
            while start > 0, !self[start - 1].isASCIISpace { start -= 1 }
        }
        return start
    }
}

extension [Unicode.Scalar] {
    /// The first index in `range` that holds `scalar`, eight scalars compared at a time: a
    /// scan one scalar at a time (the slice's `firstIndex(of:)`, or a loop) took 8 to 13
    /// instructions a scalar, and the normalizer looks through every letter for its hyphens.
    func firstIndex(of scalar: Unicode.Scalar, in range: Range<Int>) -> Int? {
        firstIndex(ofAny: scalar, scalar, scalar, in: range)
    }

    /// The first index in `range` that holds one of three scalars, eight compared at a time
    /// (see `firstIndex(of:in:)`).
    func firstIndex(
        ofAny first: Unicode.Scalar, _ second: Unicode.Scalar, _ third: Unicode.Scalar, in range: Range<Int>
    )
        -> Int?
    {
        withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            let firsts = SIMD8<UInt32>(repeating: first.value)
            let seconds = SIMD8<UInt32>(repeating: second.value)
            let thirds = SIMD8<UInt32>(repeating: third.value)
            var index = range.lowerBound
            while index + 8 <= range.upperBound {
                let eight = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD8<UInt32>.self)
                if any(eight .== firsts .| eight .== seconds .| eight .== thirds) { break }
                index += 8
            }
            while index < range.upperBound {
                let scalar = buffer[index]
                if scalar == first || scalar == second || scalar == third { return index }
                index += 1
            }
            return nil
        }
    }

    /// The last index in `range` that holds `scalar`, eight at a time (see `firstIndex(of:in:)`).
    func lastIndex(of scalar: Unicode.Scalar, in range: Range<Int>) -> Int? {
        withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            let wanted = SIMD8<UInt32>(repeating: scalar.value)
            var end = range.upperBound
            while end - 8 >= range.lowerBound {
                let eight = UnsafeRawPointer(base + end - 8).loadUnaligned(as: SIMD8<UInt32>.self)
                if any(eight .== wanted) { break }
                end -= 8
            }
            while end > range.lowerBound {
                end -= 1
                if buffer[end] == scalar { return end }
            }
            return nil
        }
    }
}
