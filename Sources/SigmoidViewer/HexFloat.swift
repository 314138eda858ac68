// Doubles as hexadecimal floating point (`sample --hex`), the form C's printf("%a") writes
// and strtod, Python's float.fromhex and Swift's Double(String) read back bit for bit:
// no decimal rounding to argue about when a bug report quotes a value.

/// Hexadecimal text of doubles.
enum HexFloat {
  /// `value` as `[-]0x1.<hex>p<exp>` (normal), `[-]0x0.<hex>p-1022` (subnormal) or
  /// `[-]0x0p+0` (zero), trailing zero digits dropped: 0.75 is `0x1.8p-1`, 5e-324 is
  /// `0x0.0000000000001p-1022`. Finite values only.
  static func text(_ value: Double) -> String {
    precondition(value.isFinite, "hexadecimal text of a non-finite value")
    let sign = value.sign == .minus ? "-" : ""
    if value == 0 { return sign + "0x0p+0" }
    let fraction = value.significandBitPattern  // 52 bits
    let subnormal = value.exponentBitPattern == 0
    let lead = subnormal ? "0" : "1"
    let exponent = subnormal ? -1022 : Int(value.exponentBitPattern) - 1023
    var digits = String(fraction, radix: 16)
    digits = String(repeating: "0", count: 13 - digits.count) + digits
    while digits.last == "0" { digits.removeLast() }
    let point = digits.isEmpty ? "" : "." + digits
    return sign + "0x" + lead + point + "p" + (exponent >= 0 ? "+" : "") + String(exponent)
  }
}
