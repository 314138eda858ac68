// What the readout says for the sigmoid where a double cannot: S near 1 as `1 - v`, and
// the true digits of values that are subnormal or have underflowed to 0 (the tails
// e^(−|u|) and S'' ≈ −x/8 near its zero). The digit machinery is UnderflowDigits'.

import Glibc

extension SigmoidFunction {
  /// S is written `1 - S(−u)` once S(−u) is below this, where the plain double would
  /// show a run of nines and then lose the digits altogether.
  public static let complementBelow = 1e-3

  /// The readout's text where the double's shortest digits say less than the value:
  /// - S(u) near 1 (u > 0, S(−u) < ``complementBelow``): `1 - ` and S(−u)'s text
  ///   (S(40) = `1 - 4.248354255291589e-18`);
  /// - a subnormal or underflowed value in the tails (|u| ≥ 512): S(u) for u < 0, S'(u)
  ///   and |S''(u)| are e^(−|u|)·(1 + δ) with |δ| ≤ 4e^(−|u|) < 1e-222, far below a 15th
  ///   digit, and k·e^(−|u|) = e^(−(|u| − ln k)): the first 15 correctly rounded digits
  ///   (``UnderflowDigits/expMinus(_:negative:significant:)``), S'(800) =
  ///   `3.66787458417769e-348`. Away from the defaults |u| − n·ln k carries u's rounding
  ///   (about |u|·2^-52 absolute, see ``SigmoidFunction``), so only the digits that error
  ///   leaves standing are shown (12 near |u| = 800);
  /// - S'' near its zero (|x| < 2^-1011 at the defaults): |x|/8 to 15 correctly rounded
  ///   digits (``UnderflowDigits/eighth(of:negative:significant:)``), S''(1e-310) =
  ///   `-1.25e-311`. Away from the defaults that value is −k²u/8 and nil is returned: the
  ///   subnormal double's own digits.
  public func readoutText(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> String?
  {
    guard x.isFinite else { return nil }
    let plain = Self.isPlain(p)
    let u = Self.argument(x, p)
    if order == .value, u > 0, sigmoid(-u) < Self.complementBelow {
      let mirror = PlottedCurve(self, .value, parameters: p)
      let tail = plain ? -x : Self.mirror(x, p)
      return "1 - " + ProbeReadout.valueText(mirror, at: tail)
    }
    let v = value(order, at: x, p)
    guard v.magnitude < Double.leastNormalMagnitude, u != 0, u.isFinite else { return nil }
    let a = u.magnitude
    let negative = order == .second && u > 0
    if plain, a < 0x1p-1011 {
      // Near x = 0 only S'' gets this small: S''(x) = −x/8 to a relative x²/3.
      return UnderflowDigits.eighth(of: a, negative: negative).text
    }
    guard a >= 512 else { return nil }
    if plain { return UnderflowDigits.expMinus(a, negative: negative).text }
    let exponent = a - Double(order.rawValue) * Glibc.log(p[0])
    // u's relative rounding 2^-52 becomes an absolute error |u|·2^-52 in the exponent,
    // i.e. that relative error in the value; keep the digits it leaves standing.
    let error = a * 0x1p-52 + exponent.ulp
    let digits = Swift.max(1, Swift.min(15, Int(-Glibc.log10(error)) - 1))
    return UnderflowDigits.expMinus(exponent, negative: negative, significant: digits).text
  }

  /// The x whose u is −u(x): 2·x0 − x, the point S_k,x0 takes the value 1 − S_k,x0(x).
  static func mirror(_ x: Double, _ p: ParameterValues) -> Double { 2 * p[1] - x }
}
