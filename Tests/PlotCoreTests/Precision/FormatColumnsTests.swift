// Tests of Sources/PlotCore/Precision/Overlay/: the overlay's columns are the formula's
// own results at every format input whose rounding interval meets the column (found here
// by stepping nextUp from RN(left edge) to RN(right edge), not by the ordinals the code
// uses), min and max per column, with the errors in ulps and the special results; the
// table is filled lazily; the probe's rows; the overlay's key cycles.

import Testing
@testable import PlotCore

@Suite struct FormatColumnsTests {
  static func lab(_ format: NumberFormat, _ kind: FormulaKind = .textbook,
                  _ spec: FunctionSpec = .labDefault) throws -> PrecisionFormula {
    try PrecisionFormula(spec, format: format, kind: kind)
  }

  static func viewport(_ x: ClosedRange<Double>, width: Double) -> Viewport {
    Viewport(x: AxisRange(min: x.lowerBound, max: x.upperBound, pixels: width)!,
             y: AxisRange(min: -0.1, max: 1.1, pixels: 100)!,
             plot: PixelRect(left: 40, top: 10, width: width, height: 100)!)
  }

  /// The columns' ranges against a brute-force walk over the format's grid.
  static func checkColumns(_ lab: PrecisionFormula, _ vp: Viewport) {
    var table = FormatTable(lab)
    var cols = FormatColumns()
    cols.compute(vp, table: &table)
    let f = lab.format
    #expect(cols.count == Int(vp.plot.width.rounded(.up)))
    for i in 0..<cols.count {
      let a = f.rounded(vp.x(forPixelX: vp.plot.left + Double(i)))
      let b = f.rounded(vp.x(forPixelX: vp.plot.left + Double(i + 1)))
      for order in DerivativeOrder.allCases {
        var lo = Double.infinity, hi = -Double.infinity
        var errLo = Double.infinity, errHi = -Double.infinity
        var zero = false, nan = false
        var x: Double? = a
        while let v = x, v <= b {
          let c = lab.computed(at: v)[order]
          let t = lab.trueValues(atFormatValue: v)[order]
          if c.isFinite { lo = min(lo, c); hi = max(hi, c) }
          let e = lab.ulps(c, truth: t)
          if e.isFinite { errLo = min(errLo, e); errHi = max(errHi, e) }
          if c == 0 && t != 0 { zero = true }
          if c.isNaN && !t.isNaN { nan = true }
          x = f.nextUp(v == 0 ? 0 : v)
          if v == b { break }
        }
        let col = cols[order, i]
        #expect(col.lo == lo && col.hi == hi, "\(f) \(order) column \(i): \(col.lo)...\(col.hi) vs \(lo)...\(hi)")
        #expect(col.errorLo == errLo && col.errorHi == errHi, "\(f) \(order) column \(i) errors")
        #expect(col.events.contains(.zero) == zero && col.events.contains(.nan) == nan)
      }
    }
  }

  @Test(arguments: [NumberFormat.float16, .bfloat16, .float8E4M3, .float8E5M2])
  func denseColumnsAreTheRangeOfEveryInput(_ format: NumberFormat) throws {
    Self.checkColumns(try Self.lab(format), Self.viewport(-10...10, width: 97))
  }

  @Test(arguments: [NumberFormat.float16, .bfloat16])
  func zoomedColumnsAreTreadsAndRisers(_ format: NumberFormat) throws {
    let lab = try Self.lab(format)
    let threshold = format == .float16 ? 7.6246 : 5.5452
    let vp = Self.viewport((threshold - 0.05)...(threshold + 0.05), width: 301)
    Self.checkColumns(lab, vp)
    // Zoomed in, most columns hold one input (flat treads); where S jumps to 1 a column
    // holds two (the riser), and past it every column reads exactly 1.
    var table = FormatTable(lab)
    var cols = FormatColumns()
    cols.compute(vp, table: &table)
    let flat = (0..<cols.count).filter { cols[.value, $0].lo == cols[.value, $0].hi }.count
    #expect(flat > cols.count * 3 / 4)
    #expect(cols[.value, cols.count - 1].lo == 1 && cols[.value, 0].hi < 1)
    #expect(cols[.first, cols.count - 1].events.contains(.zero))
  }

  @Test func stableAndExactFormulasToo() throws {
    Self.checkColumns(try Self.lab(.float16, .stable), Self.viewport(-12...12, width: 64))
    Self.checkColumns(try Self.lab(.bfloat16, .exact), Self.viewport(-12...12, width: 64))
    let gelu = try FunctionSpec.parse("gelu")
    Self.checkColumns(try Self.lab(.float16, .textbook, gelu), Self.viewport(-6...3, width: 50))
  }

  /// float32 columns of few inputs are exhaustive; wide ones are flagged as sampled.
  @Test func float32ColumnsAreExhaustiveWhenZoomedIn() throws {
    let lab = try Self.lab(.float32)
    let vp = Self.viewport(16.6355...16.63551, width: 80)
    Self.checkColumns(lab, vp)
    var table = FormatTable(lab)
    var cols = FormatColumns()
    cols.compute(vp, table: &table)
    #expect((0..<cols.count).allSatisfy { cols[.value, $0].isExhaustive })
    cols.compute(Self.viewport(-10...10, width: 80), table: &table)
    #expect(!cols[.value, 40].isExhaustive)
    #expect(!table.isTabulated)
  }

