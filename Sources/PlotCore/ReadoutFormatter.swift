// Decimal text for the probe's readout: x rounded to the digits the zoom resolves, and
// function values as the shortest text that reads back to the same double (where the
// double has underflowed, UnderflowDigits writes the true value instead). Not the tick labels
// (TickLabelFormatter), which print exact small decimals K·10^e.

import Glibc

/// A decimal `significand × 10^exponent`, kept as its digits so trailing zeros survive.
public struct DecimalDigits: Sendable, Equatable {
  /// "-" or "".
  public var sign: String
  /// The significand's digits, no leading zeros unless the value is 0 ("0").
  public var digits: String
  /// The power of ten of the last digit.
  public var exponent: Int

  /// The power of ten of the leading digit.
  public var leadingExponent: Int { digits.count - 1 + exponent }

  /// The double nearest this decimal (correctly rounded by the C library).
  public var value: Double { Double("\(sign)\(digits)e\(exponent)") ?? .nan }

  /// Parses what Swift's `description` or `%e` print: `[-]d[.ddd][e[+-]dd]`.
  init?(parsing text: String) {
    var s = Substring(text)
    sign = s.hasPrefix("-") ? "-" : ""
    if !sign.isEmpty { s = s.dropFirst() }
    var e = 0
    if let mark = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      guard let parsed = Int(String(s[s.index(after: mark)...].filter { $0 != "+" }))
      else { return nil }
      e = parsed
      s = s[..<mark]
    }
    var all = ""
    if let dot = s.firstIndex(of: ".") {
      let fraction = s[s.index(after: dot)...]
      all = String(s[..<dot]) + fraction
      e -= fraction.count
    } else {
      all = String(s)
    }
    guard !all.isEmpty, all.allSatisfy(\.isASCII), all.allSatisfy(\.isNumber) else { return nil }
    let trimmed = all.drop { $0 == "0" }
    digits = trimmed.isEmpty ? "0" : String(trimmed)
    if trimmed.isEmpty { sign = "" }
    exponent = trimmed.isEmpty ? 0 : e
  }
}

/// How the readout writes numbers.
public enum ReadoutFormatter {
  /// Plain decimals while the leading digit sits at 10^-4 ... 10^5, as the tick labels.
  static let fixedLeadingExponents = -4...5

  /// `d` as text, every digit kept (trailing zeros too: they say how many digits are
  /// resolved): `1.250`, `0.000125`, `-3.00e-12`, `1.2340e17`.
  public static func text(_ d: DecimalDigits) -> String {
    if d.digits == "0" { return "0" }
    let lead = d.leadingExponent
    if fixedLeadingExponents.contains(lead) {
      if d.exponent >= 0 { return d.sign + d.digits + String(repeating: "0", count: d.exponent) }
      let places = -d.exponent
      if d.digits.count > places {
        let split = d.digits.index(d.digits.endIndex, offsetBy: -places)
        return d.sign + d.digits[..<split] + "." + d.digits[split...]
      }
      return d.sign + "0." + String(repeating: "0", count: places - d.digits.count) + d.digits
    }
    let rest = d.digits.dropFirst()
    return d.sign + d.digits.prefix(1) + (rest.isEmpty ? "" : "." + rest) + "e\(lead)"
  }

  /// `x` rounded to a multiple of 10^`lastDigit`, or `x` exactly (shortest round-trip
  /// digits) when that rounding would keep more than 17 significant digits, i.e. more
  /// than the double holds.
  public static func rounded(_ x: Double, lastDigit: Int) -> DecimalDigits {
    guard x.isFinite, x != 0 else { return DecimalDigits(parsing: "0")! }
    let exact = DecimalDigits(parsing: CFormat.string("%.16e", x))!
    let significant = exact.leadingExponent - lastDigit + 1
    if significant > 17 { return shortest(x) }
    if significant <= 0 {
      // Below the last digit's unit: 0, or one unit if at least half of it.
      let half = DecimalDigits(parsing: "5e\(lastDigit - 1)")!.value
      return DecimalDigits(parsing: x.magnitude >= half ? "\(x < 0 ? "-" : "")1e\(lastDigit)" : "0")!
    }
    var d = DecimalDigits(parsing: CFormat.string("%.*e", Int32(significant - 1), x))!
    // %e may carry into a new leading digit (9.96 -> 1.0e1, one place short): pad back
    // to the last digit's place.
    if d.exponent > lastDigit, d.digits != "0" {
      d.digits += String(repeating: "0", count: d.exponent - lastDigit)
      d.exponent = lastDigit
    }
    return d
  }

  /// The shortest digits that read back as exactly `x` (Swift's own algorithm).
  public static func shortest(_ x: Double) -> DecimalDigits {
    DecimalDigits(parsing: x == 0 ? "0" : x.description)!
  }
}
