// Float versions of S, S', S'', correctly rounded at all 2^32 inputs (checked
// exhaustively by `sigmoid-benchmark exhaustive-float`). Same fast path and accurate path
// as the doubles (Sigmoid.swift), rounded to float with their own test. Disfavoured
// overloads, so that `sigmoid(.infinity)` or `sigmoid(0)` still mean the Double ones.

/// S(x) for a float, correctly rounded (to nearest, ties to even).
///
/// Computed in double-double from the exact double x and rounded once to float
/// (``CorrectRounding/float(_:bound:)``): never through a double result, which would
/// round twice. S(+∞) = 1, S(−∞) = 0, S(NaN) = NaN.
@_disfavoredOverload
public func sigmoid(_ x: Float) -> Float {
  if x.isNaN { return x }
  let d = Double(x)
  // d > 40: 1 > S > 1 − t > 1 − 2^-57, above the midpoint 1 − 2^-25 below 1.
  if d > 40 { return 1 }
  // d < −104: S < t < e^-104 < 2^-150, half the least float subnormal.
  if d < -104 { return 0 }
  if d == 0 { return 0.5 }
  let a = d.magnitude
  // |x| < 2^-28: |S − 1/2| < 2^-30, inside the float midpoints 1/2 + 2^-25, 1/2 − 2^-26.
  if a < 0x1p-28 { return 0.5 }
  return FastPath.sigmoid(to: Float.self, a, positive: d > 0)
    ?? Float(SigmoidAccurate.value(.sigmoid, at: d, format: .float))
}

/// S'(x) for a float, correctly rounded. S'(±∞) = 0, S'(NaN) = NaN.
@_disfavoredOverload
public func sigmoidDerivative(_ x: Float) -> Float {
  if x.isNaN { return x }
  let a = Double(x).magnitude
  if a > 104 { return 0 }  // S' < t < 2^-150
  if a < 0x1p-28 { return 0.25 }  // 1/4 − 2^-60 < S' < 1/4 (as for doubles)
  return FastPath.rounded(to: Float.self, a, ExtendedKernel.derivative, SigmoidKernel.derivative)
    ?? Float(SigmoidAccurate.value(.derivative, at: a, format: .float))
}

/// S''(x) for a float, correctly rounded. S''(±0) = +0, S''(+∞) = −0, S''(−∞) = +0.
@_disfavoredOverload
public func sigmoidSecondDerivative(_ x: Float) -> Float {
  if x.isNaN { return x }
  if x == 0 { return 0 }
  let a = Double(x).magnitude
  if a > 104 { return x > 0 ? -0.0 : 0 }  // |S''| < t < 2^-150
  if a < 0x1p-28 {
    let magnitude = TinySecondDerivative.magnitude(x.magnitude)
    return x > 0 ? -magnitude : magnitude
  }
  if let magnitude = FastPath.rounded(
    to: Float.self, a, ExtendedKernel.secondDerivativeMagnitude, SigmoidKernel.secondDerivativeMagnitude
  ) {
    return x > 0 ? -magnitude : magnitude
  }
  return Float(SigmoidAccurate.value(.secondDerivative, at: Double(x), format: .float))
}

/// Which step of the method decides f(x) for a float, numbered as for doubles
/// (``sigmoidDecidingStep(_:at:)``): 0 Float80 (x86 only), 1 cheap exp, 2 double-double
/// exp, 3 the accurate path, −1 a special value or cut-off. For `sigmoid-benchmark micro`
/// and the tests; it repeats the attempts (each rounding to float with its own test).
public func sigmoidDecidingStep(_ f: SigmoidKind, at x: Float) -> Int {
  let d = Double(x)
  let a = d.magnitude
  guard !x.isNaN, a >= 0x1p-28, a <= 104, f != .sigmoid || d <= 40 else { return -1 }
  return FastPath.decidingStep(Float.self, f, a, positive: d > 0)
}
