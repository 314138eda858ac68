// SiLU (Swish), x·S(beta·x), and its derivatives.

/// silu(x) = x·S(v), v = βx (β = beta, the viewer's parameter, default 1, in [0.05, 20]);
/// silu' = S(v) + v·S'(v); silu'' = β·(2·S'(v) + v·S''(v)), S'' = S'·(S(−v) − S(v)).
///
/// Hazards and cures:
/// - v = β ⊗ x is rounded, and the left tail (S(v) ≈ e^v) amplifies its error by |v|: v
///   is carried as hi + lo (fma) into the exponential.
/// - silu' has a zero at v ≈ −1.2785 and silu'' at v ≈ ±2.3994, where the two terms
///   cancel; with small β the curve is flat there, so their error must be small in
///   absolute terms. Cure: for |v| ≤ 690 everything is formed in double-double from
///   ExpMinus's e^(−|v|) (S(±v), S'(v) without subtraction, 2^-100) and rounded once.
/// - Past v = −690, S(v) is subnormal while x·S(v) is not (x up to −14000 for β = 0.05):
///   the tail forms x·t(1 − t), (1 + v)·t, β(2 − |v|)·t with t = e^(−|v|) are rounded
///   once (``TailExponential``).
/// Within about half an ulp plus 2^-100 of the largest term.
public struct SiLUFunction: PlotFunction {
  public init() {}

  /// The sharpness β of x·S(βx). Default 1 (PyTorch's silu).
  public static let beta = FunctionParameter(
    name: "beta", meaning: "sharpness", defaultValue: 1, range: 0.05...20, step: 0.05)

  public var names: FunctionNames {
    FunctionNames(commandLine: "silu", legend: "SiLU", symbol: "silu")
  }
  public var parameters: [FunctionParameter] { [Self.beta] }

  /// t-scaled tail, for |v.hi| > 690: factor·e^(−|v|)·(1 − k·t).
  static func tail(_ v: SplitArgument, _ factor: DoubleDouble, minus k: Double = 0) -> Double {
    TailExponential.scaled(v.hi.magnitude, lo: v.hi < 0 ? -v.lo : v.lo, by: factor, minus: k)
  }

  public func value(at x: Double, _ p: ParameterValues) -> Double {
    if !x.isFinite { return x > 0 || x.isNaN ? x : 0 }
    let v = SplitArgument(product: p[0], x)
    if v.hi > TailExponential.threshold { return x }
    if v.hi < -TailExponential.threshold { return Self.tail(v, DoubleDouble(x), minus: 1) }
    return v.logistic.s.times(DoubleDouble(x)).rounded
  }

  public func derivative(at x: Double, _ p: ParameterValues) -> Double {
    if !x.isFinite { return x.isNaN ? x : (x > 0 ? 1 : 0) }
    let v = SplitArgument(product: p[0], x)
    if v.hi > TailExponential.threshold { return 1 }
    if v.hi < -TailExponential.threshold {
      return Self.tail(v, DoubleDouble(1).plus(v.doubleDouble))
    }
    let l = v.logistic
    return l.s.plus(v.doubleDouble.times(l.d)).rounded
  }

  public func secondDerivative(at x: Double, _ p: ParameterValues) -> Double {
    if !x.isFinite { return x.isNaN ? x : 0 }
    let beta = DoubleDouble(p[0])
    let v = SplitArgument(product: p[0], x)
    if v.hi.magnitude > TailExponential.threshold {
      let twoMinus = DoubleDouble(2).plus(DoubleDouble(hi: -v.hi.magnitude,
                                                       lo: v.hi < 0 ? v.lo : -v.lo))
      return Self.tail(v, beta.times(twoMinus))
    }
    let l = v.logistic
    let second = l.d.times(l.sNeg.plus(l.s.negated))  // S''(v) = S'(v)(S(−v) − S(v))
    let sum = l.d.plus(l.d).plus(v.doubleDouble.times(second))
    return beta.times(sum).rounded
  }

  public func naturalLog(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    naturalLogFromMagnitude(order, at: x, p)
  }
}
