// The text of an SVG document as it is written: numbers to 0.01 px in integer arithmetic
// (so the same drawing gives the same bytes on every machine), colours as #rrggbb, and
// XML escaping. No Foundation: plain string building.

import PlotCore

/// An SVG document's text, built by appending.
struct SVGMarkup {
  private(set) var text = ""

  init() { text.reserveCapacity(1 << 15) }

  mutating func append(_ s: String) { text += s }

  /// `v` rounded to the nearest hundredth (ties away from zero), without trailing zeros:
  /// 12.5, 12.05, 12, -0.5. The hundredth is computed as an integer, so no formatting
  /// library's rounding enters the bytes. Values beyond ±1e9 (a tangent's far end, say)
  /// are clamped there, far outside any canvas; NaN writes 0.
  static func number(_ v: Double) -> String {
    guard !v.isNaN else { return "0" }
    let clamped = Swift.min(1e9, Swift.max(-1e9, v))
    let hundredths = Int((clamped * 100).rounded(.toNearestOrAwayFromZero))
    let negative = hundredths < 0
    let m = hundredths.magnitude
    var s = negative ? "-" : ""
    s += String(m / 100)
    let frac = m % 100
    if frac != 0 {
      s += frac % 10 == 0 ? "." + String(frac / 10) : (frac < 10 ? ".0" : ".") + String(frac)
    }
    return s
  }

  /// Appends `v` as ``number(_:)`` writes it.
  mutating func number(_ v: Double) { text += Self.number(v) }

  /// "#rrggbb" for an sRGB colour (alpha ignored: paints carry their own opacity).
  static func color(_ c: Color) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var bytes: [UInt8] = [UInt8(ascii: "#")]
    for shift in stride(from: 20, through: 0, by: -4) {
      bytes.append(digits[Int((c.argb >> UInt32(shift)) & 0xF)])
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `s` safe inside an XML text node or a double-quoted attribute: & < > " escaped,
  /// and control characters XML 1.0 cannot hold (all below U+0020 but tab, newline and
  /// carriage return) dropped.
  static func escaped(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      default:
        if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// ` xml:space="preserve"` for a text SVG would otherwise change by collapsing its
  /// white space (two spaces in a row, a space at either end, a tab or newline); "" for
  /// every other text, so their markup stays as it was.
  static func spacing(_ s: String) -> String {
    var keeps = s.hasPrefix(" ") || s.hasSuffix(" ")
    var previous: Unicode.Scalar = "x"
    for c in s.unicodeScalars where !keeps {
      keeps = c == "\t" || c == "\n" || c == "\r" || (c == " " && previous == " ")
      previous = c
    }
    return keeps ? " xml:space=\"preserve\"" : ""
  }

  /// Appends the path data of one polyline: "M x y L x y ..." (absolute coordinates;
  /// implicit L after the first pair keeps it short).
  mutating func polyline<Points: Sequence<Point>>(_ points: Points, closed: Bool = false) {
    var first = true
    for p in points {
      text += first ? "M" : " "
      number(p.x)
      text += ","
      number(p.y)
      first = false
    }
    if closed && !first { text += "Z" }
  }

  /// Appends the path data of a box's outline, clockwise: "M x0,y0H x1V y1H x0Z".
  mutating func box(_ b: Box) {
    text += "M"
    number(b.x0); text += ","; number(b.y0)
    text += "H"; number(b.x1)
    text += "V"; number(b.y1)
    text += "H"; number(b.x0)
    text += "Z"
  }
}

/// Glyph outlines (`--text-as-paths`) written as path data: M, L, Q and Z with each
/// coordinate rounded as every other number in the file.
extension SVGMarkup: ContourSink {
  mutating func move(to p: Point) { command("M", p) }
  mutating func line(to p: Point) { command("L", p) }
  mutating func quad(control c: Point, to p: Point) {
    command("Q", c)
    append(" ")
    pair(p)
  }
  mutating func closeContour() { append("Z") }

  private mutating func command(_ letter: String, _ p: Point) {
    append(letter)
    pair(p)
  }

  private mutating func pair(_ p: Point) {
    number(p.x)
    append(",")
    number(p.y)
  }
}
