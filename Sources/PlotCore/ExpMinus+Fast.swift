// The first, cheap e^(−a) of the fast path: no exact products at all, about 2^-70, enough
// for the rounding test to decide all but about one call in a thousand (those retry with
// the double-double ExpMinus.swift). Same result shape as ExpMinus.

extension ExpMinus {
  /// e^(−a) for 0 ≤ a ≤ 746, to within 2^-70.5 relative (p to 2^-62.4 when k = 0).
  ///
  /// With k = round(−a · 512 / ln 2): −a = k · ln2/512 + r, |r| ≤ ln2/1024 · (1 + 2^-30)
  /// < 2^-10.52, k = 512·e + j, t = 2^e · 2^(j/512) · e^r. Errors (absolute for r and p,
  /// relative for m):
  /// - r: ln2/512 = ln2F1 + ln2F2 + ln2F3 (2^-121 relative; the first two of at most 33
  ///   bits, so k times each is exact for |k| < 2^20). −a − k·ln2F1 is exact (Sterbenz),
  ///   minus k·ln2F2 an exact TwoSum; r.lo = e − k·ln2F3 (e < 2^-63, k·ln2F3 < 2^-57.9)
  ///   rounds by 2^-110; the split's error times |k|·ln2/512 ≤ 746 adds 2^-111.
  /// - p = e^r − 1 = r.hi + p.lo, p.lo = r.lo·(1 + r.hi) + r.hi²·(1/2 + r/6 + r²/24
  ///   + r³/120 + r⁴/720) in doubles: truncation |r|⁷/5040 · 1.01 < 2^-86; the roundings
  ///   of r.hi², the bracket, the product and the sum cost at most 4·2^-53 of p.lo
  ///   (≤ 2^-22 · 1.01): 2^-73; the dropped r.lo·r²/2 < 2^-80. |δp| < 2^-72.8.
  ///   For k = 0 (t = 1 + p, 1 − t = −p) the same terms are relative to |p| ≥ |r|·0.999:
  ///   4·2^-53·r²/2 / |r| ≤ 2^-62.5, truncation |r|⁶/5040 < 2^-75.5: 2^-62.4 relative.
  /// - T = 2^(j/512) = T.hi + T.lo, T.hi of 27 bits, T.lo rounded: 2^-80
  ///   (Scripts/make_exp_tables.py). With r.hi = h + l split into 26-bit h (Veltkamp),
  ///   T.hi·h is exact, T.hi + T.hi·h is an exact Fast2Sum (s, e₁), and
  ///   m = s + [e₁ + T.lo + T.hi·(l + p.lo) + T.lo·(r.hi + p.lo)]: the bracket is below
  ///   2^-20.3, so its five roundings cost below 5 · 2^-73.3 < 2^-71; p's error enters as
  ///   T·|δp| / m < 2^-72.8.
  /// In all |ε| < 2^-80 + 2^-71 + 2^-72.8 + 2^-110 < 2^-70.5.
  init(fast a: Double) {
    let (kd, k, lead) = Self.reduce(
      a, inverseStep: ExpTables.invLn2Fast, ExpTables.ln2F1, ExpTables.ln2F2)
    let rHi = lead.hi
    let rLo = lead.lo - kd * ExpTables.ln2F3

    let pLo = rLo * (1 + rHi) + (rHi * rHi)
      * (0.5 + rHi * (1.0 / 6 + rHi * (1.0 / 24 + rHi * (1.0 / 120 + rHi * (1.0 / 720)))))
    p = DoubleDouble(fastSum: rHi, pLo)

    let exponent = k >> 9
    let entry = ExpTables.fast[k & 511]
    let (h, l) = DoubleDouble.split(rHi)
    let head = DoubleDouble(fastSum: entry.hi, entry.hi * h)  // T.hi·h exact (27 + 26 bits)
    let bracket = head.lo + entry.lo + entry.hi * (l + pLo) + entry.lo * (rHi + pLo)
    m = DoubleDouble(fastSum: head.hi, bracket)
    self.exponent = exponent
    isUnreduced = k == 0
  }
}
