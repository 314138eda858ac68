// A true value written so that its rounding to a narrow format can be decided even when
// it lies on, or within a double's error of, a rounding midpoint: an exact rational
// leading part plus a small tail known to a relative error. The catalogue's double
// cannot decide such a rounding (GELU(x) = x/2 + x²/√(2π) + … for a subnormal bfloat16
// x is a midpoint plus 2^-130 of itself); this can, and a value exactly on a midpoint
// (hardsigmoid(3·2^-8) = 1/2 + 2^-9, a genuine tie) rounds to even.

/// v = numerator/denominator + tail, with |error| ≤ tailError·|tail| + absoluteError:
/// the numerator and denominator exact (denominator > 0), the tail a double (a
/// truncated series, or 0).
struct ExactForm: Sendable {
  var numerator: ExactDyadic
  var denominator: ExactDyadic = 1
  var tail: Double = 0
  /// The tail's relative error (truncation and its few roundings).
  var tailError: Double = 0
  /// An absolute error on the whole value (a constant such as SELU's λ known to 2^-104).
  var absoluteError: Double = 0

  /// The exact value n/d.
  init(_ numerator: ExactDyadic, over denominator: ExactDyadic = 1) {
    self.numerator = numerator
    self.denominator = denominator
  }

  /// A dyadic leading part plus a series tail.
  init(_ leading: ExactDyadic, tail: Double, tailError: Double) {
    self.numerator = leading
    self.tail = tail
    self.tailError = tailError
  }

  /// The value itself where it is a double (a numerator of at most 53 bits, nothing
  /// else): then the format's rounding of that double is the answer, ties included.
  var exactDouble: Double? {
    guard tail == 0, absoluteError == 0, numerator.magnitude.bitLength <= 53,
      denominator.magnitude.bitLength <= 53, denominator.approximation == 1
    else { return nil }
    return numerator.approximation
  }

  /// The value rounded to `format` (ties to even, with its subnormals and overflow), or
  /// nil where the tail's error still straddles a midpoint.
  ///
  /// How: y ≈ v picks the two format values g0 < g1 around |v| (those |y| lies between)
  /// and their midpoint M, a double. Then |v| − M = (s·n − M·d)/d + s·tail with s the
  /// sign of v: E = s·n − M·d is formed exactly, so only the tail's error is left. E = 0
  /// and no tail is a genuine tie (to even); E = 0 with a tail: the tail's sign decides;
  /// otherwise E/d + s·tail must clear its error bound.
  func rounded(in format: NumberFormat) -> Double? {
    guard tail.isFinite, tailError < 0.5 else { return nil }
    if let d = exactDouble { return format.rounded(d) }  // one rounding of the value itself
    let leading = numerator.approximation / denominator.approximation
    let y = leading + tail
    let slack = leading.magnitude * 0x1p-50 + tail.magnitude * (tailError + 0x1p-50)
      + absoluteError
    if numerator.isZero && tail == 0 && absoluteError == 0 { return 0 }
    guard y.isFinite, y.magnitude > slack else { return nil }
    let negative = y < 0
    let a = y.magnitude
    let g = format.rounded(a)
    var low: Double, high: Double?
    if g.isInfinite || g == format.greatestFinite && a > g {
      (low, high) = (format.greatestFinite, nil)   // nil: the next value is "overflow"
    } else if a >= g {
      (low, high) = (g, format.nextUp(g))
    } else {
      guard let below = format.nextDown(g) else { return nil }
      (low, high) = (below, g)
    }
    if high?.isInfinite == true { high = nil }
    let midpoint = high.map { (low + $0) / 2 } ?? low + format.ulp(at: low) / 2
    let s: ExactDyadic = negative ? numerator.negated : numerator
    let e = s - ExactDyadic(midpoint) * denominator
    let side: Int  // sign of |v| − M
    let t = negative ? -tail : tail
    if e.isZero {
      guard absoluteError == 0 else { return nil }
      side = t > 0 ? 1 : (t < 0 ? -1 : 0)
    } else {
      let d = e.approximation / denominator.approximation
      let sum = d + t
      let bound = d.magnitude * 0x1p-50 + t.magnitude * (tailError + 0x1p-50) + absoluteError
      guard sum.magnitude > bound else { return nil }
      side = sum > 0 ? 1 : -1
    }
    let overflow = format.overflowed(.infinity)
    let lowIsEven = format.bits(of: low) & 1 == 0
    let magnitude: Double
    switch side {
    case 1: magnitude = high ?? overflow
    case -1: magnitude = low
    default: magnitude = lowIsEven ? low : (high ?? overflow)
    }
    return negative ? -magnitude : magnitude
  }
}
