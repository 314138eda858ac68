// The first attempt of the fast path on x86-64: S, S', S'' in x87 extended precision
// (Float80, 64-bit significand), cheap because no step needs an exact product. About 2^-61
// relative, so the rounding test decides all but a few calls in a hundred; those go on to
// the double-double attempts (SigmoidKernel.swift). Elsewhere (no Float80) those run alone.

#if arch(x86_64) || arch(i386)

/// An extended-precision estimate and the relative bound its rounding test uses.
typealias ExtendedEstimate = (Float80, Float80)

/// Extended-precision estimates of S, S', |S''| for a = |x| in (0, 746], with bounds.
///
/// t = e^(−a) as in ``ExpMinus/init(fast:)`` (k = round(−a·512/ln 2), r, the 512-entry
/// table), every step in Float80 (unit roundoff u = 2^-64):
/// - r = (x − k·L1) − k·L2 with L1 = ln2F1 (≤ 33 bits: k·L1 and the subtraction are
///   exact) and L2 = ln2F2 + ln2F3 rounded to 64 bits (2^-64 of L2 < 2^-43.4 is 2^-107.4,
///   times |k| < 2^20: 2^-87.4; the split's own error adds 2^-111): the two roundings cost
///   u·2^-23 and u·|r| < 2^-74.5. |δr| < 2^-74.4.
/// - p = r + r²·(1/2 + r/6 + r²/24 + r³/120): truncation |r|⁶/720 · 1.01 (2^-72.6
///   absolute; relative to r, |r|⁵/720 < 2^-62.1), the bracket's and square's roundings a
///   few u of r²/2 < 2^-22 (2^-84), the final sum u·|p| (2^-74.5 absolute, u relative):
///   |δp| < 2^-72 absolute, < 2^-61.5 relative when k = 0 (then r = x exactly); with
///   the r⁴/720 term (S'' only) truncation is |r|⁶/5040 relative, 2^-75.5, and
///   |δp| < 2^-63.9 relative when k = 0.
/// - T = 2^(j/512) rounded to 64 bits (u), m = T + T·p (u·2^-9.5 and u): with p's error,
///   ε_m < 3u + 2^-72 < 2^-62.3. Scaling by 2^e is exact (Float80 reaches 2^-16382).
/// - then u = 1 + t (u), and the forms below, one rounding per operation.
/// Totals: S(a) ≤ ε_m/2 + 2u < 2^-62.2; S(−a) ≤ ε_m + 2u < 2^-61.6; S'(a) ≤ ε_m + 4u
/// < 2^-61.2; |S''(a)| ≤ ε_m·(1 + 2^(−E)) + 8u < 2^-60.4 · 2^(−E), E the binary
/// exponent of 1 − t (2^-62.4·t/(1 − t) is t's error relative to 1 − t; 1 − t itself is
/// exact by Sterbenz or one rounding), or for k = 0 (1 − t = −p, sixth degree):
/// 2^-63.9 + ε_m + 8u < 2^-60.3. The test bounds below are 4 to 8 times these (S'':
/// 2^-58 + 2^-60·2^(−E), and 2^-58 for k = 0).
enum ExtendedKernel {
  /// t = e^(−a), p = e^r − 1 and whether k = 0.
  @inline(__always)
  static func exp(_ a: Double, sixthDegree: Bool = false)
    -> (t: Float80, p: Float80, unreduced: Bool)
  {
    let x = -a
    let kd = (x * ExpTables.invLn2Fast + 0x1.8p52) - 0x1.8p52
    let k = Int(kd)
    let k80 = Float80(kd)
    let ln2Low = Float80(ExpTables.ln2F2) + Float80(ExpTables.ln2F3)  // rounded to 64 bits
    let r = (Float80(x) - k80 * Float80(ExpTables.ln2F1)) - k80 * ln2Low
    // S'' takes one more term, for −p as 1 − t to 2^-63.9 relative when k = 0.
    let fifth: Float80 = sixthDegree ? 1 / 120 + r * (1 / 720) : 1 / 120
    let q = r * r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * fifth)))
    let p = r + q
    // 2^(j/512) rounded to 64 bits: the fast table's hi (27 bits) + lo (to 2^-80), summed.
    let entry = ExpTables.fast[k & 511]
    let tableValue = Float80(entry.hi) + Float80(entry.lo)
    let m = tableValue + tableValue * p
    let t = m * powerOfTwo(k >> 9)  // 2^e, e = ⌊k/512⌋ in [−1078, 0]: exact
    return (t, p, k == 0)
  }

  /// 2^n exactly, for −16382 ≤ n ≤ 1023. Through a double (subnormal down to 2^-1074,
  /// still exact) where it can: that value reaches the x87 unit by one 8-byte store and
  /// load, which the processor forwards, while the Float80 built from its fields is two
  /// stores read back by one 10-byte load, which cannot be forwarded and waits for both
  /// stores to reach the cache (S's first attempt took about 9% less time without it).
  /// The value is the same 2^n either way, so results are unchanged bit for bit.
  @inline(__always)
  static func powerOfTwo(_ n: Int) -> Float80 {
    if n >= -1074 { return Float80(PowerOfTwo.double(n)) }
    return Float80(sign: .plus, exponentBitPattern: UInt(16383 + n), significandBitPattern: 0)
  }

  /// y rounded to a double if y·(1 ± bound) rounds the same both ways (the roundings of
  /// y·bound and y ± that cost 2^-63 of y, inside the bounds' margins).
  @inline(__always)
  static func double(_ y: Float80, bound: Float80) -> Double? {
    let d = y * bound
    let low = Double(y - d), high = Double(y + d)
    return low == high ? low : nil
  }

  /// The same for a float.
  @inline(__always)
  static func float(_ y: Float80, bound: Float80) -> Float? {
    let d = y * bound
    let low = Float(y - d), high = Float(y + d)
    return low == high ? low : nil
  }

  /// The estimate (y, bound) rounded as ``double(_:bound:)`` and ``float(_:bound:)`` do:
  /// the form ``FastPath``'s attempts take on every architecture.
  @inline(__always) static func double(_ e: ExtendedEstimate) -> Double? { double(e.0, bound: e.1) }
  @inline(__always) static func float(_ e: ExtendedEstimate) -> Float? { float(e.0, bound: e.1) }

  static func sigmoidPositive(_ a: Double) -> ExtendedEstimate {
    let (t, _, _) = exp(a)
    return (1 / (1 + t), 0x1p-61)
  }

  static func sigmoidNegative(_ a: Double) -> ExtendedEstimate {
    let (t, _, _) = exp(a)
    return (t / (1 + t), 0x1p-60)
  }

  static func derivative(_ a: Double) -> ExtendedEstimate {
    let (t, _, _) = exp(a)
    let u = 1 + t
    return (t / (u * u), 0x1p-59)
  }

  static func secondDerivativeMagnitude(_ a: Double) -> ExtendedEstimate {
    let (t, p, unreduced) = exp(a, sixthDegree: true)
    let u = 1 + t
    let w = unreduced ? -p : 1 - t
    // 2^-58, plus 2^-60 · 2^(−E) for t's error relative to 1 − t (k ≠ 0).
    // (E in [−14, −1] for k ≠ 0; for k = 0 the term is not used.)
    let bound: Float80 = 0x1p-58 + (unreduced ? 0 : powerOfTwo(-60 - Int(w.exponent)))
    return (t * w / (u * u * u), bound)
  }
}

#else

/// No extended precision here: the fast path starts with the double-double attempts.
typealias ExtendedEstimate = Void

enum ExtendedKernel {
  /// Never decides: the attempt is not there.
  @inline(__always) static func double(_ e: ExtendedEstimate) -> Double? { nil }
  @inline(__always) static func float(_ e: ExtendedEstimate) -> Float? { nil }
  static func sigmoidPositive(_ a: Double) {}
  static func sigmoidNegative(_ a: Double) {}
  static func derivative(_ a: Double) {}
  static func secondDerivativeMagnitude(_ a: Double) {}
}

#endif
