extension String {
    /// A string of these scalars, encoded straight to UTF-8: appending them one by one to a
    /// `UnicodeScalarView` is several times slower, and ingest makes millions of these.
    /// Inlinable, so that callers in other modules get it specialised for their collection
    /// instead of stepping through it by protocol witnesses.
    @inlinable
    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
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
}
