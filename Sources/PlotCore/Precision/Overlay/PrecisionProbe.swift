// What the probe adds while a format is chosen: x rounded to the format, and for each
// shown order of the primary function the computed value (bits in hex and decimal) with
// its error in ulps, and the true value at that format input.

extension PrecisionFormula {
  /// The probe's extra rows at the probed x, for the orders `orders` of the function:
  /// ("x in float16", "7.625 (0x47a0)"), ("textbook S", "1.0 (0x3c00), 1.02 ulps"),
  /// ("true S", "0.99951…"), … . `sample` is this formula's evaluation at x's format input.
  public func probeRows(at x: Double, sample: FormatSample, orders: [DerivativeOrder])
    -> [(label: String, value: String)]
  {
    let xf = sample.x
    var rows = [("x in \(format.name)", "\(format.shortestText(xf)) (\(format.hexBits(xf)))")]
    let name = kind == .exact ? "rounded" : kind.rawValue
    for order in orders {
      let curve = spec.curve(order)
      let v = sample.computed[order]
      rows.append(("\(name) \(curve.symbol)",
                   "\(format.shortestText(v)) (\(format.hexBits(v))), \(Self.ulpsText(sample.ulps[order]))"))
      rows.append(("true \(curve.symbol)", ProbeReadout.valueText(curve, at: xf)))
    }
    return rows
  }

  /// An error in ulps as the probe says it: "0 ulps", "0.5 ulps", "1.23e+03 ulps",
  /// "inf", "NaN".
  public static func ulpsText(_ u: Double) -> String {
    if u.isNaN { return "error NaN" }
    if u.isInfinite { return "error inf" }
    return CFormat.string("%.3g", u) + (u == 1 ? " ulp" : " ulps")
  }
}

extension ProbeReadout {
  /// Appends `rows` after the curves' rows (lines and text follow).
  public mutating func append(_ extra: [(label: String, value: String)]) {
    rows += extra
    lines += extra.map { "\($0.label) = \($0.value)" }
    text = lines.joined(separator: "\n")
  }
}

extension ProbeReadout {
  /// Appends the overlay's rows for `display` (nothing while it is off): what `C`
  /// copies, the same rows the probe draws.
  public mutating func appendPrecision(_ display: DisplayOptions) {
    guard let primary = display.primary,
      let lab = display.precision.lab(for: FunctionSpec(curve: primary)) else { return }
    let sample = FormatSample(readingOut: lab, at: lab.format.rounded(x))
    append(lab.probeRows(at: x, sample: sample, orders: display.primaryCurves.map(\.order)))
  }
}
