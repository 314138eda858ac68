// The values of a format in order, as integers: ordinal 0 is zero, +n the n-th value
// above it (its encoding without the sign), −n the n-th below. Neighbouring ordinals are
// neighbouring format values, so "every format input between a and b" is a range, and
// a table over the ordinals of an 8- or 16-bit format holds every input once.

extension NumberFormat {
  /// The ordinal of the format value (or infinity) `v`; −0 is 0.
  @inlinable public func ordinal(_ v: Double) -> Int64 {
    let magnitude = Int64(bitPattern: bits(of: v.magnitude))
    return v < 0 ? -magnitude : magnitude
  }

  /// The format value of ordinal `o` (|o| at most ``greatestOrdinal``).
  @inlinable public func value(ordinal o: Int64) -> Double {
    let magnitude = value(bits: UInt64(o.magnitude))
    return o < 0 ? -magnitude : magnitude
  }

  /// The ordinal of infinity, or of the greatest finite without infinities: the end of
  /// every range of inputs (x is rounded to the format first, so nothing lies past it).
  public var greatestOrdinal: Int64 {
    ordinal(hasInfinity ? .infinity : greatestFinite)
  }
}
