// The true decimal digits of a curve value whose double is subnormal or has underflowed to
// 0, every printed digit correctly rounded: e^(−a) in the tails, |x|/8 for S'' near 0.
// Not the digits of the double (ReadoutFormatter.shortest writes those).

/// A decimal `sign d.ddd × 10^exponent` whose exponent may be far outside `Int`:
/// S'(1e300) ≈ 10^(−4.3e299) has a 300-digit exponent.
public struct ScientificDecimal: Sendable, Equatable {
  /// "-" or "".
  public var sign: String
  /// The significand's digits, leading digit first, no trailing zeros ("125" for 1.25).
  public var digits: String
  /// The power of ten of the leading digit, as decimal text ("-311").
  public var exponent: String

  /// `-1.25e-311`: the form the readout shows (and Double(String) reads).
  public var text: String {
    let rest = digits.dropFirst()
    return sign + digits.prefix(1) + (rest.isEmpty ? "" : "." + rest) + "e" + exponent
  }
}

/// Correctly rounded decimal digits of the values the doubles cannot hold.
///
/// Every digit returned is the correctly rounded digit of the true value: the rounding to
/// `significant` digits is made only when the computed value's error bound keeps it clear
/// of the rounding midpoint, and otherwise one digit fewer is tried (each digit dropped
/// moves the nearest midpoint at least ~0.45 units of the last kept digit away, so this
/// stops at once in practice; the odds of needing it are about 1e-9 per value).
public enum UnderflowDigits {
  /// log10(e) = 0.4342944819032518276511289189166050822943970058036665661144537831…
  /// to 1280 bits, truncated, most significant word first (mpmath). The truncation costs
  /// below 2^-1280 · 2^1024 = 2^-256 in |x|·log10(e) for any double |x|.
  static let log10eWords: [UInt64] = [
    0x6F2D_EC54_9B94_38CA, 0x9AAD_D557_D699_EE19, 0x1F71_A301_22E4_D101,
    0x1D1F_96A2_7BC7_529E, 0x3AA1_277D_0A01_79F9, 0x4911_AAC9_6323_250A,
    0x8C67_1DEC_FE9C_6E5E, 0x37D1_5C69_6466_D3D9, 0xA1AB_5E8C_A468_37FC,
    0xA003_9002_C60E_E26D, 0x32C5_B0F5_2164_26B5, 0x2859_B6F6_979B_9CEA,
    0xAA18_1095_7346_026A, 0x3247_6644_E628_FC9A, 0x6BCA_6B27_93E4_B475,
    0xD9FF_2061_766D_8FB6, 0x6890_D6E3_2863_2F4A, 0x3EEB_6043_8F3F_B164,
    0x1589_C2A3_37E6_E2CC, 0x6B89_2EF8_90A7_2B2F,
  ]
  static let log10eBits = 1280
  static let log10e = WideUnsigned(mostSignificantFirst: log10eWords)

  /// The relative error the mantissa 10^g may carry: 2^-80, well over the ~2^-94 the
  /// steps give (``DoubleDouble/exp10(_:)``; the fraction of a·log10(e) is exact to 2^-128).
  static let mantissaErrorBound = 0x1p-80

  /// `sign · e^(−a)` to `significant` (1 ... 15) correctly rounded digits, for a double
  /// `a` ≥ 512 (any finite one: 1e300 too).
  ///
  /// This is also S(−a), S'(±a) and |S''(±a)| to every digit shown: each is
  /// e^(−a)·(1 + δ) with |δ| ≤ 4e^(−a) < 1e-222 for a ≥ 512, far below a 15th digit.
  ///
  /// How: a·log10(e) = I + f with I an integer and 0 ≤ f < 1 comes exactly from the
  /// 1280-bit log10(e) (a = m·2^k, m < 2^53: a 53 × 1280-bit product), so I is exact
  /// however large and f is exact to 2^-128; then e^(−a) = 10^(1−f) × 10^−(I+1) with the
  /// mantissa 10^(1−f) ∈ (1, 10] in double-double (relative error below 2^-80).
  ///
  /// `relativeError` is what the caller's a itself may be off by (an absolute error of a is
  /// that relative error of e^(−a)): digits are kept only where that error too leaves
  /// their rounding decided (0 for an exact a).
  public static func expMinus(_ a: Double, negative: Bool = false, significant: Int = 15,
                              relativeError: Double = 0)
    -> ScientificDecimal
  {
    precondition(a >= 512 && a.isFinite, "expMinus(\(a)): a must be finite and at least 512")
    let m = a.significandBitPattern | (1 << 52)
    let k = Int(a.exponent) - 52
    let product = log10e.multiplied(by: m)       // a·log10(e) · 2^(1280 − k)
    let point = log10eBits - k                   // fraction bits in `product`: 309 ... 1323
    let integer = product.shiftedRight(by: point)
    let high = product.bits64(from: point - 64), low = product.bits64(from: point - 128)
    // f = high·2^-64 + low·2^-128 = fHigh + fLow: the top 53 bits of `high` exactly,
    // the other 75 bits rounded once (fLow < 2^-53, its error ≤ 2^-106).
    let fHigh = Double(high >> 11) * 0x1p-53
    let fLow = Double(high & 0x7FF) * 0x1p-64 + Double(low) * 0x1p-128
    // g = 1 − f in (0, 1]: 1 − fHigh is a multiple of 2^-53 in (0, 1], so exact, and at
    // least 2^-53 > fLow. (Subtracting from a rounded f.hi instead would lose bits.)
    let g = DoubleDouble(fastSum: 1 - fHigh, -fLow)
    let mantissa = DoubleDouble.exp10(g)
    let (digits, carried) = rounded(mantissa, significant: significant, extraError: relativeError)
    // The leading digit's power: −(I + 1), or −I when the mantissa rounded up to 10.
    let magnitude = carried ? integer : integer.plusOne()
    return ScientificDecimal(sign: negative ? "-" : "", digits: digits,
                             exponent: "-" + magnitude.decimalText)
  }

