extension String {
    /// A string of these scalars, encoded straight to UTF-8: appending them one by one to a
    /// `UnicodeScalarView` is several times slower, and ingest makes millions of these.
    /// Inlinable, so that callers in other modules get it specialised for their collection
    /// instead of stepping through it by protocol witnesses.
    @inlinable
    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars {
            if scalar.value < 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        self = String(decoding: bytes, as: UTF8.self)
    }
}
