// The logistic sigmoid and its first two derivatives, accurate on the whole real line:
// within 1 ulp of the correctly rounded value at every point of the 77-digit fixture in
// Tests/PlotCoreTests (true error at most about 1.4 ulps where measured).
// Not a general math library: only what the viewer plots and the tests check.

import Foundation

// All three functions share one plan. With a = |x| and t = e^(−a) ∈ [0, 1]:
//
//     S(a)   = 1 / (1 + t)          S(−a)   = t / (1 + t)
//     S'(a)  = t / (1 + t)²         (even)
//     S''(a) = −t·(1 − t) / (1 + t)³  (odd)
//
// Hazards and cures:
// - e^(−x) in the textbook 1 / (1 + e^(−x)) overflows below x ≈ −709.78; t never does.
// - S·(1 − S) cancels to 0 once S rounds to 1 (x ≳ 37): S'(40) would be 0, not 4.2e−18.
//   The t-forms never subtract, so both tails keep full relative accuracy until the true
//   value itself goes subnormal (|x| ≳ 708.4) and then underflows (|x| ≳ 745.13).
// - 1 − t cancels near x = 0, the zero of S''; there it is −expm1(−a), exact to an ulp.
// - Rounding 1 + t, (1 + t)², (1 + t)³, t·(1 − t) and the quotient each costs half an ulp;
//   together the textbook forms reach about 4 ulps. Here 1 + t and the powers are
//   double-doubles (``DoubleDouble``, exact via `fma`), and only the final quotient rounds.
//   What remains is exp's own error (half an ulp of t, passed on with a factor ≤ 1, which
//   can be up to one ulp of the result where t and the result sit differently between
//   powers of two) and that last rounding: at most 1.5 ulps, 1.4 measured.

/// The logistic sigmoid S(x) = 1 / (1 + e^(−x)), within 2 ulps on the whole line.
///
/// S(+∞) = 1, S(−∞) = 0, S(NaN) = NaN. For x ≳ 36.7, S(x) rounds to exactly 1; the left
/// tail keeps full relative accuracy down to the subnormals (S(−745) ≈ 5e−324).
///
/// See also ``sigmoidDerivative(_:)``, ``sigmoidSecondDerivative(_:)``.
@inlinable
public func sigmoid(_ x: Double) -> Double {
  if x.isNaN { return x }
  let t = exp(-x.magnitude)
  let onePlusT = DoubleDouble(fastSum: 1, t)
  return onePlusT.dividing(DoubleDouble(x >= 0 ? 1 : t))
}

/// The derivative of the logistic function, S'(x) = S(x)·(1 − S(x)), within 2 ulps.
///
/// Computed as t / (1 + t)² with t = e^(−|x|), so 1 − S(x) is never formed by
/// subtraction and both tails keep full relative accuracy: S'(40) ≈ 4.2e−18, not 0.
/// S' is even (bit for bit here); S'(±∞) = 0, S'(NaN) = NaN.
///
/// See also ``sigmoid(_:)``, ``sigmoidSecondDerivative(_:)``.
@inlinable
public func sigmoidDerivative(_ x: Double) -> Double {
  if x.isNaN { return x }
  let t = exp(-x.magnitude)
  let onePlusT = DoubleDouble(fastSum: 1, t)
  return onePlusT.multiplied(by: onePlusT).dividing(DoubleDouble(t))
}

/// The second derivative of the logistic function, S''(x) = S'(x)·(1 − 2·S(x)), within
/// 2 ulps, including relative accuracy right down to its zero at x = 0 (S''(x) ≈ −x/8).
///
/// With t = e^(−|x|): S''(|x|) = −t·(1 − t) / (1 + t)³, and S'' is odd (bit for bit here).
/// The factor 1 − t is −expm1(−|x|) where t is near 1 (it would cancel), and the exact
/// double-double 1 − t where t ≤ 1/2 (there expm1's own error would be the larger one).
/// S''(±0) = +0 (a readout of "−0.0" at the inflection would only puzzle), S''(+∞) = −0,
/// S''(−∞) = +0, S''(NaN) = NaN.
///
/// See also ``sigmoid(_:)``, ``sigmoidDerivative(_:)``.
@inlinable
public func sigmoidSecondDerivative(_ x: Double) -> Double {
  if x.isNaN { return x }
  if x == 0 { return 0 }
  let a = x.magnitude
  if a < 0x1p-1019 {  // the result is subnormal: round as the true value, not as x/8
    let magnitude = secondDerivativeNearZero(a)
    return x.sign == .minus ? magnitude : -magnitude
  }
  let t = exp(-a)
  // Below ln 2 (t > 1/2), 1 − t formed from the rounded t would carry t's error times
  // t / (1 − t) > 1, without bound near 0; expm1 has no such amplification. From ln 2 on,
  // 1 − t from t is exact in double-double, and t's error then largely cancels between
  // numerator and denominator, so that is the better choice there.
  let ln2 = 0.693_147_180_559_945_3
  let oneMinusT = a < ln2 ? DoubleDouble(-expm1(-a)) : DoubleDouble(fastSum: 1, -t)
  let numerator = oneMinusT.multiplied(by: DoubleDouble(t))
  let onePlusT = DoubleDouble(fastSum: 1, t)
  let cube = onePlusT.multiplied(by: onePlusT).multiplied(by: onePlusT)
  let magnitude = cube.dividing(numerator)
  return x.sign == .minus ? magnitude : -magnitude
}

/// |S''(x)| for 0 < a = |x| < 2^-1019, where the result is subnormal: a/8 rounded with
/// ties toward zero, which is the correct rounding.
///
/// |S''(a)| = a/8 − a³/24 + …, just below a/8 (by a relative a²/3 < 2^-2000). a/8 is
/// off the subnormal grid only by eighths of its step 2^-1074; where it falls exactly on
/// a midpoint (a = (8k + 4)·2^-1074), the plain quotient's ties-to-even would round away
/// from zero half the time, and the true value, a hair below, rounds down.
@usableFromInline
func secondDerivativeNearZero(_ a: Double) -> Double {
  let units = UInt64(a * 0x1p600 * 0x1p474)  // a / 2^-1074: an integer below 2^55, exact
  let eighths = units & 7
  let steps = (units >> 3) + (eighths > 4 ? 1 : 0)
  return Double(steps) * 0x1p-474 * 0x1p-600  // exact: steps·2^-1074 is a subnormal
}
