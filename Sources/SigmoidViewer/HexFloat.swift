// Doubles as hexadecimal floating point (`sample --hex`), the form C's printf("%a") writes
// and strtod, Python's float.fromhex and Swift's Double(String) read back bit for bit:
// no decimal rounding to argue about when a bug report quotes a value.

/// Hexadecimal text of doubles.
enum HexFloat {
  /// `value` as `[-]0x1.<hex>p<exp>` (normal), `[-]0x0.<hex>p-1022` (subnormal) or
  /// `[-]0x0p+0` (zero), trailing zero digits dropped: 0.75 is `0x1.8p-1`, 5e-324 is
  /// `0x0.0000000000001p-1022`. Finite values only.
  static func text(_ value: Double) -> String {
    var bytes: [UInt8] = []
    append(value, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends ``text(_:)``'s bytes to `bytes`, digit by digit: no string is made, so
  /// `sample --hex` of a million rows costs about what the decimal form does.
  static func append(_ value: Double, to bytes: inout [UInt8]) {
    precondition(value.isFinite, "hexadecimal text of a non-finite value")
    if value.sign == .minus { bytes.append(UInt8(ascii: "-")) }
    bytes.append(UInt8(ascii: "0"))
    bytes.append(UInt8(ascii: "x"))
    if value == 0 {
      bytes.append(contentsOf: "0p+0".utf8)
      return
    }
    let subnormal = value.exponentBitPattern == 0
    bytes.append(UInt8(ascii: subnormal ? "0" : "1"))
    // 52 fraction bits are 13 hex digits, most significant first; trailing zeros dropped.
    var fraction = value.significandBitPattern
    if fraction != 0 {
      bytes.append(UInt8(ascii: "."))
      var count = 13
      while fraction & 0xF == 0 {
        fraction >>= 4
        count -= 1
      }
      for i in stride(from: count - 1, through: 0, by: -1) {
        bytes.append(digit(UInt8(truncatingIfNeeded: fraction >> UInt64(4 * i)) & 0xF))
      }
    }
    bytes.append(UInt8(ascii: "p"))
    let exponent = subnormal ? -1022 : Int(value.exponentBitPattern) - 1023
    bytes.append(UInt8(ascii: exponent >= 0 ? "+" : "-"))
    appendDecimal(exponent.magnitude, to: &bytes)
  }

  /// The lower-case hex digit of 0 ... 15.
  private static func digit(_ d: UInt8) -> UInt8 {
    d < 10 ? UInt8(ascii: "0") + d : UInt8(ascii: "a") + d - 10
  }

  /// `n` (at most 1023 here) in decimal, no leading zeros.
  private static func appendDecimal(_ n: UInt, to bytes: inout [UInt8]) {
    var divisor: UInt = 1
    while divisor * 10 <= n { divisor *= 10 }
    var rest = n
    while divisor > 0 {
      bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
      rest %= divisor
      divisor /= 10
    }
  }
}
