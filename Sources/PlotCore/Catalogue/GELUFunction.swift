// GELU, x·Φ(x) with Φ the standard normal distribution function, and its derivatives.

/// gelu(x) = x·Φ(x) = x/2·erfc(−x/√2); gelu' = Φ(x) + x·φ(x); gelu'' = φ(x)·(2 − x²),
/// φ(x) = e^(−x²/2)/√(2π).
///
/// Hazards and cures:
/// - 1 + erf(x/√2) cancels for x ≪ 0 (GELU(−10) ≈ −7.6e−23), and glibc's erfc, the
///   textbook cure, errs by up to 2.4 ulps; a rounded z = x/√2 would be amplified by 2z²
///   in erfc's tail too. Cure: Φ in double-double with x itself as the argument
///   (``distribution(_:)``: a series of positive terms for |x| ≤ 5, Mills' ratio as a
///   continued fraction beyond), e^(−x²/2) with x² exact (fma) from ExpMinus.
/// - Φ, φ and their combinations stay double-doubles, so x·Φ, Φ + xφ and φ(2 − x²) each
///   round once.
/// - For x < −20, φ(x) nears the subnormals while x·Φ(x) is normal down to −37.5:
///   there Φ(x) = φ(x)·M(|x|) with Mills' ratio M(a) = (1/a)(1 − 1/a² + 3/a⁴ − …)
///   (14 terms, below 2^-66 at a = 20), and f, f', f'' = −φ·a·M, −φ·(a − M), φ·(2 − x²)
///   rounded once with e^(−x²/2) carried apart (``TailExponential``).
/// - gelu' has a zero at −0.7518, gelu'' at ±√2: sums of terms of both signs, formed as
///   double-doubles, φ from ExpMinus's e^(−x²/2) (2^-100.9).
/// - gelu'' = φ·(2 − x²) for |x| > 20 likewise with e^(−x²/2) carried apart.
/// Within about half an ulp plus 2^-70. Cost: up to ~75 double-double steps per value
/// (|x| near 5), the price of not trusting erfc.
public struct GELUFunction: PlotFunction {
  public init() {}

  /// 1/√(2π) as hi + lo (mpmath).
  static let invSqrt2Pi = DoubleDouble(hi: 0x1.9884533d43651p-2, lo: -0x1.cbc0d30ebfd15p-56)

  public var names: FunctionNames {
    FunctionNames(commandLine: "gelu", legend: "GELU", symbol: "gelu")
  }
  public var parameters: [FunctionParameter] { [] }

  /// Where the Mills-ratio tail takes over.
  static let millsCut = -20.0

  /// φ(x) as a double-double for |x| ≤ 40 (subnormal past 37.6): e^(−x²/2) from ExpMinus (2^-100.9, not
  /// glibc's half-ulp exp, which would show through gelu' near its zero).
  static func density(_ x: Double) -> DoubleDouble {
    let x2 = DoubleDouble(square: x)
    let t = ExpMinus(0.5 * x2.hi).t
    return invSqrt2Pi.times(DoubleDouble(fastSum: t.hi, t.lo - t.hi * (0.5 * x2.lo)))
  }

  /// Φ(x) as a double-double for −20 ≤ x ≤ 40, to about 2^-75 relative.
  ///
  /// |x| ≤ 5: Φ = 1/2 + φ(x)·Σ x^(2n+1)/(2n+1)!! (terms of one sign, summed in
  /// double-double until below 2^-106 of the sum, at most 75; for x < 0 the difference
  /// with 1/2 loses at most 2^-22 of the 2^-100, Φ(−5) being 2.9e−7). |x| > 5:
  /// Φ(−|x|) = φ(x)·M(|x|) with Mills' ratio as the continued fraction
  /// 1/(a + 1/(a + 2/(a + …))), 40 levels in double-double (below 1e−22 at a = 5), and
  /// Φ(x) = 1 − φ(x)·M(x) for x > 5. Not glibc's erfc: it errs by up to 2.4 ulps
  /// (measured near z = 4.78 against mpmath), beyond this function's bound.
  static func distribution(_ x: Double) -> DoubleDouble {
    let a = x.magnitude
    let phi = density(x)
    if a <= 5 {
      let x2 = DoubleDouble(square: x)
      var term = DoubleDouble(x), sum = DoubleDouble(x)
      var n = 0.0
      while n < 80 {
        n += 1
        term = term.times(x2).divided(byInteger: 2 * n + 1)
        sum = sum.plus(term)
        if term.hi.magnitude < sum.hi.magnitude * 0x1p-106 { break }
      }
      return DoubleDouble(0.5).plus(phi.times(sum))
    }
    let tail = phi.times(millsFraction(a))
    return x < 0 ? tail : DoubleDouble(1).plus(tail.negated)
  }

  /// Mills' ratio M(a) = Φ(−a)/φ(a) for a > 5, as its continued fraction (40 levels).
  static func millsFraction(_ a: Double) -> DoubleDouble {
    let aa = DoubleDouble(a)
    var t = aa
    for k in stride(from: 40.0, through: 1, by: -1) {
      t = aa.plus(DoubleDouble(k).over(t))
    }
    return DoubleDouble(1).over(t)
  }

  /// a·M(a) = a·Φ(−a)/φ(a) = 1 − 1/a² + 3/a⁴ − … for a ≥ 20 (asymptotic series,
  /// alternating, terms shrinking), the small terms summed apart from the 1.
  static func millsSeries(_ a: Double) -> DoubleDouble {
    let r = 1 / (a * a)
    var term = 1.0, small = 0.0
    for k in 1...14 {
      term *= -Double(2 * k - 1) * r
      small += term
    }
    return DoubleDouble(sum: 1, small)
  }

  /// M(a) = (a·M(a))/a as a double-double.
  static func millsRatio(_ a: Double) -> DoubleDouble {
    millsSeries(a).over(DoubleDouble(a))
  }

  /// factor·φ(x) for x < −20, rounded once (e^(−x²/2) carried apart).
  static func tail(_ x: Double, _ factor: DoubleDouble) -> Double {
    let x2 = DoubleDouble(square: x)
    return TailExponential.scaled(0.5 * x2.hi, lo: 0.5 * x2.lo, by: invSqrt2Pi.times(factor))
  }

  public func value(at x: Double, _ p: ParameterValues) -> Double {
    if x.isNaN || x > 40 { return x }  // Φ(40) rounds to 1
    if x < Self.millsCut {
      if x < -60 { return -0.0 }
      return Self.tail(x, Self.millsSeries(-x).negated)  // x·Φ = −φ·(a·M)
    }
    return Self.distribution(x).times(DoubleDouble(x)).rounded
  }

  public func derivative(at x: Double, _ p: ParameterValues) -> Double {
    if x.isNaN { return x }
    if x > 40 { return 1 }
    if x < Self.millsCut {
      if x < -60 { return -0.0 }
      return Self.tail(x, DoubleDouble(x).plus(Self.millsRatio(-x)))  // −(a − M)
    }
    return Self.distribution(x).plus(Self.density(x).times(DoubleDouble(x))).rounded
  }

  public func secondDerivative(at x: Double, _ p: ParameterValues) -> Double {
    if x.isNaN { return x }
    if x.magnitude > 60 { return -0.0 }
    let x2 = DoubleDouble(square: x)
    let factor = DoubleDouble(2).plus(x2.negated)
    if x.magnitude > -Self.millsCut { return Self.tail(x, factor) }  // φ nears subnormal
    return Self.density(x).times(factor).rounded
  }

  public func naturalLog(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    naturalLogFromMagnitude(order, at: x, p)
  }
}
