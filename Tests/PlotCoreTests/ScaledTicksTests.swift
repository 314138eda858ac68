// Log and logit ticks: increasing, inside, distinct labels over random views including
// deep log ranges (1e-300 … 1e-310 and below), and labels that name the tick's u.

import Foundation
import TestSupport
import Testing
@testable import PlotCore

@Suite struct ScaledTicksTests {
  static let plot = PixelRect(left: 60, top: 30, width: 800, height: 500)!

  /// The u a log label names: parsed as a decimal m·10^k without forming the double, so
  /// "1e-400" gives -400 even though 1e-400 is 0.
  static func logU(ofLabel label: String) -> Double? {
    let s = TickLabelFormatter.ascii(label)
    let parts = s.split(separator: "e")
    guard let m = Double(parts[0]), m > 0 else { return nil }
    let k = parts.count == 2 ? Double(parts[1]) ?? .nan : 0
    return log10(m) + k
  }

  /// The u a logit label names: "0.5", "0.01", "1e-7", "0.99", "1-1e-7", "0.988".
  static func logitU(ofLabel label: String) -> Double? {
    let s = TickLabelFormatter.ascii(label)
    if s.hasPrefix("1-") {
      guard let c = logU(ofLabel: String(s.dropFirst(2))) else { return nil }
      return -(c - log1p(-pow(10, c)) * YScale.log10e)  // u of 1 - 10^c
    }
    guard let p = logU(ofLabel: s) else { return nil }
    if p > log10(0.5) {  // above 0.5 written in full: use 1 - p (exact for short decimals)
      guard let y = Double(s) else { return nil }
      return log10(y / (1 - y))
    }
    return p - log1p(-pow(10, p)) * YScale.log10e
  }

  static func check(_ t: AxisTicks, _ v: Viewport, _ context: String) {
    let ticks = t.ticks
    #expect(ticks.count >= 2, "\(context): \(ticks.map(\.label))")
    #expect(ticks.count <= TickLocator.maxCount, "\(context)")
    #expect(Set(ticks.map(\.label)).count == ticks.count, "\(context): duplicate \(ticks.map(\.label))")
    for (a, b) in zip(ticks, ticks.dropFirst()) {
      #expect(a.pixel > b.pixel, "\(context): not increasing \(a) \(b)")
      #expect(a.value <= b.value, "\(context): values \(a.value) \(b.value)")
    }
    for tick in ticks {
      #expect(tick.pixel >= v.plot.top - 1e-6 && tick.pixel <= v.plot.bottom + 1e-6,
        "\(context): \(tick.label) at \(tick.pixel) outside the plot")
      #expect(tick.label.count <= 24, "\(context): long label \(tick.label)")
      // Minus signs (exponents, "1−1e−6", offsets) are U+2212, never ASCII.
      #expect(!tick.label.contains("-") && !(t.offsetLabel ?? "").contains("-"),
        "\(context): ASCII hyphen in \(tick.label) \(t.offsetLabel ?? "")")
      // Without an offset, the label names the u the tick sits at (to label rounding).
      guard t.offsetLabel == nil else { continue }
      let named = v.yAxisScale == .log ? logU(ofLabel: tick.label) : logitU(ofLabel: tick.label)
      guard let named else {
        Issue.record("\(context): label \(tick.label) does not parse")
        continue
      }
      let at = v.u(forPixelY: tick.pixel)
      #expect(abs(named - at) <= 1e-9 * max(1, abs(at)) + 2 * v.yPerPixel,
        "\(context): \(tick.label) names u \(named) but sits at \(at)")
    }
  }

  @Test(arguments: [YScale.log, .logit])
  func propertiesHoldOverRandomViews(scale: YScale) {
    var rng = SplitMix64(seed: 0x71C5_5CA1)
    for n in 0..<1500 {
      let v = randomScaledViewport(&rng, scale: scale)
      let spacing = rng.pick([40.0, 60, 100])
      Self.check(v.yTicks(targetSpacing: spacing), v, "case \(n) \(scale) u \(v.y) h \(v.plot.height)")
    }
  }

  @Test(arguments: [(-310.0, -300.0), (-330, -320), (-1000, -995), (-400.3, -400.1),
    (-347.5, -347.49), (-300.000001, -300)])
  func deepLogRangesGetPowersOfTenFromU(uMin: Double, uMax: Double) {
    let v = Viewport(xMin: 700, xMax: 800, uMin: uMin, uMax: uMax, plot: Self.plot, yAxisScale: .log)!
    let t = v.yTicks()
    Self.check(t, v, "u \(uMin)…\(uMax)")
    if uMax - uMin >= 5 {
      // Whole decades: labels 1e<k> for integers k in range.
      #expect(t.ticks.allSatisfy { $0.label.hasPrefix("1e\u{2212}") }, "\(t.ticks.map(\.label))")
    }
  }

  @Test func standardLogViewShowsPowersOfTen() {
    let v = Viewport(xMin: -10, xMax: 10, uMin: -4.6, uMax: 0.2, plot: Self.plot, yAxisScale: .log)!
    #expect(v.yTicks().ticks.map(\.label) == ["0.0001", "0.001", "0.01", "0.1", "1"])
    let deep = Viewport(xMin: -800, xMax: 800, uMin: -360, uMax: 10, plot: Self.plot,
      yAxisScale: .log)!
    let labels = deep.yTicks().ticks.map(\.label)
    #expect(labels.contains("1e\u{2212}300") && labels.contains("1e0"), "\(labels)")
  }

  @Test func logitViewShowsHalfAndTheNines() {
    let v = Viewport(xMin: -10, xMax: 10, uMin: -3.5, uMax: 3.5, plot: Self.plot, yAxisScale: .logit)!
    #expect(v.yTicks(targetSpacing: 60).ticks.map(\.label)
      == ["0.001", "0.01", "0.1", "0.5", "0.9", "0.99", "0.999"])
    let wide = Viewport(xMin: -50, xMax: 50, uMin: -22, uMax: 22, plot: Self.plot, yAxisScale: .logit)!
    let labels = wide.yTicks().ticks.map(\.label)
    #expect(labels.contains("0.5") && labels.contains("1e\u{2212}10")
      && labels.contains("1\u{2212}1e\u{2212}10"),
      "\(labels)")
  }

  @Test func narrowLogitRangesAboveAHalfCountDownFromOne() {
    // p from 0.9999 to 0.99999: u from 4 to 5, ticked in 1 - p.
    let v = Viewport(xMin: 0, xMax: 1, uMin: 4.3, uMax: 4.9, plot: Self.plot, yAxisScale: .logit)!
    let t = v.yTicks()
    Self.check(t, v, "narrow upper")
    // 1 - p within 1.3e-5 … 5e-5: written "1-4.5e-5" (scientific, as 4.5e-5 would be).
    #expect(t.ticks.count >= 4 && t.ticks.allSatisfy { $0.label.hasPrefix("1\u{2212}") },
      "\(t.ticks.map(\.label))")
  }
}
