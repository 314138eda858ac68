// An argument carried as an unevaluated sum hi + lo of two doubles, and the logistic
// function's values at it: the catalogue's cure for a rounded argument (β·x, x/α, the
// cubic of gelu_tanh) whose rounding error a steep tail would amplify. Not a general
// double-double type: only what the catalogue functions need.

/// v = `hi` + `lo` with |lo| ≤ ulp(hi)/2 (or lo = 0 where hi is not finite).
///
/// Why: S(v) ≈ e^v for v ≪ 0, so a relative error ε in v becomes a relative error |v|·ε
/// in S(v): the rounded product β ⊗ x costs up to |v|/2 ulps (350 near the subnormals).
/// Keeping lo and correcting to first order, S(hi + lo) = S(hi) + lo·S'(hi), leaves an
/// error of order lo²·|S''/S| ≈ 2^-106·v², far below an ulp for every |v| < 2^26.
struct SplitArgument: Sendable {
  /// The leading part, the argument rounded to a double.
  var hi: Double
  /// The rounding error of ``hi``.
  var lo: Double

  init(hi: Double, lo: Double) {
    self.hi = hi
    self.lo = hi.isFinite ? lo : 0
  }

  /// The double x, exactly.
  init(_ x: Double) {
    self.init(hi: x, lo: 0)
  }

  /// a·b exactly (fma gives the product's rounding error), unless it underflows.
  init(product a: Double, _ b: Double) {
    let hi = a * b
    self.init(hi: hi, lo: (-hi).addingProduct(a, b))
  }

  /// x / d, with the quotient's rounding error from the exact residual x − q·d (fma).
  init(quotient x: Double, _ d: Double) {
    let q = x / d
    self.init(hi: q, lo: x.addingProduct(-q, d) / d)
  }

  /// S(v), to within about 1 ulp: S(hi), correctly rounded, plus lo·S'(hi).
  var sigmoidValue: Double {
    lo == 0 ? sigmoid(hi) : sigmoid(hi) + lo * sigmoidDerivative(hi)
  }

  /// S(−v), to within about 1 ulp.
  var sigmoidOfNegation: Double {
    lo == 0 ? sigmoid(-hi) : sigmoid(-hi) - lo * sigmoidDerivative(hi)
  }

  /// S'(v) = S'(hi) + lo·S''(hi).
  var sigmoidDerivativeValue: Double {
    lo == 0 ? sigmoidDerivative(hi) : sigmoidDerivative(hi) + lo * sigmoidSecondDerivative(hi)
  }

  /// S''(v) = S''(hi) + lo·S'''(hi), with S''' = S'·(1 − 6·S').
  var sigmoidSecondDerivativeValue: Double {
    if lo == 0 { return sigmoidSecondDerivative(hi) }
    let d = sigmoidDerivative(hi)
    return sigmoidSecondDerivative(hi) + lo * (d * (1 - 6 * d))
  }
}
