// Rounding a real number to a NumberFormat: round to nearest, ties to even, on the
// format's grid (subnormals included), then the format's overflow. The real arrives as a
// double, as an exact double-double sum, or as an extended-precision estimate with an
// error bound; rounding happens once, from that, never via an intermediate double.

extension NumberFormat {
  /// The grid spacing (quantum) of the binade of exponent `e`, or of the subnormals below
  /// 2^minExponent: 2^(max(e, minExponent) − p + 1).
  @inlinable func quantum(exponent e: Int) -> Double {
    Double(sign: .plus, exponent: Swift.max(e, minExponent) - significandBits + 1,
           significand: 1)
  }

  /// `x` rounded to the format (ties to even); infinities and NaN pass, finite values
  /// beyond the greatest finite become infinity or, without infinities, saturate.
  public func rounded(_ x: Double) -> Double {
    guard significandBits < 53, x.isFinite, x != 0 else { return overflowed(x) }
    // x / q and n · q are exact: q is a power of two and neither over- nor underflows.
    let q = quantum(exponent: x.exponent)
    return overflowed((x / q).rounded(.toNearestOrEven) * q)
  }

  /// The exact sum `hi + lo` rounded once to the format, for `hi` = RN(hi + lo) (a
  /// normalized double-double such as TwoSum or TwoProduct give).
  ///
  /// Why `hi` decides all but one case: every midpoint of a format narrower than double
  /// is itself a double, and |lo| ≤ ulp(hi)/2, so hi + lo lies on the same side of a
  /// midpoint as hi unless hi IS the midpoint; then the sign of lo breaks the tie.
  /// For float64 the answer is hi itself.
  public func rounded(hi: Double, lo: Double) -> Double {
    guard lo != 0, significandBits < 53, hi.isFinite, hi != 0 else { return rounded(hi) }
    let q = quantum(exponent: hi.exponent)
    let m = hi / q
    let floor = m.rounded(.down)
    guard m - floor == 0.5 else { return rounded(hi) }
    return overflowed((lo > 0 ? floor + 1 : floor) * q)
  }

  /// The real y·(1 + δ), |δ| ≤ `relativeError`, rounded to the format: the rounding of
  /// y, and whether it is `decided` (y·(1 − ε) and y·(1 + ε) round the same way, so
  /// every real the estimate allows does). Undecided only within ε of a midpoint.
  public func rounded(estimate y: Float80, relativeError: Float80) -> (value: Double, decided: Bool) {
    guard y.isFinite, y != 0 else { return (overflowed(Double(y)), true) }
    let value = roundedExtended(y)
    let slack = y.magnitude * relativeError
    let decided = roundedExtended(y - slack) == value && roundedExtended(y + slack) == value
    return (value, decided)
  }

  /// y rounded to the format in extended arithmetic (exact scaling and rounding to an
  /// integer, then one exact conversion: the result has at most 53 bits).
  func roundedExtended(_ y: Float80) -> Double {
    guard y.isFinite, y != 0 else { return overflowed(Double(y)) }
    let e = Swift.max(Int(y.exponent), minExponent) - significandBits + 1
    let q = Float80(sign: .plus, exponent: e, significand: 1)
    let n = (y / q).rounded(.toNearestOrEven)
    if Swift.abs(n) > 0x1p60 { return overflowed(y > 0 ? .infinity : -.infinity) }
    return overflowed(Double(n * q))
  }

  /// What the format makes of a value already on its grid (or infinite): beyond the
  /// greatest finite, infinity, or ±greatest finite when the format saturates.
  @inlinable func overflowed(_ r: Double) -> Double {
    guard r.magnitude > greatestFinite, !r.isNaN else { return r }
    if hasInfinity { return r < 0 ? -.infinity : .infinity }
    return r < 0 ? -greatestFinite : greatestFinite
  }
}

extension NumberFormat {
  /// Whether the real y, rounded with an unbounded exponent, lies beyond the greatest
  /// finite: where an operation overflows (to infinity, or E4M3's saturation; E4M3's 464
  /// is a tie that rounds to 448, so it does not overflow).
  public func overflows(_ y: Float80) -> Bool {
    guard y.isFinite else { return !y.isNaN }
    guard y != 0 else { return false }
    let e = Swift.max(Int(y.exponent), minExponent) - significandBits + 1
    let q = Float80(sign: .plus, exponent: e, significand: 1)
    return ((y / q).rounded(.toNearestOrEven) * q).magnitude > Float80(greatestFinite)
  }
}
