// ln|F·e^(−a)| for the tails TailExponential rounds: the same forms as the values, with
// the exponent kept as a logarithm, so they go on where F·e^(−a) underflows (a > 745)
// and however large a is.

import Glibc

extension TailExponential {
  /// ln|F·e^(−(a + aLo))·(1 − k·e^(−a))| and the sign of F, for a ≥ 0 (the value's tail
  /// forms, ``scaled(_:lo:by:minus:)``, and its conditions on aLo and k·e^(−a)).
  ///
  /// ln|F| − a rounds once after glibc's log (under an ulp), and F.lo/F.hi − aLo − k·e^(−a)
  /// are added as a small correction: within about 1 ulp of the result, as ln|F| ≤ 710 is
  /// far below a in every tail that uses it (a ≥ 690). An infinite a (the argument
  /// overflowed: GELU at |x| > 1.3e154) saturates (``LogMagnitude``); F = 0 is a zero.
  static func logScaled(_ a: Double, lo aLo: Double = 0, by factor: DoubleDouble,
                        minus k: Double = 0) -> LogMagnitude {
    let negative = factor.hi < 0
    if factor.hi == 0 { return .zero(isNegative: negative) }
    guard a.isFinite, factor.hi.isFinite else {
      return LogMagnitude(ln: -.greatestFiniteMagnitude, isNegative: negative)
    }
    let head = Glibc.log(factor.hi.magnitude) - a
    let small = factor.lo / factor.hi - aLo - k * Glibc.exp(-a)
    return LogMagnitude(ln: head + small, isNegative: negative)
  }

  /// ln|F·e^(−|v|)·(1 − k·e^(−|v|))| for a split argument v (either sign), the catalogue's
  /// `tail(v, factor, minus:)` forms.
  static func logScaled(_ v: SplitArgument, by factor: DoubleDouble, minus k: Double = 0)
    -> LogMagnitude
  {
    logScaled(v.hi.magnitude, lo: v.hi < 0 ? -v.lo : v.lo, by: factor, minus: k)
  }

  /// ln|c·x| for a tiny x (|x| < 2^-900) where f(x) = c·x to far below an ulp but the
  /// double product is subnormal and loses digits (GELU(x) ≈ x/2, Mish(x) ≈ 0.6·x).
  static func logLinear(_ x: Double, lnC: Double, negativeC: Bool = false) -> LogMagnitude {
    if x == 0 { return .zero(isNegative: (x.sign == .minus) != negativeC) }
    return LogMagnitude(ln: Glibc.log(x.magnitude) + lnC, isNegative: (x < 0) != negativeC)
  }

  /// Below this |x|, ``logLinear(_:lnC:negativeC:)`` forms apply: the next term of f is
  /// x² times a constant, a relative 2^-900 of f.
  static let linearBelow = 0x1p-900
}
