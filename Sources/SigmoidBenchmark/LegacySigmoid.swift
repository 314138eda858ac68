// The sigmoid formulas as they were before issue 17 (glibc exp, one final rounding, within
// 1.43 ulps), kept only so that `sigmoid-benchmark micro` can time today's functions
// against them in one run. Not used by the program.

import Foundation

/// The pre-issue-17 S, S', S'' (exp-based, not correctly rounded).
enum LegacySigmoid {
  /// a + b and its rounding error, |a| ≥ |b|.
  static func fastSum(_ a: Double, _ b: Double) -> (Double, Double) {
    let hi = a + b
    return (hi, b - (hi - a))
  }

  /// (hi, lo) · (hi, lo) as a double-double.
  static func multiply(_ x: (Double, Double), _ y: (Double, Double)) -> (Double, Double) {
    let hi = x.0 * y.0
    let lo = (-hi).addingProduct(x.0, y.0) + (x.0 * y.1 + x.1 * y.0)
    return fastSum(hi, lo)
  }

  /// n / d, both double-doubles, rounded once.
  static func divide(_ n: (Double, Double), by d: (Double, Double)) -> Double {
    let q = n.0 / d.0
    let r = n.0.addingProduct(-q, d.0) + n.1 - q * d.1
    return q + r / d.0
  }

  static func sigmoid(_ x: Double) -> Double {
    if x.isNaN { return x }
    let t = exp(-x.magnitude)
    return divide((x >= 0 ? 1 : t, 0), by: fastSum(1, t))
  }

  static func derivative(_ x: Double) -> Double {
    if x.isNaN { return x }
    let t = exp(-x.magnitude)
    let u = fastSum(1, t)
    return divide((t, 0), by: multiply(u, u))
  }

  static func secondDerivative(_ x: Double) -> Double {
    if x.isNaN { return x }
    if x == 0 { return 0 }
    let a = x.magnitude
    let t = exp(-a)
    let oneMinusT = a < 0.693_147_180_559_945_3 ? (-expm1(-a), 0) : fastSum(1, -t)
    let u = fastSum(1, t)
    let magnitude = divide(multiply(oneMinusT, (t, 0)), by: multiply(multiply(u, u), u))
    return x.sign == .minus ? magnitude : -magnitude
  }
}
