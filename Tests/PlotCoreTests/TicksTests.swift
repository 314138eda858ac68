import Foundation
import TestSupport
import Testing
@testable import PlotCore

@Suite struct TicksTests {
  static let plot = PixelRect(left: 60, top: 30, width: 1000, height: 500)!

  /// Every invariant the tick locator promises, for one axis.
  static func checkInvariants(
    _ axis: AxisTicks, range r: AxisRange, length: Double, spacing: Double, context: String
  ) {
    let ticks = axis.ticks
    let target = min(max(length / spacing, 2), Double(TickLocator.maxCount - 10))
    #expect(ticks.count >= 2 && ticks.count <= max(Int(target) + 1, 6),
      "\(context): \(ticks.count) ticks for target \(target)")
    for (a, b) in zip(ticks, ticks.dropFirst()) {
      #expect(a.value < b.value, "\(context): not increasing \(a.value) \(b.value)")
    }
    #expect(Set(ticks.map(\.label)).count == ticks.count, "\(context): duplicate labels")
    let offset = axis.offsetLabel.map { Double(TickLabelFormatter.ascii($0)) } ?? 0
    #expect(offset != nil, "\(context): offset \(axis.offsetLabel ?? "") does not parse")
    for t in ticks {
      #expect(t.value >= r.min && t.value <= r.max, "\(context): \(t.value) outside \(r)")
      #expect(t.label.count <= 14, "\(context): long label \(t.label)")
      #expect(!t.label.hasPrefix("−0") || t.label.hasPrefix("−0."), "\(context): \(t.label)")
      #expect(!t.label.contains("-"), "\(context): ASCII hyphen in \(t.label)")
      // The label (plus the offset) names the tick's value: the parsed sum may only differ
      // by the rounding of that sum.
      guard let parsed = Double(TickLabelFormatter.ascii(t.label)), let offset else {
        Issue.record("\(context): label \(t.label) does not parse")
        continue
      }
      let sum = offset + parsed
      let tolerance = offset == 0 ? 0 : 2 * max(offset.magnitude, t.value.magnitude).ulp
      #expect(abs(sum - t.value) <= tolerance,
        "\(context): \(axis.offsetLabel ?? "") \(t.label) = \(sum), value \(t.value)")
    }
  }

  @Test func propertiesHoldAtEveryZoom() {
    var rng = SplitMix64(seed: 0x71C5_0001)
    for index in 0..<3000 {
      let v = randomViewport(&rng, maxCenter: 1e15)
      let sx = rng.uniform(30...150)
      let sy = rng.uniform(30...100)
      Self.checkInvariants(v.xTicks(targetSpacing: sx), range: v.x, length: v.plot.width,
        spacing: sx, context: "case \(index) x \(v.x) w \(v.plot.width) s \(sx)")
      Self.checkInvariants(v.yTicks(targetSpacing: sy), range: v.y, length: v.plot.height,
        spacing: sy, context: "case \(index) y \(v.y) h \(v.plot.height) s \(sy)")
    }
  }

  @Test(arguments: [0.0, 20, 700, -700, 1e15, -3e-200])
  func deepestZoomStillGetsDistinctTicks(center: Double) {
    for width in [50.0, 400, 1000, 3840] {
      let span = AxisRange.minSpan(magnitude: center.magnitude, pixels: width)
      let plot = PixelRect(left: 0, top: 0, width: width, height: width)!
      let v = Viewport(xMin: center - span / 2, xMax: center + span / 2,
        yMin: center - span / 2, yMax: center + span / 2, plot: plot)!
      Self.checkInvariants(v.xTicks(), range: v.x, length: width, spacing: 100,
        context: "centre \(center) width \(width)")
      Self.checkInvariants(v.yTicks(), range: v.y, length: width, spacing: 60,
        context: "centre \(center) height \(width)")
    }
  }

  @Test func standardViewHasPlainLabels() {
    let v = Viewport(xMin: -10, xMax: 10, yMin: -0.05, yMax: 1.05, plot: Self.plot)!
    let x = v.xTicks(targetSpacing: 100)
    #expect(x.offsetLabel == nil)
    // Negative labels with the minus sign U+2212 (−10), not the ASCII hyphen.
    #expect(x.ticks.map(\.label) == stride(from: -10, through: 10, by: 2).map {
      $0 < 0 ? "\u{2212}\(-$0)" : String($0)
    })
    #expect(x.ticks.map(\.value) == stride(from: -10, through: 10, by: 2).map { Double($0) })
    for t in x.ticks { #expect(abs(t.pixel - v.pixelX(forX: t.value)) == 0) }
    let y = v.yTicks(targetSpacing: 60)
    #expect(y.ticks.map(\.label) == ["0", "0.2", "0.4", "0.6", "0.8", "1"])
    #expect(y.ticks.map(\.value) == [0, 0.2, 0.4, 0.6, 0.8, 1])
  }

  @Test func zeroIsExactlyZero() {
    // 0.1-steps from -0.3: accumulating 0.1 would land near 2.8e-17, not on 0.
    let r = AxisRange(min: -0.3, max: 0.35, pixels: 600)!
    let axis = TickLocator.ticks(.linear, min: r.min, max: r.max, lengthInPixels: 600,
      targetSpacing: 80, pixel: { $0 })
    let zero = axis.ticks.first { $0.label == "0" }
    #expect(zero?.value == 0 && zero?.value.sign == .plus)
    #expect(axis.ticks.allSatisfy { !$0.label.contains("00000") }, "\(axis.ticks.map(\.label))")
  }

  @Test func narrowViewFarFromZeroUsesAnOffset() {
    let v = Viewport(xMin: 20, xMax: 20 + 1e-9, yMin: 0, yMax: 1, plot: Self.plot)!
    let axis = v.xTicks(targetSpacing: 100)
    #expect(axis.offsetLabel == "+20")
    #expect(axis.ticks.allSatisfy { $0.label.count <= 6 }, "\(axis.ticks.map(\.label))")
    let far = Viewport(xMin: -700 - 1e-7, xMax: -700 + 1e-7, yMin: 0, yMax: 1, plot: Self.plot)!
    #expect(far.xTicks().offsetLabel == "\u{2212}700")
  }

  @Test func widestViewUsesScientificLabels() {
    let v = Viewport(xMin: -5e11, xMax: 5e11, yMin: 0, yMax: 1, plot: Self.plot)!
    let labels = v.xTicks(targetSpacing: 100).ticks.map(\.label)
    #expect(labels.contains("0") && labels.contains("2e11") && labels.contains("\u{2212}4e11"),
      "\(labels)")
  }

  @Test func formatterWritesShortExactDecimals() {
    typealias F = TickLabelFormatter
    #expect(F.label(significand: 25, exponent: 11, style: .scientific) == "2.5e12")
    #expect(F.label(significand: 1, exponent: -5, style: .scientific) == "1e\u{2212}5")
    #expect(F.label(significand: -30, exponent: -8, style: .scientific) == "\u{2212}3e\u{2212}7")
    #expect(F.label(significand: 5, exponent: -1, style: .fixed) == "0.5")
    #expect(F.label(significand: -15, exponent: -1, style: .fixed) == "\u{2212}1.5")
    #expect(F.label(significand: 1500, exponent: -2, style: .fixed) == "15")
    #expect(F.label(significand: 25, exponent: -4, style: .fixed) == "0.0025")
    #expect(F.label(significand: 12, exponent: 3, style: .fixed) == "12000")
    #expect(F.label(significand: 0, exponent: -7, style: .fixed) == "0")
    // The minus is U+2212 (matplotlib's), never the ASCII hyphen; ascii() undoes it.
    #expect(F.minus.unicodeScalars.map(\.value) == [0x2212])
    #expect(F.ascii(F.label(significand: -30, exponent: -8, style: .scientific)) == "-3e-7")
    #expect(F.value(significand: 3, exponent: -1) == 0.3, "nearest double, not 3 * 0.1")
  }
}

/// matplotlib's steps for the seed's look: 2.5 joins 1, 2 and 5 when it is enough.
@Suite struct TwoAndAHalfTickTests {
  @Test func theSeedsAxisGetsQuarterTicks() {
    let ticks = TickLocator.ticks(.linear, min: -11, max: 11, lengthInPixels: 496, targetSpacing: 55,
                                  withTwoAndAHalf: true, pixel: { $0 })
    #expect(ticks.ticks.map(\.value) == stride(from: -10.0, through: 10, by: 2.5).map { $0 })
    let plain = TickLocator.ticks(.linear, min: -11, max: 11, lengthInPixels: 496, targetSpacing: 55,
                                  pixel: { $0 })
    #expect(plain.ticks.map(\.value) == [-10, -5, 0, 5, 10])
  }
}