  /// E4M3 has no infinity and saturates; E5M2's textbook S' overflows nowhere but its
  /// exp does: results that are infinite or NaN are events, never ranges.
  @Test func infiniteResultsAreEventsNotRanges() throws {
    let softplus = try FunctionSpec.parse("softplus")
    let lab = try Self.lab(.float8E5M2, .textbook, softplus)
    var table = FormatTable(lab)
    var cols = FormatColumns()
    cols.compute(Self.viewport(0...60000, width: 50), table: &table)
    let events = (0..<cols.count).map { cols[.value, $0].events }
    #expect(events.contains { $0.contains(.positiveInfinity) })
    for i in 0..<cols.count { #expect(!cols[.value, i].hasValue || cols[.value, i].hi.isFinite) }
  }

  @Test func tableFillsOnlyTheBlocksInView() throws {
    var table = FormatTable(try Self.lab(.float16))
    var cols = FormatColumns()
    cols.compute(Self.viewport(7.5...7.75, width: 50), table: &table)
    #expect(table.evaluations > 0 && table.evaluations <= 4 * 256)
    let once = table.evaluations
    cols.compute(Self.viewport(7.5...7.75, width: 120), table: &table)
    #expect(table.evaluations == once)
  }

  @Test func ordinalsAreNeighbours() {
    for f in [NumberFormat.float16, .bfloat16, .float8E4M3, .float32] {
      for v in [0.0, 1, -1, 7.625, -3.5, f.leastPositive, -f.leastPositive].map(f.rounded) {
        let o = f.ordinal(v)
        #expect(f.value(ordinal: o) == v)
        #expect(f.value(ordinal: o + 1) == f.nextUp(v))
      }
      #expect(f.value(ordinal: f.greatestOrdinal) == (f.hasInfinity ? .infinity : f.greatestFinite))
    }
  }

  // MARK: - Probe

  @Test func probeRowsNameBitsDecimalsAndErrors() throws {
    let lab = try Self.lab(.float16)
    let sample = FormatSample(lab, at: 7.625)
    let rows = lab.probeRows(at: 7.626, sample: sample, orders: [.value, .first])
    #expect(rows.map(\.label) == ["x in float16", "textbook S", "true S", "textbook S'", "true S'"])
    #expect(rows[0].value == "7.625 (0x47a0)")
    // 1 − S(7.625) = 4.8797e-4 = 0.9994 ulps of float16 (2^-11) below 1.
    #expect(rows[1].value == "1.0 (0x3c00), 0.999 ulps")
    #expect(rows[2].value.hasPrefix("1 - 0.00048785"))
    // S'(7.625) = 4.8773e-4, 2045.7 ulps of 2^-22: all of it lost.
    #expect(rows[3].value == "0.0 (0x0000), 2.05e+03 ulps")
    #expect(rows[4].value.hasPrefix("0.000487"))
  }

  // MARK: - Keys

  @Test func formatKeyCyclesThroughOffAndEveryFormat() {
    var overlay = PrecisionOverlay()
    var seen: [String] = []
    for _ in 0..<7 {
      overlay.cycleFormat(1)
      seen.append(overlay.format?.name ?? "off")
    }
    #expect(seen == ["float64", "float32", "bfloat16", "float16", "float8_e4m3", "float8_e5m2", "off"])
    overlay.cycleFormat(-1)
    #expect(overlay.format == .float8E5M2)
  }

  @Test func formulaKeySkipsWhatTheFunctionLacks() {
    var overlay = PrecisionOverlay(format: .float16)
    overlay.cycleFormula(1, available: PrecisionFormula.kinds(of: "sigmoid"))
    #expect(overlay.formula == .stable)
    overlay.cycleFormula(1, available: PrecisionFormula.kinds(of: "sigmoid"))
    #expect(overlay.formula == .exact)
    overlay.cycleFormula(-1, available: PrecisionFormula.kinds(of: "relu"))
    #expect(overlay.formula == .textbook)
    overlay.formula = .stable
    #expect(overlay.formula(available: PrecisionFormula.kinds(of: "relu")) == .textbook)
  }

  @Test func viewerStateKeysSetTheOverlay() {
    var state = ViewerState(width: 800, height: 600)
    let changed = state.apply(.precision(.cycleFormat(1)))
    #expect(changed)
    #expect(state.display.precision.format == .float64)
    _ = state.apply(.precision(.cycleFormat(-1)))
    _ = state.apply(.precision(.cycleFormat(-1)))
    #expect(state.display.precision.format == .float8E5M2)
    _ = state.apply(.precision(.cycleFormula(1)))
    #expect(state.display.precision.formula == .stable)
    _ = state.apply(.precision(.toggleErrorStrip))
    #expect(!state.display.precision.showsStrip && state.display.precision.isOn)
  }
}

extension FormatColumnsTests {
  /// What `C` copies: the curves' rows, then the overlay's, only while a format is chosen.
  @Test func copiedReadoutHasTheOverlaysRows() throws {
    var display = DisplayOptions()
    let vp = Self.viewport(7...8, width: 100)
    let px = vp.pixelX(forX: 7.63)
    var plain = try #require(ProbeReadout(viewport: vp, pixelX: px, curves: display.visibleCurves))
    plain.appendPrecision(display)
    #expect(!plain.text.contains("float16"))
    display.precision = PrecisionOverlay(format: .float16)
    var lab = try #require(ProbeReadout(viewport: vp, pixelX: px, curves: display.visibleCurves))
    lab.appendPrecision(display)
    #expect(lab.lines.contains { $0.hasPrefix("x in float16 = ") })
    #expect(lab.lines.contains { $0.hasPrefix("textbook S = 1.0 (0x3c00)") })
    #expect(lab.lines.contains { $0.hasPrefix("textbook S' = 0.0 (0x0000)") })
  }
}