  /// The mantissa `m` ∈ [1, 10] (double-double, relative error ≤ ``mantissaErrorBound``)
  /// rounded to the most digits, up to `significant`, whose rounding the error leaves
  /// decided. Returns the digits without trailing zeros, and whether the mantissa rounded
  /// up to 10 (then the digits are "1" and the exponent goes up by one).
  static func rounded(_ m: DoubleDouble, significant: Int, extraError: Double = 0)
    -> (digits: String, carried: Bool)
  {
    var n = min(max(significant, 1), 15)
    while true {
      // N = m · 10^(n−1) < 10^15 < 2^50, so N.hi − floor(N.hi) is exact.
      let scale = (0..<(n - 1)).reduce(1.0) { value, _ in value * 10 }  // exact to 1e14
      let scaled = DoubleDouble(product: m.hi, scale).adding(DoubleDouble(m.lo * scale))
      var whole = scaled.hi.rounded(.down)
      var fraction = (scaled.hi - whole) + scaled.lo
      if fraction < 0 { whole -= 1; fraction += 1 }
      if fraction >= 1 { whole += 1; fraction -= 1 }
      let bound = scaled.hi * (mantissaErrorBound + extraError)
      if (fraction - 0.5).magnitude > bound || n == 1 {
        let q = UInt64(whole) + (fraction > 0.5 ? 1 : 0)
        var text = String(q)
        let carried = text.count > n  // 10^n: the mantissa rounded up to 10
        if carried { text = "1" }
        while text.count > 1, text.hasSuffix("0") { text.removeLast() }
        return (text, carried)
      }
      n -= 1
    }
  }

  /// `sign · |x|/8` to `significant` (1 ... 767) correctly rounded digits, for |x| below
  /// 2^-1011 (S'' is subnormal below 2^-1019): S''(x) there, to every digit shown.
  ///
  /// S''(x) = −x/8 + x³/24 − …, so |S''(x)| lies below |x|/8 by a relative x²/3 < 2^-2000,
  /// too little to move any digit, except that it decides an exact tie: there the true
  /// value rounds toward zero. |x|/8 = n·2^-1077 = n·5^1077 · 10^-1077 (n = |x|·2^1074, an
  /// integer) is written out exactly and rounded. (At 15 digits a tie cannot even occur:
  /// n·5^1077 has over 750 digits and fewer than 64 trailing zeros, as 2^64 ∤ n.)
  public static func eighth(of x: Double, negative: Bool = false, significant: Int = 15)
    -> ScientificDecimal
  {
    let a = x.magnitude
    precondition(a > 0 && a < 0x1p-1011, "eighth(of: \(x)): |x| must be in (0, 2^-1011)")
    let n = UInt64(a * 0x1p600 * 0x1p474)  // exact (powers of two), and below 2^63
    var exact = WideUnsigned(n)
    // 5^1077 = (5^27)^39 · 5^24; 5^27 < 2^64.
    for _ in 0..<39 { exact = exact.multiplied(by: 7_450_580_596_923_828_125) }
    exact = exact.multiplied(by: 59_604_644_775_390_625)
    let all = Array(exact.decimalText.utf8)
    let keep = min(max(significant, 1), all.count)
    var head = all[..<keep].map { Int($0 - UInt8(ascii: "0")) }
    let tail = all[keep...]
    // Round half toward zero: up only when the tail is above 5000…
    var carried = false
    if let first = tail.first, first > UInt8(ascii: "5")
      || (first == UInt8(ascii: "5") && tail.dropFirst().contains { $0 != UInt8(ascii: "0") })
    {
      var i = head.count - 1
      while i >= 0, head[i] == 9 { head[i] = 0; i -= 1 }
      if i >= 0 { head[i] += 1 } else { head[0] = 1; carried = true }  // 99…9 -> 10…0
    }
    var text = head.map(String.init).joined()
    while text.count > 1, text.hasSuffix("0") { text.removeLast() }
    let exponent = all.count - 1 - 1077 + (carried ? 1 : 0)
    return ScientificDecimal(sign: negative ? "-" : "", digits: text, exponent: String(exponent))
  }
}
