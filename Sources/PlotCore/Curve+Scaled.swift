// Each curve's value already transformed to a y scale, computed in log space so nothing
// passes through a double that underflows: log10 S'(800) is about -347.4 although S'(800)
// is 0 as a double. Not the transforms of arbitrary data (YScale does that).

import Foundation

extension Curve {
  /// u = T(f(x)) for this curve f and the scale's transform T, without forming f(x) where
  /// that would underflow or cancel. NaN where T is undefined (S'' ≤ 0 under log, S'' < 0
  /// under logit), -infinity where it runs off (S''(0) = 0 under log and logit).
  ///
  /// With a = |x| and t = e^(-a) (never overflows), natural logs:
  ///
  ///     ln S(x)   = -log1p(e^(-x))                x >= 0
  ///               = x - log1p(e^x)                x <  0  (e^(-x) would overflow)
  ///     ln S'(x)  = -a - 2·log1p(t)
  ///     ln S''(x) = -a + ln(-expm1(-a)) - 3·log1p(t)   x < 0 (S'' > 0 there)
  ///     logit S(x)  = x                            exactly
  ///     logit f     = ln f - log1p(-f)             f = S' <= 1/4 or S'' < 0.1: no cancellation
  ///
  /// Each sum adds terms of one sign, so it keeps full relative accuracy; the final
  /// multiplication by log10(e) adds at most an ulp.
  @inlinable public func scaledValue(_ x: Double, in scale: YScale) -> Double {
    switch scale {
    case .linear: return evaluate(x)
    case .log: return naturalLog(x) * YScale.log10e
    case .logit:
      if x.isNaN { return x }
      switch self {
      case .sigmoid: return x * YScale.log10e
      case .derivative, .secondDerivative:
        let lnF = naturalLog(x)
        if lnF.isNaN || lnF == -.infinity { return lnF }
        return (lnF - log1p(-evaluate(x))) * YScale.log10e
      }
    }
  }

  /// ln f(x), NaN where f(x) < 0, -infinity where f(x) = 0 exactly (S''(0)).
  @inlinable func naturalLog(_ x: Double) -> Double {
    if x.isNaN { return x }
    let a = x.magnitude
    switch self {
    case .sigmoid:
      return x >= 0 ? -log1p(exp(-x)) : x - log1p(exp(x))
    case .derivative:
      return -a - 2 * log1p(exp(-a))
    case .secondDerivative:
      guard x <= 0 else { return .nan }
      if x == 0 { return -.infinity }
      return -a + Foundation.log(-expm1(-a)) - 3 * log1p(exp(-a))
    }
  }
}
