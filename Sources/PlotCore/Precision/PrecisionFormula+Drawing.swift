// What the window's overlay should draw: the formula's values as fast as a frame needs.
// ``PrecisionFormula/computed(at:)`` is proven correctly rounded, which in float64 costs
// the balls (Multiprecision/): for `exact` every value (0.1 to 1 ms each), and for the
// textbook and stable formulas about one transcendental operation in four or five. At up
// to 16 inputs per pixel column that is seconds per frame (render --format float64
// --formula exact: 0.1 s before the balls, 3.9 s with them). At float64 resolution
// neither difference can be seen in the curve, so drawing takes the fast values.

extension PrecisionFormula {
  /// f, f', f'' at the real x as ``computed(at:)`` gives them, except in float64: `exact`
  /// is the catalogue's doubles (within 2 ulps of the truth, the same values as
  /// ``trueValues(atFormatValue:)``, so their error against those reads 0), and the
  /// format operations take glibc's long double rounding where its bound does not decide
  /// (wrong by one ulp in about 2^-10 of those cases). Narrow formats: identical to
  /// ``computed(at:)`` (their ball fallbacks are rare: never among 16- and 8-bit inputs).
  public func computedForDrawing(at x: Double) -> FormatValues {
    guard format.significandBits == 53 else { return computed(at: x) }
    let xf = format.input(x)
    if xf.isNaN { return FormatValues(.nan, .nan, .nan) }
    guard let steps else { return trueValues(atFormatValue: xf) }
    return steps(xf, spec.parameters, FormatArithmetic(format, decidesByBalls: false))
  }
}
