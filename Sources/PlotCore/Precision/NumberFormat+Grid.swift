// The grid of a NumberFormat: its ulp, neighbours, bit encodings and (for formats of at
// most 16 bits) the list of all its values.

extension NumberFormat {
  /// The ulp of the format at the real `v`: the spacing of the format's grid in v's
  /// binade (the subnormal spacing below the normals, the top binade's past the greatest
  /// finite). What errors are measured in: |computed − true| / ulp(true).
  public func ulp(at v: Double) -> Double {
    guard v.isFinite, v != 0 else { return v == 0 ? leastPositive : quantum(exponent: maxExponent) }
    return quantum(exponent: Swift.min(v.exponent, maxExponent))
  }

  /// The least format value above `v` (a format value): infinity past the greatest
  /// finite, nil where there is none (E4M3's greatest finite, infinity, NaN).
  public func nextUp(_ v: Double) -> Double? {
    guard !v.isNaN, v != .infinity else { return nil }
    if v == -.infinity { return -greatestFinite }
    if v < 0 { return nextDown(-v).map { -$0 } }
    if v == greatestFinite { return hasInfinity ? .infinity : nil }
    return v + quantum(exponent: v == 0 ? minExponent : v.exponent)
  }

  /// The greatest format value below `v` (a format value); nil where there is none.
  public func nextDown(_ v: Double) -> Double? {
    guard !v.isNaN, v != -.infinity else { return nil }
    if v == .infinity { return greatestFinite }
    if v <= 0 { return nextUp(-v).map { -$0 } }
    // Just below a power of two the spacing halves (unless that is the least normal).
    let e = v.significand == 1 && v > leastNormal ? v.exponent - 1 : v.exponent
    return v - quantum(exponent: e)
  }

  /// The encoding of the format value `v`: sign, biased exponent, fraction (NaN as the
  /// quiet NaN with the top fraction bit; E4M3's one NaN is all ones).
  public func bits(of v: Double) -> UInt64 {
    if significandBits == 53 { return v.bitPattern }
    let fractionBits = significandBits - 1
    let sign: UInt64 = v.sign == .minus ? 1 << UInt64(bitWidth - 1) : 0
    let top = UInt64(1 << exponentBits - 1)
    if v.isNaN {
      let fraction: UInt64 = hasInfinity ? 1 << UInt64(fractionBits - 1) : (1 << UInt64(fractionBits)) - 1
      return top << UInt64(fractionBits) | fraction
    }
    if v.isInfinite { return sign | top << UInt64(fractionBits) }
    let a = v.magnitude
    if a < leastNormal { return sign | UInt64(a / leastPositive) }
    let fraction = UInt64((a.significand - 1) * Double(1 << fractionBits))
    return sign | UInt64(a.exponent + bias) << UInt64(fractionBits) | fraction
  }

  /// The value encoded by `bits` (the low ``bitWidth`` bits).
  public func value(bits: UInt64) -> Double {
    if significandBits == 53 { return Double(bitPattern: bits) }
    let fractionBits = significandBits - 1
    let fraction = bits & ((1 << UInt64(fractionBits)) - 1)
    let field = Int((bits >> UInt64(fractionBits)) & UInt64(1 << exponentBits - 1))
    let negative = (bits >> UInt64(bitWidth - 1)) & 1 == 1
    let top = 1 << exponentBits - 1
    var magnitude: Double
    if field == top && hasInfinity {
      magnitude = fraction == 0 ? .infinity : .nan
    } else if field == top && fraction == (1 << UInt64(fractionBits)) - 1 {
      magnitude = .nan
    } else if field == 0 {
      magnitude = Double(fraction) * leastPositive
    } else {
      magnitude = Double(sign: .plus, exponent: field - bias,
                         significand: 1 + Double(fraction) / Double(1 << fractionBits))
    }
    return negative ? -magnitude : magnitude
  }

  /// Every value of a format of at most 16 bits, in encoding order (NaNs included),
  /// so an exhaustive check is one loop; nil for float32 and float64.
  public var allValues: [Double]? {
    guard bitWidth <= 16 else { return nil }
    return (0..<(UInt64(1) << UInt64(bitWidth))).map { value(bits: $0) }
  }

  /// The format value nearest the real `x` taken in as input: the first step,
  /// "the input x is first rounded to the format".
  public func input(_ x: Double) -> Double { rounded(x) }
}
