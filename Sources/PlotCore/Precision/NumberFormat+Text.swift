// A format value as text: the shortest decimal that reads back as that value in the
// format (what the precision CSV prints), and its bits in hexadecimal (what the probe
// shows).

extension NumberFormat {
  /// The shortest decimal that rounds back to `v` in this format, in Swift's style
  /// ("0.9995", "6e-08", "-0.0"); "inf", "-inf", "nan" for the non-finite.
  ///
  /// float64 and float32 use Swift's own shortest forms for Double and Float. The narrow
  /// formats try 1, 2, … significant digits (the nearest such decimal to v) until one lies
  /// strictly inside v's rounding interval, whose ends (midpoints) are doubles, so the
  /// test is exact; a decimal exactly on an end is passed over (it would tie).
  public func shortestText(_ v: Double) -> String {
    if v.isNaN { return "nan" }
    if v.isInfinite { return v < 0 ? "-inf" : "inf" }
    if significandBits == 53 { return v.description }
    if significandBits == 24 { return Float(v).description }
    if v == 0 { return v.description }
    let a = v.magnitude
    let below = (a - (nextDown(a) ?? 0)) / 2
    let above = ((nextUp(a).flatMap { $0.isFinite ? $0 : nil } ?? a + quantum(exponent: a.exponent)) - a) / 2
    for digits in 1...17 {
      // The nearest decimal of `digits` digits and its two neighbours in the last digit
      // (next to a power of two the interval is lopsided, so the nearest may miss it
      // while a neighbour fits): the one inside the interval nearest v wins.
      let nearest = CFormat.string("%.*e", Int32(digits - 1), a)
      guard let e = nearest.firstIndex(of: "e"),
        let mantissa = Int(nearest[..<e].filter { $0 != "." }) else { continue }
      guard let exponent = Int(nearest[nearest.index(after: e)...]) else { continue }
      var best: Double?
      for m in [mantissa - 1, mantissa, mantissa + 1] where m > 0 {
        guard let d = Double("\(m)e\(exponent - (digits - 1))") else { continue }
        if d > a - below && d < a + above && (best == nil || (d - a).magnitude < (best! - a).magnitude) {
          best = d
        }
      }
      if let best { return (v < 0 ? -best : best).description }
    }
    return v.description
  }

  /// The bits of `v` as 0x followed by bitWidth/4 hexadecimal digits ("0x3c00").
  public func hexBits(_ v: Double) -> String {
    let digits = String(bits(of: v), radix: 16)
    return "0x" + String(repeating: "0", count: Swift.max(0, bitWidth / 4 - digits.count)) + digits
  }
}
