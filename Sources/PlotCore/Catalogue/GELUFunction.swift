// GELU, x·Φ(x) with Φ the standard normal distribution function, and its derivatives.

import Glibc

/// gelu(x) = x·Φ(x) = x/2·erfc(−x/√2); gelu' = Φ(x) + x·φ(x); gelu'' = φ(x)·(2 − x²),
/// φ(x) = e^(−x²/2)/√(2π).
///
/// Hazards and cures:
/// - 1 + erf(x/√2) cancels for x ≪ 0 (GELU(−10) ≈ −7.6e−23): erfc of the positive
///   z = −x/√2 instead, glibc's (about 1 ulp).
/// - z = x ⊗ (1/√2) is rounded and erfc(z) ≈ e^(−z²) amplifies its error by 2z²: z is
///   carried as hi + lo (1/√2 to 2^-106, the product by fma) and
///   erfc(hi + lo) = erfc(hi)·(1 − lo·(2/√π)e^(−hi²)/erfc(hi)). Likewise e^(−x²/2) with x²
///   exact (fma): e^(−hi/2)·(1 − lo/2).
/// - For x ≥ 0, Φ = 1 − erfc(z)/2 is kept as a double-double so x·Φ rounds once.
/// - For x < −20, erfc(z) nears the subnormals while x·Φ(x) is normal down to −37.5:
///   there Φ(x) = φ(x)·M(|x|) with Mills' ratio M(a) = (1/a)(1 − 1/a² + 3/a⁴ − …)
///   (14 terms, below 2^-66 at a = 20), and f, f', f'' = −φ·a·M, −φ·(a − M), φ·(2 − x²)
///   rounded once with e^(−x²/2) carried apart (``TailExponential``).
/// - gelu' has a zero at −0.7518, gelu'' at ±√2: sums of terms of both signs, formed as
///   double-doubles, φ from ExpMinus's e^(−x²/2) (2^-100.9).
/// - gelu'' = φ·(2 − x²) for |x| > 20 likewise with e^(−x²/2) carried apart.
/// Within about 1.5 ulps: glibc's erfc (about 1 ulp) is the one step not double-double.
public struct GELUFunction: PlotFunction {
  public init() {}

  /// 1/√2, 1/√(2π), 2/√π as hi + lo (mpmath).
  static let sqrtHalf = DoubleDouble(hi: 0x1.6a09e667f3bcdp-1, lo: -0x1.bdd3413b26456p-55)
  static let invSqrt2Pi = DoubleDouble(hi: 0x1.9884533d43651p-2, lo: -0x1.cbc0d30ebfd15p-56)
  static let twoOverSqrtPi = 0x1.20dd750429b6dp+0

  public var names: FunctionNames {
    FunctionNames(commandLine: "gelu", legend: "GELU", symbol: "gelu")
  }
  public var parameters: [FunctionParameter] { [] }

  /// Where the Mills-ratio tail takes over.
  static let millsCut = -20.0

  /// φ(x) as a double-double for |x| ≤ 20: e^(−x²/2) from ExpMinus (2^-100.9, not
  /// glibc's half-ulp exp, which would show through gelu' near its zero).
  static func density(_ x: Double) -> DoubleDouble {
    let x2 = DoubleDouble(square: x)
    let t = ExpMinus(0.5 * x2.hi).t
    return invSqrt2Pi.times(DoubleDouble(fastSum: t.hi, t.lo - t.hi * (0.5 * x2.lo)))
  }

  /// Φ(x) as a double-double for −20 ≤ x ≤ 40.
  static func distribution(_ x: Double) -> DoubleDouble {
    let z = DoubleDouble(x.magnitude).times(sqrtHalf)  // |x|/√2 as hi + lo
    let e = erfc(z.hi)
    // The lo part moves erfc by −lo·(2/√π)·e^(−hi²): its first-order correction.
    let half = 0.5 * (e - z.lo * twoOverSqrtPi * exp(-z.hi * z.hi))
    if x < 0 { return DoubleDouble(half) }
    return DoubleDouble(sum: 1, -half)
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
    naturalLogFromValue(order, at: x, p)
  }
}
