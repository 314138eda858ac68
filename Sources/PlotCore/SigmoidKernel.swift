// The fast path of the correctly rounded S, S', S'': each value as 2^e times a
// double-double with a proven relative error bound, for CorrectRounding.swift to round
// or to hand on to the next, more accurate attempt. Not public.

/// A value v = 2^`exponent` · `m` · (1 + δ) with |δ| below the true bound of its
/// computation, `bound` a safe multiple of it for the rounding test; m.hi > 0 (magnitudes
/// only: the callers apply signs), |m.lo| ≤ ulp(m.hi).
struct Estimate: Sendable {
  var m: DoubleDouble
  var exponent: Int
  var bound: Double
}

/// How accurate the e^(−a) behind an estimate is: the two attempts of the fast path.
enum ExpAccuracy: Sendable {
  /// ``ExpMinus/init(fast:)``: m within 2^-70.5, p (k = 0) within 2^-62.4.
  case fast
  /// ``ExpMinus/init(_:)``: m within 2^-100.9, p (k = 0) within 2^-99.
  case doubleDouble

  /// The bound the rounding test uses for errors proportional to m's: 2^-66 and 2^-80,
  /// over 20 and 150 times the proven totals below, so that a slip in this analysis
  /// smaller than that cannot produce a wrong rounding (it would only cost retries).
  var bound: Double {
    switch self {
    case .fast: return 0x1p-66
    case .doubleDouble: return 0x1p-80
    }
  }

  /// The same for 1 − t = −p when k = 0 (used by S'' only): 2^-60 and 2^-80.
  var unreducedBound: Double {
    switch self {
    case .fast: return 0x1p-60
    case .doubleDouble: return 0x1p-80
    }
  }

  /// The coefficient of 2^(−E) for t's error relative to 1 − t (S'' only, k ≠ 0): 2^-66
  /// and 2^-94, over 20 and 120 times ε_t.
  var cancellationBound: Double {
    switch self {
    case .fast: return 0x1p-66
    case .doubleDouble: return 0x1p-94
    }
  }
}

/// S(±a), S'(a) and |S''(a)| from t = e^(−a) (``ExpMinus``), with a = |x| in (0, 746].
///
/// With u = 1 + t and v = 1/u:
///
///     S(a) = v,   S(−a) = t·v,   S'(a) = t·v²,   |S''(a)| = t·(1 − t)·v³
///
/// Error budget (relative; each line's source in brackets):
/// - t: ε_t = 2^-70.5 or 2^-100.9 [``ExpMinus``]. S is insensitive to it by the factor
///   t/(1+t) ≤ 1/2, the others pass it on with factor 1.
/// - u = 1 + t: Fast2Sum(1, t.hi) is exact, adding t.lo rounds: 2^-105; where t's parts
///   are subnormal the loss is below 2^-1074 absolute [``ExpMinus/t``]: 2^-105 in all.
/// - v: 2^-103 [``DoubleDouble/reciprocal()``] plus u's 2^-105.
/// - 1 − t: for k = 0 it is −p, 2^-62.4 or 2^-99 [``ExpMinus``]; otherwise 1 − t.hi is
///   exact (Fast2Sum, or Sterbenz for t ≥ 1/2) and − t.lo rounds (2^-105), but t's
///   absolute error ε_t·t is now relative to 1 − t: ε_t·t/(1 − t) < ε_t · 2^(−E), E the
///   binary exponent of (1 − t).hi, at most ε_t·2^13.54 (a just past ln2/8192 or ln2/1024,
///   where k leaves 0).
/// - each product: 2^-101.5 [``DoubleDouble/multiplied(by:)``].
///
/// Totals: S(a) ≤ ε_t/2 + 2^-102; S(−a) and S'(a) ≤ ε_t + 2^-99.4; |S''(a)| ≤
/// ε_t·(1 + 2^(−E)) + 2^-98.9 (k ≠ 0), or 2^-62.4 resp. 2^-99 + ε_t + 2^-98.9 (k = 0).
/// That is below 2^-70.3 (fast) and 2^-99 (double-double) for S, S', and for S'' below
/// 2^-70.5·(1 + 2^(−E)) + 2^-98.9 and 2^-98.9 + 2^-100.9·2^(−E): the test bounds, ``bound``
/// plus ``cancellationBound``·2^(−E), exceed each part by 20 times or more.
enum SigmoidKernel {
  /// S(a) = 1/(1 + t) for a > 0.
  static func sigmoidPositive(_ e: ExpMinus, _ accuracy: ExpAccuracy) -> Estimate {
    let v = onePlus(e.t).reciprocal()
    return Estimate(m: v, exponent: 0, bound: accuracy.bound)
  }

  /// S(−a) = t/(1 + t) for a > 0.
  static func sigmoidNegative(_ e: ExpMinus, _ accuracy: ExpAccuracy) -> Estimate {
    let v = onePlus(e.t).reciprocal()
    let r = e.m.multiplied(by: v)
    return Estimate(m: r, exponent: e.exponent, bound: accuracy.bound)
  }

  /// S'(a) = t/(1 + t)² for a > 0.
  static func derivative(_ e: ExpMinus, _ accuracy: ExpAccuracy) -> Estimate {
    let v = onePlus(e.t).reciprocal()
    let r = e.m.multiplied(by: v.multiplied(by: v))
    return Estimate(m: r, exponent: e.exponent, bound: accuracy.bound)
  }

  /// |S''(a)| = t·(1 − t)/(1 + t)³ for a > 0.
  static func secondDerivativeMagnitude(_ e: ExpMinus, _ accuracy: ExpAccuracy) -> Estimate {
    let t = e.t
    let v = onePlus(t).reciprocal()
    let oneMinusT: DoubleDouble
    let bound: Double
    if e.isUnreduced {
      oneMinusT = DoubleDouble(hi: -e.p.hi, lo: -e.p.lo)
      bound = accuracy.unreducedBound
    } else {
      let d = DoubleDouble(fastSum: 1, -t.hi)
      oneMinusT = DoubleDouble(fastSum: d.hi, d.lo - t.lo)
      // 2^(−E) for (1 − t).hi in [2^E, 2^(E+1)), E in [−14, −1].
      bound = accuracy.bound
        + accuracy.cancellationBound * PowerOfTwo.double(-Int(oneMinusT.hi.exponent))
    }
    let r = e.m.multiplied(by: oneMinusT).multiplied(by: v.multiplied(by: v).multiplied(by: v))
    return Estimate(m: r, exponent: e.exponent, bound: bound)
  }

  /// 1 + t, t in [0, 1]: Fast2Sum is exact, t.lo is added with one rounding.
  static func onePlus(_ t: DoubleDouble) -> DoubleDouble {
    let s = DoubleDouble(fastSum: 1, t.hi)
    return DoubleDouble(fastSum: s.hi, s.lo + t.lo)
  }
}
