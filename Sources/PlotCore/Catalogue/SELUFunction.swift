// SELU: scale·(max(0, x) + min(0, alpha·(e^x − 1))) with PyTorch's constants.

import Glibc

/// selu(x) = λx for x > 0, λα·expm1(x) for x ≤ 0, with PyTorch's α =
/// 1.6732632423543772848170429916717 and λ = 1.0507009873554804934193349852946 (the
/// decimal numbers, carried as double-doubles); selu' = λ for x > 0, λα·e^x for x ≤ 0
/// (selu'(0) = λα ≈ 1.7581, PyTorch's `elu_backward`); selu'' = λα·e^x for x < 0, else 0.
///
/// Hazards and cures: e^x − 1 cancels near 0 (glibc's expm1, about 1 ulp); rounding λ
/// and λα to doubles would cost up to half an ulp more, so each product is λ.hi·y exact
/// (fma) plus λ.lo·y, rounded once. λx overflows for x > 1.711e308, where the true value
/// is past the largest double too (+∞ is its rounding). Within about 1.5 ulps.
public struct SELUFunction: PlotFunction {
  public init() {}

  /// λ = 1.0507009873554804934193349852946 as hi + lo (mpmath).
  static let scale = DoubleDouble(hi: 0x1.0cfabd6a91132p+0, lo: 0x1.6fc7d272f2695p-55)
  /// λα as hi + lo (mpmath, from the two decimal constants).
  static let scaleAlpha = DoubleDouble(hi: 0x1.c212cc640f031p+0, lo: 0x1.05161b045a1fep-56)

  public var names: FunctionNames {
    FunctionNames(commandLine: "selu", legend: "SELU", symbol: "selu")
  }
  public var parameters: [FunctionParameter] { [] }

  /// c·y rounded once, c a double-double constant.
  static func times(_ c: DoubleDouble, _ y: Double) -> Double {
    let head = c.hi * y
    if !head.isFinite { return head }
    return head + ((-head).addingProduct(c.hi, y) + c.lo * y)
  }

  public func value(at x: Double, _ p: ParameterValues) -> Double {
    if x.isNaN { return x }
    return x > 0 ? Self.times(Self.scale, x) : Self.times(Self.scaleAlpha, expm1(x))
  }

  /// λα·e^x for x ≤ 0, rounded once also where e^x alone is subnormal.
  static func scaledExp(_ x: Double) -> Double {
    if x < -TailExponential.threshold { return TailExponential.scaled(-x, by: scaleAlpha) }
    return times(scaleAlpha, exp(x))
  }

  public func derivative(at x: Double, _ p: ParameterValues) -> Double {
    if x.isNaN { return x }
    return x > 0 ? Self.scale.hi : Self.scaledExp(x)
  }

  public func secondDerivative(at x: Double, _ p: ParameterValues) -> Double {
    x < 0 ? Self.scaledExp(x) : (x.isNaN ? x : 0)
  }

  public func naturalLog(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    naturalLogFromMagnitude(order, at: x, p)
  }
}
