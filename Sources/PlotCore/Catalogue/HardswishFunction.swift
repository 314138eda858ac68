// Hardswish, x·hardsigmoid(x), with current ATen's convention at its corners.

/// hardswish(x) = 0 for x ≤ −3, x for x ≥ 3, x(x + 3)/6 between; the derivative is
/// x/3 + 1/2 strictly inside (−3, 3), 0 for x ≤ −3 and 1 for x ≥ 3; the second derivative
/// 1/3 strictly inside, else 0 (current ATen's CPU and CUDA kernels; releases before took
/// the closed interval, f'(−3) = −1/2).
///
/// Hazards: three roundings (x + 3, the product, the division) could add up to 1.5 ulps,
/// and x/3 + 1/2 cancels at its zero x = −3/2. Cures: x + 3 as an exact sum (TwoSum) and
/// x·(x + 3) as an exact product (fma), so the only roundings are the division by 6 of
/// the double-double and its final sum; the derivative is (2x + 3)/6 with 2x + 3 exact
/// the same way. Within about half an ulp.
public struct HardswishFunction: PlotFunction {
  public init() {}

  public var names: FunctionNames {
    FunctionNames(commandLine: "hardswish", legend: "Hardswish", symbol: "hardswish")
  }
  public var parameters: [FunctionParameter] { [] }

  /// (hi + lo)/6 rounded once (to within a hair of half an ulp).
  static func sixth(_ s: DoubleDouble) -> Double {
    let q = s.hi / 6
    let remainder = s.hi.addingProduct(-q, 6) + s.lo  // s.hi − 6q exact (fma), then lo
    return q + remainder / 6
  }

  public func value(at x: Double, _ p: ParameterValues) -> Double {
    if x.isNaN { return x }
    if x <= -3 { return 0 }
    if x >= 3 { return x }
    let s = DoubleDouble(sum: x, 3)                  // x + 3 exactly
    let head = x * s.hi
    let product = DoubleDouble(hi: head, lo: (-head).addingProduct(x, s.hi) + x * s.lo)
    return Self.sixth(product)
  }

  public func derivative(at x: Double, _ p: ParameterValues) -> Double {
    if x.isNaN { return x }
    if x <= -3 { return 0 }
    if x >= 3 { return 1 }
    return Self.sixth(DoubleDouble(sum: 2 * x, 3))
  }

  public func secondDerivative(at x: Double, _ p: ParameterValues) -> Double {
    if x.isNaN { return x }
    return -3 < x && x < 3 ? 1.0 / 3 : 0
  }

  public func naturalLog(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    naturalLogFromMagnitude(order, at: x, p)
  }
}
