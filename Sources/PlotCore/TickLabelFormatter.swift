// Exact text for decimal tick values K·10^e, built from the integer K and exponent e
// (never from the rounded double), so labels never show noise like 0.30000000000000004.

/// Turns exact decimals `significand × 10^exponent` into short labels.
///
/// Negative numbers and exponents are written with the real minus sign U+2212 (−), as
/// matplotlib does: the ASCII hyphen is shorter and sits lower than the digits' middle, so
/// "-1" reads as a dash. Every font the viewer finds (DejaVu, Liberation) has the glyph.
/// Machine-readable output (`sample`'s CSV, the copied readout) does not come from here
/// and keeps ASCII.
///
/// Two styles, chosen once per axis so neighbours look alike:
/// - fixed: `−10`, `0`, `0.5`, `1500`, `0.0025` (trailing zeros dropped),
/// - scientific: `1e−5`, `2.5e12`, `−3e−7` (shortest mantissa, no `+`, no leading zeros).
/// Equal decimals give equal strings and different ones different strings, because both
/// styles print every significant digit of the normalised significand.
public enum TickLabelFormatter {
  /// The minus sign of every label: U+2212, not the ASCII hyphen-minus.
  public static let minus = "\u{2212}"

  /// `label` with the typographic minus turned back into ASCII "-": for parsing a label
  /// (`Double(_:)` accepts only ASCII) or writing it where ASCII is expected.
  public static func ascii(_ label: String) -> String {
    String(label.map { $0 == "\u{2212}" ? "-" : $0 })
  }

  /// How labels on one axis are written.
  public enum Style: Sendable, Equatable {
    case fixed, scientific
  }

  /// Fixed style while the largest |value| has its leading digit at 10^-4 ... 10^5
  /// (`0.0001` to `999999`), scientific outside, where fixed would need runs of zeros.
  public static func style(forLargestLeadingExponent lead: Int) -> Style {
    (-4...5).contains(lead) ? .fixed : .scientific
  }

  /// The power of ten of the leading digit of `significand × 10^exponent` (0 gives 0).
  public static func leadingExponent(significand: Int64, exponent: Int) -> Int {
    significand == 0 ? 0 : String(significand.magnitude).count - 1 + exponent
  }

  /// `significand × 10^exponent` written in `style`.
  public static func label(significand: Int64, exponent: Int, style: Style) -> String {
    let (k, e) = normalized(significand, exponent)
    if k == 0 { return "0" }
    let sign = k < 0 ? minus : ""
    let digits = String(k.magnitude)
    switch style {
    case .fixed:
      if e >= 0 { return sign + digits + String(repeating: "0", count: e) }
      let places = -e
      if digits.count > places {
        let split = digits.index(digits.endIndex, offsetBy: -places)
        return sign + digits[..<split] + "." + digits[split...]
      }
      return sign + "0." + String(repeating: "0", count: places - digits.count) + digits
    case .scientific:
      let lead = digits.count - 1 + e
      let rest = digits.dropFirst()
      let mantissa = rest.isEmpty ? String(digits.prefix(1)) : digits.prefix(1) + "." + rest
      let power = lead < 0 ? minus + String(-lead) : String(lead)
      return "\(sign)\(mantissa)e\(power)"
    }
  }

  /// The double nearest to `significand × 10^exponent` (the C library's correctly rounded
  /// decimal conversion), so a tick's value and its label name the same number.
  public static func value(significand: Int64, exponent: Int) -> Double {
    if significand == 0 { return 0 }
    return Double("\(significand)e\(exponent)") ?? .nan
  }

  /// Trailing zeros moved from the significand into the exponent: (1500, -2) -> (15, 0).
  static func normalized(_ significand: Int64, _ exponent: Int) -> (Int64, Int) {
    var k = significand
    var e = exponent
    while k != 0 && k % 10 == 0 {
      k /= 10
      e += 1
    }
    return (k, e)
  }
}
