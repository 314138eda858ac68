// The fast path of the correctly rounded S, S', S'': each value as 2^e times a
// double-double with a proven relative error bound, for CorrectRounding.swift to round
// or to hand on to the accurate path (SigmoidAccurate.swift). Not public.

/// A value v = 2^`exponent` · (`hi` + `lo`) · (1 + δ) with |δ| ≤ ``SigmoidKernel/bound``,
/// |lo| ≤ ulp(hi), hi > 0 (magnitudes only: the callers apply signs).
struct Estimate: Sendable {
  var hi: Double
  var lo: Double
  var exponent: Int
}

/// S(±a), S'(a) and |S''(a)| from t = e^(−a) (``ExpMinus``), with a = |x| in (0, 746].
///
/// With u = 1 + t and v = 1/u:
///
///     S(a) = v,   S(−a) = t·v,   S'(a) = t·v²,   |S''(a)| = t·(1 − t)·v³
///
/// Error budget (relative; each line's source in brackets):
/// - t: 2^-101 [``ExpMinus``]. S is insensitive to t's error by the factor t/(1+t) ≤ 1/2,
///   the others pass it on with factor 1.
/// - u = 1 + t: Fast2Sum(1, t.hi) is exact, adding t.lo rounds: 2^-105; where t.lo·2^e is
///   subnormal the loss is below 2^-1074 absolute [``ExpMinus/t``]: 2^-105 in all.
/// - v: 2^-103 [``DoubleDouble/reciprocal()``] plus u's 2^-105.
/// - 1 − t: for k = 0 it is −p, 2^-99 [``ExpMinus``]; otherwise 1 − t.hi is exact
///   (Fast2Sum, or Sterbenz for t ≥ 1/2) and − t.lo rounds (2^-105), but t's absolute
///   error 2^-101·t is now relative to 1 − t ≥ 1 − e^(−ln2/8192·(1 − 2^-29)) > 2^-13.54:
///   2^-87.4 at worst (a just above ln2/8192), 2^-100 once t ≤ 1/2.
/// - each product: 2^-101.5 [``DoubleDouble/multiplied(by:)``].
///
/// Totals: S(a) ≤ 2^-102 + 2^-103 + 2^-105 < 2^-101.9; S(−a) ≤ 2^-101 + 2^-102.5
/// + 2^-101.5 < 2^-99.9; S'(a) ≤ 2^-101 + 2·2^-102.5 + 2·2^-101.5 < 2^-99.4;
/// |S''(a)| ≤ 2^-87.4 + 2^-101 + 3·2^-102.5 + 4·2^-101.5 < 2^-87.3.
/// ``bound`` is 2^-80: over 150 times the worst of these, so that a slip in this analysis
/// smaller than that factor still cannot produce a wrong rounding (it costs only a few
/// more calls of the accurate path: about one in 2^26 random inputs).
enum SigmoidKernel {
  /// The relative error bound every estimate is rounded with (see the type's doc).
  static let bound = 0x1p-80

  /// S(a) = 1/(1 + t) for a > 0.
  static func sigmoidPositive(_ a: Double) -> Estimate {
    let e = ExpMinus(a)
    let v = onePlus(e.t).reciprocal()
    return Estimate(hi: v.hi, lo: v.lo, exponent: 0)
  }

  /// S(−a) = t/(1 + t) for a > 0.
  static func sigmoidNegative(_ a: Double) -> Estimate {
    let e = ExpMinus(a)
    let v = onePlus(e.t).reciprocal()
    let r = e.m.multiplied(by: v)
    return Estimate(hi: r.hi, lo: r.lo, exponent: e.exponent)
  }

  /// S'(a) = t/(1 + t)² for a > 0.
  static func derivative(_ a: Double) -> Estimate {
    let e = ExpMinus(a)
    let v = onePlus(e.t).reciprocal()
    let r = e.m.multiplied(by: v).multiplied(by: v)
    return Estimate(hi: r.hi, lo: r.lo, exponent: e.exponent)
  }

  /// |S''(a)| = t·(1 − t)/(1 + t)³ for a > 0.
  static func secondDerivativeMagnitude(_ a: Double) -> Estimate {
    let e = ExpMinus(a)
    let t = e.t
    let v = onePlus(t).reciprocal()
    let oneMinusT: DoubleDouble
    if e.isUnreduced {
      oneMinusT = DoubleDouble(hi: -e.p.hi, lo: -e.p.lo)
    } else {
      let d = DoubleDouble(fastSum: 1, -t.hi)
      oneMinusT = DoubleDouble(fastSum: d.hi, d.lo - t.lo)
    }
    let r = e.m.multiplied(by: oneMinusT).multiplied(by: v.multiplied(by: v).multiplied(by: v))
    return Estimate(hi: r.hi, lo: r.lo, exponent: e.exponent)
  }

  /// 1 + t, t in [0, 1]: Fast2Sum is exact, t.lo is added with one rounding.
  static func onePlus(_ t: DoubleDouble) -> DoubleDouble {
    let s = DoubleDouble(fastSum: 1, t.hi)
    return DoubleDouble(fastSum: s.hi, s.lo + t.lo)
  }
}
