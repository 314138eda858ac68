// erf, erfc and the normal distribution Φ at exact arguments, each with relative
// accuracy over the whole double range. Two sums, both with proven remainders:
// - the all-positive series erf t = (2/√π)·t·e^(−t²)·Σ (2t²)^n/(1·3·…·(2n+1)) (no
//   cancellation inside the sum: its terms are all positive);
// - the asymptotic series erfc t = e^(−t²)/(t√π)·Σ (−1)^n (2n−1)!!/(2t²)^n, whose
//   remainder for real t > 0 is bounded by the first omitted term (DLMF 7.12.1 and
//   §7.12(i)); usable once its terms fall below the precision before they turn to grow.
// The hazard is erfc's (and Φ's) tail: 1 − erf t cancels all but e^(−t²) of 1, so where
// the asymptotic series cannot reach the precision (t² below about 0.7·bits) 1 − erf t
// is formed with 1.45·t² + 20 extra bits, which is at most about bits more. The exponent
// −t² (or −x²/2 for Φ) is exact: a rounded argument would be amplified by 2t² in e^(−t²).

extension Ball {
  /// Σ q^n/(1·3·…·(2n+1)) for an exact q ≥ 0, to `bits` bits relative (the sum is ≥ 1).
  /// Stops once the term ratio q/(2n+3) is at most 1/2 and a term is below
  /// 2^-(bits + 8): every later term is then at most half the one before, so the tail
  /// is below the last term, taken into the radius.
  static func erfSeries(_ q: ExactDyadic, bits: Int) -> Ball {
    let qb = Ball(q, precision: bits)
    var term = Ball(1, precision: bits), sum = term
    let qd = q.approximation
    var n: UInt64 = 0
    while true {
      n += 1
      term = (term * qb).divided(by: 2 * n + 1)
      sum = sum + term
      if qd <= Double(2 * n + 3) / 2 - 1, term.magnitudeBound.isBelow(power: -(bits + 8)) { break }
    }
    return sum.widened(by: term.magnitudeBound)
  }

  /// Σ_{n<N} (−1)^n (2n−1)!!/q^n for an exact q = 2t² > 0, with the remainder bound (the
  /// first omitted term, in the radius), or nil where the terms start to grow before one
  /// falls below 2^-(bits + 8).
  static func erfcAsymptoticSum(_ q: ExactDyadic, bits: Int) -> Ball? {
    let qd = q.approximation
    guard qd > Double(bits) * 1.4 else { return nil }  // the least term is about e^(−q/2)
    let inverse = Ball(1, precision: bits) / Ball(q, precision: bits)
    var term = Ball(1, precision: bits), sum = term
    var n: UInt64 = 1
    while true {
      guard Double(2 * n - 1) < qd * 0.9 else { return nil }  // still decreasing by ≥ 10%
      term = (term * inverse * Ball(Double(2 * n - 1))).negated
      if term.magnitudeBound.isBelow(power: -(bits + 8)) { return sum.widened(by: term.magnitudeBound) }
      sum = sum + term
      n += 1
    }
  }

  /// erf t for an exact t (odd: erf(−t) = −erf t). Where the asymptotic sum reaches the
  /// precision, 1 − erfc t (no cancellation: erfc t is tiny there); otherwise the
  /// positive series.
  static func erf(_ t: ExactDyadic, bits: Int) -> Ball {
    if t.isZero { return Ball(0, precision: bits) }
    if t.negative { return erf(t.negated, bits: bits).negated }
    let w = bits + 8
    let t2 = t * t
    if let tail = erfcAsymptotic(t, t2, bits: w) {
      return (Ball(1) - tail).at(precision: bits).truncated()
    }
    return erfBySeries(t, t2, bits: w).at(precision: bits).truncated()
  }

  /// erfc t for an exact t: 1 + erf|t| for t < 0; the asymptotic form where it reaches
  /// the precision; else 1 − erf t with 1.45·t² + 20 extra bits (erfc t > e^(−t²)/(2 + 2t)
  /// ≥ 2^(−1.45 t² − 2 − log2(1 + t)), so the cancellation costs at most that many).
  static func erfc(_ t: ExactDyadic, bits: Int) -> Ball {
    if t.isZero { return Ball(1, precision: bits) }
    if t.negative { return (Ball(1) + erf(t.negated, bits: bits + 4)).at(precision: bits).truncated() }
    let t2 = t * t
    if let tail = erfcAsymptotic(t, t2, bits: bits + 8) { return tail.at(precision: bits).truncated() }
    let extra = Int(1.45 * t2.approximation) + 20
    let e = erfBySeries(t, t2, bits: bits + 8 + extra)
    return (Ball(1) - e).at(precision: bits).truncated()
  }

  /// (2/√π)·t·e^(−t²)·Σ (2t²)^n/(2n+1)!!.
  static func erfBySeries(_ t: ExactDyadic, _ t2: ExactDyadic, bits: Int) -> Ball {
    let sum = erfSeries(t2 * ExactDyadic(2), bits: bits)
    return (inverseSqrtPi(bits: bits) * Ball(2) * Ball(t, precision: bits) * expOfPoint(t2.negated, bits: bits)
      * sum)
  }

  /// e^(−t²)/(t√π)·(the asymptotic sum), or nil where it does not reach `bits`.
  static func erfcAsymptotic(_ t: ExactDyadic, _ t2: ExactDyadic, bits: Int) -> Ball? {
    guard let sum = erfcAsymptoticSum(t2 * ExactDyadic(2), bits: bits) else { return nil }
    return expOfPoint(t2.negated, bits: bits) * inverseSqrtPi(bits: bits) / Ball(t, precision: bits) * sum
  }

  /// Φ(x) = erfc(−x/√2)/2, the standard normal distribution, for an exact x, with the
  /// exponent x²/2 exact: for x ≤ 0, with a = −x and q = a² (so 2t² = q for t = a/√2),
  /// Φ(x) = φ(x)/a·(asymptotic sum at q), or (1 − 2a·φ(x)·Σ q^n/(2n+1)!!)/2 with the
  /// extra bits of ``erfc(_:bits:)`` (0.73·q + 20); for x > 0, 1 − Φ(−x) (Φ(−x) ≤ 1/2:
  /// no cancellation).
  static func normalDistribution(_ x: ExactDyadic, bits: Int) -> Ball {
    if x.isZero { return Ball(0.5, precision: bits) }
    if !x.negative { return (Ball(1) - normalDistribution(x.negated, bits: bits + 4)).at(precision: bits).truncated() }
    let a = x.negated
    let q = a * a
    let w = bits + 8
    if let sum = erfcAsymptoticSum(q, bits: w) {
      return (normalDensity(x, bits: w) / Ball(a, precision: w) * sum).at(precision: bits).truncated()
    }
    let v = w + Int(0.73 * q.approximation) + 20
    let erfPart = Ball(a, precision: v) * normalDensity(x, bits: v) * erfSeries(q, bits: v)
    return (Ball(1) - erfPart.scaled(byPowerOfTwo: 1)).scaled(byPowerOfTwo: -1).at(precision: bits).truncated()
  }

  /// φ(x) = e^(−x²/2)/√(2π), the exponent exact.
  static func normalDensity(_ x: ExactDyadic, bits: Int) -> Ball {
    var half = x * x
    if !half.isZero { half.exponent -= 1 }
    return expOfPoint(half.negated, bits: bits) * inverseSqrtTwoPi(bits: bits)
  }
}
