// The logistic sigmoid and its first two derivatives, accurate on the whole real line.
// Not a general math library: only what the viewer plots and the tests check.

import Foundation

/// The logistic sigmoid S(x) = 1 / (1 + e^(−x)).
///
/// The textbook form overflows e^(−x) for x below about −709. Instead, with
/// t = e^(−|x|) ∈ (0, 1], S(x) = 1 / (1 + t) for x ≥ 0 and t / (1 + t) for x < 0,
/// so nothing overflows and the left tail keeps full relative accuracy down to the
/// subnormals (S(−745) ≈ 5e−324).
///
/// See also ``sigmoidDerivative(_:)``, ``sigmoidSecondDerivative(_:)``.
@inlinable
public func sigmoid(_ x: Double) -> Double {
  if x.isNaN { return x }
  let t = exp(-x.magnitude)
  return x >= 0 ? 1 / (1 + t) : t / (1 + t)
}

/// The derivative of the logistic function, S(x)·(1 − S(x)).
///
/// Computed as t / (1 + t)² with t = e^(−|x|), so 1 − S(x) is never formed by
/// subtraction and both tails keep full relative accuracy: S'(40) ≈ 4.2e−18, not 0.
/// S' is even, so one formula serves both sides.
@inlinable
public func sigmoidDerivative(_ x: Double) -> Double {
  if x.isNaN { return x }
  let t = exp(-x.magnitude)
  let u = 1 + t
  return t / (u * u)
}

/// The second derivative of the logistic function, S'(x)·(1 − 2·S(x)).
///
/// With t = e^(−|x|): S''(|x|) = −t·(1 − t) / (1 + t)³, and S'' is odd. The factor
/// 1 − t is taken as −expm1(−|x|), which stays exact near the zero at x = 0
/// where the subtraction would cancel.
@inlinable
public func sigmoidSecondDerivative(_ x: Double) -> Double {
  if x.isNaN { return x }
  let a = x.magnitude
  let t = exp(-a)
  let u = 1 + t
  let magnitude = t * -expm1(-a) / (u * u * u)
  return x >= 0 ? -magnitude : magnitude
}
