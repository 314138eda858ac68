// GELU's tanh approximation, x/2·(1 + tanh(√(2/π)(x + 0.044715x³))), with the constants
// as the exact reals of the formula.

/// gelu_tanh(x) = x·S(v), v = 2u, u = c(x + κx³), c = √(2/π), κ = 0.044715 (exact reals,
/// carried as double-doubles), since x/2·(1 + tanh u) = x·S(2u);
/// f' = S(v) + 2x·u'·S'(v), f'' = S'(v)·(4u' + 2x·u'' − 4x·u'²·tanh u), u' = c(1 + 3κx²),
/// u'' = 6κc·x, tanh u = S(v) − S(−v).
///
/// Hazards and cures:
/// - 1 + tanh(u) cancels for u ≪ 0: it is 2S(2u) (no subtraction).
/// - v ≈ 0.0714·x³ is rounded, and S(v) ≈ e^v amplifies its error by |v| (up to 745):
///   v is formed in double-double (x² exact, κ and c to 2^-106), and so is κ itself: the
///   double 0.044715 would move v by 3.5e−18·x³ (30 ulps at x = −10).
/// - Where S(v) is subnormal (x < −20.6) and x·S(v) not, the tail forms are rounded
///   once (``TailExponential``). Past |x| = 30, the values are x, 1, ∓0 (S(v) is 1 or
///   below 2^-2000).
/// - f' and f'' have zeros (x ≈ −0.752, f'' at ±1.44…): their terms are double-doubles
///   from ExpMinus's e^(−|v|), rounded once.
public struct GELUTanhFunction: PlotFunction {
  public init() {}

  /// c = √(2/π) and 2c, κ = 0.044715 as hi + lo (mpmath).
  static let c = DoubleDouble(hi: 0x1.9884533d43651p-1, lo: -0x1.cbc0d30ebfd15p-55)
  static let twoC = DoubleDouble(hi: 0x1.9884533d43651p+0, lo: -0x1.cbc0d30ebfd15p-54)
  static let kappa = DoubleDouble(hi: 0x1.6e4e26d4801f7p-5, lo: 0x1.441355475a31ap-59)

  public var names: FunctionNames {
    FunctionNames(commandLine: "gelu_tanh", legend: "GELU (tanh)", symbol: "gelu_tanh")
  }
  public var parameters: [FunctionParameter] { [] }

  /// v = 2u, u' and u'' as double-doubles, for |x| ≤ 30.
  static func arguments(_ x: Double)
    -> (v: SplitArgument, du: DoubleDouble, ddu: DoubleDouble)
  {
    let x2 = DoubleDouble(square: x)
    let kx2 = kappa.times(x2)
    let w = DoubleDouble(1).plus(kx2).times(DoubleDouble(x))
    let v = twoC.times(w)
    let du = c.times(DoubleDouble(1).plus(kx2.times(DoubleDouble(3))))
    let ddu = kappa.times(c).times(DoubleDouble(6 * x))
    return (SplitArgument(hi: v.hi, lo: v.lo), du, ddu)
  }

  static func tail(_ v: SplitArgument, _ factor: DoubleDouble, minus k: Double = 0) -> Double {
    TailExponential.scaled(v.hi.magnitude, lo: v.hi < 0 ? -v.lo : v.lo, by: factor, minus: k)
  }

  public func value(at x: Double, _ p: ParameterValues) -> Double {
    if x.isNaN { return x }
    if x.magnitude > 30 { return x > 0 ? x : -0.0 }
    let (v, _, _) = Self.arguments(x)
    if v.hi > TailExponential.threshold { return x }
    if v.hi < -TailExponential.threshold { return Self.tail(v, DoubleDouble(x), minus: 1) }
    return v.logistic.s.times(DoubleDouble(x)).rounded
  }

  public func derivative(at x: Double, _ p: ParameterValues) -> Double {
    if x.isNaN { return x }
    if x.magnitude > 30 { return x > 0 ? 1 : -0.0 }
    let (v, du, _) = Self.arguments(x)
    if v.hi > TailExponential.threshold { return 1 }
    let slope = du.times(DoubleDouble(2 * x))  // 2x·u'
    if v.hi < -TailExponential.threshold {     // t(1 + 2x·u'), t = e^v
      return Self.tail(v, DoubleDouble(1).plus(slope))
    }
    let l = v.logistic
    return l.s.plus(slope.times(l.d)).rounded
  }

  public func secondDerivative(at x: Double, _ p: ParameterValues) -> Double {
    if x.isNaN { return x }
    if x.magnitude > 30 { return -0.0 }
    let (v, du, ddu) = Self.arguments(x)
    let linear = du.times(DoubleDouble(4)).plus(ddu.times(DoubleDouble(2 * x)))
    let curvature = du.times(du).times(DoubleDouble(4 * x))  // 4x·u'²
    if v.hi > TailExponential.threshold {  // tanh u = 1 to within 2t
      return Self.tail(v, linear.plus(curvature.negated))
    }
    if v.hi < -TailExponential.threshold {  // tanh u = −1 to within 2t
      return Self.tail(v, linear.plus(curvature))
    }
    let l = v.logistic
    let tanhU = l.s.plus(l.sNeg.negated)
    return l.d.times(linear.plus(curvature.times(tanhU).negated)).rounded
  }

  public func naturalLog(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    naturalLogFromMagnitude(order, at: x, p)
  }
}
