extension String {
    /// A string of these scalars, encoded straight to UTF-8: appending them one by one to a
    /// `UnicodeScalarView` is several times slower, and ingest makes millions of these.
    /// Inlinable, so that callers in other modules get it specialised for their collection
    /// instead of stepping through it by protocol witnesses.
    @inlinable
    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        if scalars.count > 64, let made = scalars.withContiguousStorageIfAvailable(String.init(manyScalars:)) {
            self = made
            return
        }
        // Counted first, then written into the string's own storage: no array in between.
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var at = 0
            for scalar in scalars {
                if scalar.value < 0x80 {
                    buffer[at] = UInt8(truncatingIfNeeded: scalar.value)
                    at += 1
                } else {
                    UTF8.encode(scalar) { byte in
                        buffer[at] = byte
                        at += 1
                    }
                }
            }
            return at
        }
    }

    /// A long text (a whole letter, a sentence quoted as a fact's source): its UTF-8 written
    /// in one pass to a scratch buffer, then made a string by `fromUTF8Pieces`. 27
    /// instructions a scalar before, 14 after; ASCII is read eight scalars at a time.
    @usableFromInline
    init(manyScalars source: UnsafeBufferPointer<Unicode.Scalar>) {
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: source.count * 4)
        defer { bytes.deallocate() }
        var length = 0
        var index = 0
        while index < source.count {
            // Eight ASCII scalars at a time, tested and narrowed together in vector registers
            // (a loop over the eight took 4 instructions a scalar, this takes under 2).
            while index + 8 <= source.count {
                let eight = UnsafeRawPointer(source.baseAddress! + index).loadUnaligned(as: SIMD8<UInt32>.self)
                guard eight & SIMD8(repeating: 0xFFFF_FF80) == .zero else { break }
                UnsafeMutableRawPointer(bytes + length).storeBytes(
                    of: SIMD8<UInt8>(truncatingIfNeeded: eight), as: SIMD8<UInt8>.self)
                length += 8
                index += 8
            }
            guard index < source.count else { break }
            let scalar = source[index]
            index += 1
            let value = scalar.value
            if value < 0x80 {
                bytes[length] = UInt8(truncatingIfNeeded: value)
                length += 1
            } else {
                UTF8.encode(scalar) { byte in
                    bytes[length] = byte
                    length += 1
                }
            }
        }
        // Encoded from scalars, so valid: the pieces are not checked again.
        self = String.fromUTF8Pieces(UnsafeBufferPointer(start: bytes, count: length), validating: false)!
    }

    /// ASCII bytes between two wider scalars that are checked with them rather than cut out:
    /// 1.3 million instructions fewer for 100 letters than cutting at every run.
    @usableFromInline static let gap = 64

    /// UTF-8 made a string in pieces cut at the runs of bytes past ASCII. A new string
    /// validates its bytes eight at a time where all are ASCII, but byte by byte (9
    /// instructions each) once one is not, and a letter has a few hundred wider scalars
    /// among tens of thousands: reading a letter's file took 10 instructions a byte, 2.1% of
    /// extraction. With `validating`, nil when the bytes are not UTF-8: an ASCII byte is
    /// never part of a wider scalar, so the whole is valid exactly when each run past ASCII
    /// is. Without it the bytes must be valid (made by an encoder).
    public static func fromUTF8Pieces(_ all: UnsafeBufferPointer<UInt8>, validating: Bool) -> String? {
        func whole() -> String? {
            validating ? String(validating: all, as: UTF8.self) : String(decoding: all, as: UTF8.self)
        }
        guard let bytes = all.baseAddress, all.count > 0 else { return "" }
        let length = all.count
        var result = ""
        var pieces = 0
        var start = 0
        var index = 0
        while index < length {
            // Eight bytes at a time past ASCII.
            while index + 8 <= length,
                UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
            }
            guard index < length else { break }
            guard bytes[index] >= 0x80 else {
                index += 1
                continue
            }
            // Up to the last wider scalar that follows within `gap` bytes: a piece costs about
            // as much as checking that many bytes one by one.
            var end = index + 1
            while true {
                while end < length, bytes[end] >= 0x80 { end += 1 }
                let limit = Swift.min(end + Self.gap, length)
                var next = end
                while next < limit, bytes[next] < 0x80 { next += 1 }
                guard next < limit else { break }
                end = next
            }
            pieces += 1
            // So many wider scalars that the pieces would cost more: in one.
            if pieces > length / 32 { return whole() }
            if pieces == 1 { result.reserveCapacity(length) }
            if start < index {
                result += String(decoding: UnsafeBufferPointer(rebasing: all[start..<index]), as: UTF8.self)
            }
            let wide = UnsafeBufferPointer(rebasing: all[index..<end])
            if validating {
                guard let piece = String(validating: wide, as: UTF8.self) else { return nil }
                result += piece
            } else {
                result += String(decoding: wide, as: UTF8.self)
            }
            start = end
            index = end
        }
        // All ASCII: in one.
        guard pieces > 0 else { return String(decoding: all, as: UTF8.self) }
        if start < length {
            result += String(decoding: UnsafeBufferPointer(rebasing: all[start..<length]), as: UTF8.self)
        }
        return result
    }
}
