// Softplus, log(1 + e^(beta·x))/beta (PyTorch's formula without its threshold), and its
// derivatives, the logistic function and its derivative.

import Glibc

/// softplus(x) = log(1 + e^v)/β with v = βx (β = beta, default 1, in [0.05, 20]);
/// softplus' = S(v), softplus'' = β·S'(v).
///
/// Hazards and cures:
/// - log(1 + y) loses y's digits when y = e^v is small (the left tail, where softplus ≈
///   e^v/β): log1p.
/// - e^v overflows for v > 709 although softplus ≈ x there: for v > 0 it is
///   x + log1p(e^(−v))/β (v/β is x exactly), the quotient kept as a double-double so the
///   sum rounds once.
/// - v = β ⊗ x is rounded, and e^v, S(v), S'(v) amplify its error by up to |v| in the
///   tails: v is carried as hi + lo (fma), e^v = e^hi·(1 + lo), and the logistic values
///   are corrected to first order (``SplitArgument``).
/// - Past |v| = 690, e^v and S'(v) are subnormal while softplus and β·S'(v) may not be:
///   their tail forms are rounded once (``TailExponential``).
/// About 1 ulp from glibc's exp and log1p; S and S' are correctly rounded before the
/// correction.
public struct SoftplusFunction: PlotFunction {
  public init() {}

  /// The sharpness: larger β bends closer to ReLU. Default 1.
  public static let beta = FunctionParameter(
    name: "beta", meaning: "sharpness", defaultValue: 1, range: 0.05...20, step: 0.05)

  public var names: FunctionNames {
    FunctionNames(commandLine: "softplus", legend: "Softplus", symbol: "softplus")
  }
  public var parameters: [FunctionParameter] { [Self.beta] }

  /// log(1 + e^(βx))/β for finite x.
  static func softplus(_ x: Double, beta: Double) -> Double {
    let v = SplitArgument(product: beta, x)
    if v.hi > 0 {
      let e = exp(-v.hi)
      let l = log1p(e - e * v.lo)
      let q = l / beta
      let r = l.addingProduct(-q, beta) / beta  // the quotient's rounding error
      let s = DoubleDouble(sum: x, q)
      return s.hi + (s.lo + r)
    }
    if v.hi < -TailExponential.threshold {  // e^v subnormal: e^v(1 − e^v/2)/β at once
      return TailExponential.scaled(-v.hi, lo: -v.lo, by: TailExponential.reciprocal(beta),
                                    minus: 0.5)
    }
    let e = exp(v.hi)
    return log1p(e + e * v.lo) / beta
  }

  public func value(at x: Double, _ p: ParameterValues) -> Double {
    if !x.isFinite { return x > 0 || x.isNaN ? x : 0 }
    return Self.softplus(x, beta: p[0])
  }

  public func derivative(at x: Double, _ p: ParameterValues) -> Double {
    if !x.isFinite { return x.isNaN ? x : (x > 0 ? 1 : 0) }
    return SplitArgument(product: p[0], x).sigmoidValue
  }

  public func secondDerivative(at x: Double, _ p: ParameterValues) -> Double {
    if !x.isFinite { return x.isNaN ? x : 0 }
    let v = SplitArgument(product: p[0], x)
    if v.hi.magnitude > TailExponential.threshold {  // β·t(1 − 2t), t = e^(−|v|)
      return TailExponential.scaled(v.hi.magnitude, lo: v.hi > 0 ? v.lo : -v.lo,
                                    by: DoubleDouble(p[0]), minus: 2)
    }
    return p[0] * v.sigmoidDerivativeValue
  }

  public func naturalLog(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    naturalLogFromMagnitude(order, at: x, p)
  }
}
