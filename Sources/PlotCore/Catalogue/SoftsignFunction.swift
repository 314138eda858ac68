// Softsign, x/(1 + |x|), and its derivatives with PyTorch's convention at 0.

/// softsign x = x/(1 + |x|), softsign' x = 1/(1 + |x|)², softsign'' x = −2·sign(x)/(1 + |x|)³,
/// with softsign''(0) = 0 (autograd meets sign(0) = 0 in abs's backward; the one-sided
/// limits are ±2).
///
/// Hazards and cures: 1 + |x| rounds, and the quotient, square and cube would each round
/// again (up to 2 ulps in all); (1 + |x|)² and (1 + |x|)³ overflow for |x| > 2^511 and
/// 2^341 while softsign' and softsign'' are still normal or subnormal. So r = 1/(1 + |x|)
/// is formed once as a double-double (the sum exact by TwoSum, the reciprocal corrected
/// from its fma residual), and f' = r², f'' = −2r³ are double-double products rounded
/// once: never an overflow (r ≤ 1). For |x| ≥ 1, f = ±(1 − r) (no cancellation: r ≤ 1/2).
/// Within about half an ulp plus 2^-100.
public struct SoftsignFunction: PlotFunction {
  public init() {}

  public var names: FunctionNames {
    FunctionNames(commandLine: "softsign", legend: "Softsign", symbol: "softsign")
  }
  public var parameters: [FunctionParameter] { [] }

  /// 1/(1 + |x|) as hi + lo, to about 2^-104 relative (hi subnormal only where
  /// |x| > 2^1022, where the callers' results underflow or are ±1).
  static func reciprocal(_ x: Double) -> DoubleDouble {
    let a = DoubleDouble(sum: 1, x.magnitude)
    let q = 1 / a.hi
    let residual = 1.addingProduct(-q, a.hi) - q * a.lo
    return DoubleDouble(hi: q, lo: q * residual)
  }

  /// r² as hi + lo (exact head product by fma).
  static func square(_ r: DoubleDouble) -> DoubleDouble {
    let head = r.hi * r.hi
    return DoubleDouble(hi: head, lo: (-head).addingProduct(r.hi, r.hi) + 2 * r.hi * r.lo)
  }

  public func value(at x: Double, _ p: ParameterValues) -> Double {
    if !x.isFinite { return x.isNaN ? x : (x > 0 ? 1 : -1) }
    let r = Self.reciprocal(x)
    if x.magnitude < 1 {
      let head = x * r.hi
      return head + ((-head).addingProduct(x, r.hi) + x * r.lo)
    }
    let s = DoubleDouble(sum: 1, -r.hi)
    let t = s.hi + (s.lo - r.lo)
    return x < 0 ? -t : t
  }

  public func derivative(at x: Double, _ p: ParameterValues) -> Double {
    if !x.isFinite { return x.isNaN ? x : 0 }
    let s = Self.square(Self.reciprocal(x))
    return s.hi + s.lo
  }

  public func secondDerivative(at x: Double, _ p: ParameterValues) -> Double {
    if x.isNaN || x == 0 { return x.isNaN ? x : 0 }
    if !x.isFinite { return x > 0 ? -0.0 : 0 }
    let r = Self.reciprocal(x)
    let s = Self.square(r)
    let head = s.hi * r.hi
    let cube = head + ((-head).addingProduct(s.hi, r.hi) + (s.hi * r.lo + s.lo * r.hi))
    return x > 0 ? -2 * cube : 2 * cube
  }

  public func naturalLog(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    naturalLogFromMagnitude(order, at: x, p)
  }
}
