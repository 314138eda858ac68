// The truth that `sample --format`'s ulps columns measure against: the catalogue's
// double is within 2 ulps of a double, so a float64 error in ulps measured against it
// could be wrong in its first digit (an exact result 0.4 ulps off would read 0 or 1.6).
// Here the true value comes from the function's ball (CatalogueBall.swift) as a
// double-double, within 2^-70 of itself: three significant digits of any error in ulps
// of any format. Slow (tens of microseconds per value): for the command line. The
// window's overlay (FormatSample) keeps ``trueValues(atFormatValue:)``, the catalogue's
// double: its strip is drawn on a log scale, where 2 ulps of a double cannot be seen
// in narrow formats and float64's sub-ulp errors are below the strip's floor.

extension PrecisionFormula {
  /// A real held as hi + lo (hi the double nearest it, or ±infinity past the range).
  public struct Reference: Sendable, Equatable {
    public var hi: Double
    public var lo: Double

    public init(hi: Double, lo: Double) {
      self.hi = hi
      self.lo = lo
    }
  }

  /// The true f^(order) at xf as hi + lo, accurate to 2^-70 relative (or exact, or, for a
  /// value beyond the double range, its rounding): the ball at 128, 256, … bits until its
  /// radius is that small (1024 bits at most, then the midpoint as it is).
  public func reference(_ order: DerivativeOrder, atFormatValue xf: Double) -> Reference {
    let f = spec.function, p = spec.parameters
    let v = f[order, xf, p]
    guard xf.isFinite, !v.isNaN else { return Reference(hi: v, lo: 0) }
    let name = spec.function.names.commandLine
    var bits = 128
    while true {
      guard let ball = CatalogueBall(bits: bits).value(name, order, x: xf, p) else {
        return Reference(hi: v, lo: 0)
      }
      let scale = Bound(magnitudeOf: ball.mid).roughExponent
      if ball.rad.isBelow(power: scale - 70) || bits >= 1024 {
        let hi = NumberFormat.float64.rounded(exactly: ball.mid)
        guard hi.isFinite, hi != 0 else { return Reference(hi: hi == 0 ? v * 0 : hi, lo: 0) }
        return Reference(hi: hi, lo: NumberFormat.float64.rounded(exactly: ball.mid - ExactDyadic(hi)))
      }
      bits *= 2
    }
  }

  /// The error of `computed` in ulps of the format at the reference `truth`: as
  /// ``ulps(_:truth:)``, the difference taken from the double-double ((c − hi) − lo: c −
  /// hi is exact when they are within a factor 2, and otherwise rounds by 2^-53 of
  /// itself, far below three digits).
  public func ulps(_ computed: Double, reference truth: Reference) -> Double {
    guard computed.isFinite, truth.hi.isFinite, truth.lo != 0 else {
      return ulps(computed, truth: truth.hi)
    }
    return ((computed - truth.hi) - truth.lo).magnitude / format.ulp(at: truth.hi)
  }
}
