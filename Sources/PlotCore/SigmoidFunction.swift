// The logistic sigmoid as a plotted family: S_k,x0(x) = S(k·(x − x0)) with steepness k
// and midpoint x0, its derivatives, and their logs for the log and logit scales. The
// numerics are Sigmoid.swift's; its story points and readout tails are in the
// SigmoidFunction+Story.swift and SigmoidFunction+Readout.swift extensions.

import Glibc

/// The logistic sigmoid family S_k,x0(x) = S(u), u = k·(x − x0):
///
///     S_k,x0(x)   = S(u)          S_k,x0'(x) = k·S'(u)          S_k,x0''(x) = k²·S''(u)
///
/// Accuracy. At the defaults (k = 1, x0 = 0) the values are Sigmoid.swift's own, bit for
/// bit: ``sigmoid(_:)``, ``sigmoidDerivative(_:)``, ``sigmoidSecondDerivative(_:)``,
/// each correctly rounded. Elsewhere the rounded u = k ⊗ (x ⊖ x0) would pass its error
/// (~2^-52 relative) on amplified by |u| in the tails (hundreds of ulps near u = ±700),
/// so u is carried as a double-double (SigmoidFunction+Parameters.swift) and the values
/// are within about 1 ulp (checked against Fixtures/Catalogue/catalogue-sigmoid-reference.csv).
public struct SigmoidFunction: PlotFunction {
  public init() {}

  /// Steepness: S(k·(x − x0)) rises k times as fast. Default 1.
  public static let steepness = FunctionParameter(
    name: "k", meaning: "steepness", defaultValue: 1, range: 0.05...20, step: 0.05)
  /// Midpoint: where S crosses 1/2. Default 0.
  public static let midpoint = FunctionParameter(
    name: "x0", meaning: "midpoint", defaultValue: 0, range: -10...10, step: 0.1)

  static let familyNames = FunctionNames(commandLine: "sigmoid", legend: "Sigmoid", symbol: "S")
  static let parameterList = [steepness, midpoint]

  public var names: FunctionNames { Self.familyNames }
  public var parameters: [FunctionParameter] { Self.parameterList }

  /// Whether `p` is (k, x0) = (1, 0), where every value is Sigmoid.swift's unchanged.
  @inlinable static func isPlain(_ p: ParameterValues) -> Bool { p[0] == 1 && p[1] == 0 }

  /// u = k·(x − x0). At the defaults this is x itself, bit for bit (x − 0 = x, −0 − 0 =
  /// −0, 1·x = x, NaN and ±∞ pass through), and so are k·f(u) = 1·f(x) and k²·f(u): the
  /// values there are Sigmoid.swift's own without a branch in the hot loop.
  @inlinable static func argument(_ x: Double, _ p: ParameterValues) -> Double {
    p[0] * (x - p[1])
  }

  @inlinable @inline(__always) public func value(at x: Double, _ p: ParameterValues) -> Double {
    if !Self.isPlain(p), !x.isNaN { return Self.parameterizedValue(x, p) }
    return sigmoid(Self.argument(x, p))
  }

  @inlinable @inline(__always) public func derivative(at x: Double, _ p: ParameterValues) -> Double {
    if !Self.isPlain(p), !x.isNaN { return Self.parameterizedDerivative(x, p) }
    return p[0] * sigmoidDerivative(Self.argument(x, p))
  }

  @inlinable @inline(__always) public func secondDerivative(at x: Double, _ p: ParameterValues) -> Double {
    if !Self.isPlain(p), !x.isNaN { return Self.parameterizedSecondDerivative(x, p) }
    return sigmoidSecondDerivative(Self.argument(x, p))
  }

  /// With a = |u| and t = e^(−a) (never overflows), natural logs:
  ///
  ///     ln S(u)   = −log1p(e^(−u))                 u ≥ 0
  ///               = u − log1p(e^u)                 u < 0  (e^(−u) would overflow)
  ///     ln S'(u)  = −a − 2·log1p(t)
  ///     ln S''(u) = −a + ln(−expm1(−a)) − 3·log1p(t)   u < 0 (S'' > 0 there)
  ///
  /// plus ln k for S' and 2·ln k for S'' (nothing at k = 1). Each sum adds terms of one
  /// sign, so it keeps full relative accuracy.
  @inlinable @inline(__always) public func naturalLog(_ order: DerivativeOrder, at x: Double,
                                    _ p: ParameterValues) -> Double {
    if x.isNaN { return x }
    let k = p[0], u = Self.argument(x, p)
    let a = u.magnitude
    switch order {
    case .value:
      return u >= 0 ? -log1p(exp(-u)) : u - log1p(exp(u))
    case .first:
      let lnS1 = -a - 2 * log1p(exp(-a))
      return k == 1 ? lnS1 : lnS1 + Glibc.log(k)
    case .second:
      guard u <= 0 else { return .nan }
      if u == 0 { return -.infinity }
      let lnS2 = -a + Glibc.log(-expm1(-a)) - 3 * log1p(exp(-a))
      return k == 1 ? lnS2 : lnS2 + 2 * Glibc.log(k)
    }
  }

  /// logit S(u) = u exactly, so S is the straight line u·log10(e); S' ≤ k/4 and S'' are
  /// far from 1 at the defaults, where the default form does not cancel (S'_k > 1 for
  /// k > 4 is NaN: outside the logit's domain).
  @inlinable public func logit(_ order: DerivativeOrder, at x: Double,
                               _ p: ParameterValues) -> Double {
    if x.isNaN { return x }
    if order == .value { return Self.argument(x, p) * YScale.log10e }
    return logitFromLog(order, at: x, p)
  }
}

extension PlottedCurve {
  /// The sigmoid S at the defaults (k = 1, x0 = 0), and its derivatives.
  public static let sigmoid = PlottedCurve(SigmoidFunction(), .value)
  public static let sigmoidDerivative = PlottedCurve(SigmoidFunction(), .first)
  public static let sigmoidSecondDerivative = PlottedCurve(SigmoidFunction(), .second)
  /// S, S' and S'' at the defaults, in legend order: the viewer's default legend.
  public static let sigmoidCurves = [sigmoid, sigmoidDerivative, sigmoidSecondDerivative]
}
