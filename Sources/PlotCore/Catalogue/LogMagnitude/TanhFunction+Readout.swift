// What the readout says for tanh where a double cannot: tanh x near ±1 as `1 - v` or
// `-1 + v`, the way the sigmoid writes S near 1; the tails of tanh' and tanh'' past the
// double range come from the default (PlotFunction+LogMagnitude.swift).

import Glibc

extension TanhFunction {
  /// tanh x is written `1 - v` (x > 0) or `-1 + v` (x < 0) once v = 1 − |tanh x| is below
  /// ``SigmoidFunction/complementBelow``, where the plain double shows a run of nines and
  /// then only 1 (tanh(20) is 1 as a double; here `1 - 8.496708510583178e-18`).
  ///
  /// v = 2·S(−2|x|), with −2|x| exact: its correctly rounded sigmoid times 2 is v to half
  /// an ulp, written shortest. Past 2|x| = 708 v is subnormal: v = e^(−(2|x| − ln 2))·(1 −
  /// e^(−2|x|)), the correction far below a digit, the exponent rounded once (half an ulp of
  /// it: about 13 digits near |x| = 400 stay decided).
  public func readoutText(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues)
    -> String?
  {
    guard order == .value, x.isFinite else { return underflowReadoutText(order, at: x, p) }
    let a = x.magnitude
    let rest = 2 * sigmoid(-2 * a)
    guard rest < SigmoidFunction.complementBelow else { return underflowReadoutText(order, at: x, p) }
    let head = x > 0 ? "1 - " : "-1 + "
    if rest >= Double.leastNormalMagnitude {
      return head + ReadoutFormatter.text(ReadoutFormatter.shortest(rest))
    }
    let exponent = 2 * a - M_LN2
    let error = exponent.ulp + 0x1p-60
    return head + UnderflowDigits.expMinus(exponent, relativeError: error).text
  }
}
