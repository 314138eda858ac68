// Exact signed dyadic numbers ±N·2^E of any size: what the lab's `exact` formula uses to
// compare a value's leading part with a rounding midpoint without any rounding. Built on
// BigUInt (the sigmoid's accurate path); sums and products only, a few hundred bits, used
// only where a double could not decide a rounding. Not a general big-number library.

/// ±magnitude·2^exponent, exactly. Every double (every format value, every parameter)
/// is one; sums and products of them stay exact.
struct ExactDyadic: Sendable {
  var negative: Bool
  var magnitude: BigUInt
  var exponent: Int

  init(negative: Bool, magnitude: BigUInt, exponent: Int) {
    self.negative = magnitude.isZero ? false : negative
    self.magnitude = magnitude
    self.exponent = exponent
  }

  /// The finite double `d`, exactly.
  init(_ d: Double) {
    precondition(d.isFinite, "ExactDyadic of a non-finite double")
    let a = d.magnitude
    let significand = a.significandBitPattern | (a.isNormal ? 1 << 52 : 0)
    let e = a.isNormal ? Int(a.exponent) - 52 : -1074
    self.init(negative: d.sign == .minus, magnitude: BigUInt(significand), exponent: e)
  }

  var isZero: Bool { magnitude.isZero }

  /// −1, 0 or 1.
  var signum: Int { isZero ? 0 : (negative ? -1 : 1) }

  var negated: ExactDyadic {
    ExactDyadic(negative: !negative, magnitude: magnitude, exponent: exponent)
  }

  var absolute: ExactDyadic {
    ExactDyadic(negative: false, magnitude: magnitude, exponent: exponent)
  }

  /// The nearest-ish double: the top 64 bits converted (relative error below 2^-52),
  /// for deciding what is far from a boundary, never for an exact comparison.
  var approximation: Double {
    if isZero { return 0 }
    let bits = magnitude.bitLength
    let shift = Swift.max(0, bits - 64)
    let top = Double((magnitude >> shift).low64)
    let value = Double(sign: .plus, exponent: exponent + shift, significand: top)
    return negative ? -value : value
  }

  static func + (a: ExactDyadic, b: ExactDyadic) -> ExactDyadic {
    if a.isZero { return b }
    if b.isZero { return a }
    // Align on the smaller exponent: the other magnitude shifts left, exactly.
    let e = Swift.min(a.exponent, b.exponent)
    let ma = a.magnitude << (a.exponent - e), mb = b.magnitude << (b.exponent - e)
    if a.negative == b.negative {
      return ExactDyadic(negative: a.negative, magnitude: ma + mb, exponent: e)
    }
    if ma < mb { return ExactDyadic(negative: b.negative, magnitude: mb - ma, exponent: e) }
    return ExactDyadic(negative: a.negative, magnitude: ma - mb, exponent: e)
  }

  static func - (a: ExactDyadic, b: ExactDyadic) -> ExactDyadic { a + b.negated }

  static func * (a: ExactDyadic, b: ExactDyadic) -> ExactDyadic {
    ExactDyadic(negative: a.negative != b.negative, magnitude: a.magnitude * b.magnitude,
                exponent: a.exponent + b.exponent)
  }
}

extension ExactDyadic: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
  init(floatLiteral value: Double) { self.init(value) }
  init(integerLiteral value: Int) { self.init(Double(value)) }
}
