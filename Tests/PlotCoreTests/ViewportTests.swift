import Foundation
import TestSupport
import Testing
@testable import PlotCore

@Suite struct ViewportTests {
  static let plot = PixelRect(left: 60, top: 30, width: 1000, height: 600)!

  static func view(_ x: ClosedRange<Double>, _ y: ClosedRange<Double>) -> Viewport {
    Viewport(xMin: x.lowerBound, xMax: x.upperBound, yMin: y.lowerBound, yMax: y.upperBound,
      plot: plot)!
  }

  /// Pixel error a mapping may show at this view: tiny, plus two ulps of the data value
  /// seen through the scale (at the deepest zoom an ulp is up to 1/4 pixel by design).
  /// For a zoom, pass the larger of the two scales: the anchor's data value was only known
  /// to an ulp in the view before.
  static func pixelTolerance(_ r: AxisRange, scale: Double) -> Double {
    1e-7 + 2 * magnitude(r).ulp * scale
  }

  @Test func edgesMapToPlotEdgesWithYUp() {
    let v = Self.view(-10...10, -0.05...1.05)
    #expect(v.pixelX(forX: -10) == 60)
    #expect(abs(v.pixelX(forX: 10) - 1060) < 1e-9)
    #expect(v.pixelY(forY: 1.05) == 30)
    #expect(abs(v.pixelY(forY: -0.05) - 630) < 1e-9)
    #expect(v.pixelY(forY: 1) < v.pixelY(forY: 0), "larger data y is higher on screen")
  }

  @Test func mappingsRoundTripAtEveryZoom() {
    var rng = SplitMix64(seed: 0x5EED_0001)
    for index in 0..<2000 {
      let v = randomViewport(&rng)
      let px = v.plot.left + rng.unit() * v.plot.width
      let py = v.plot.top + rng.unit() * v.plot.height
      let backX = v.pixelX(forX: v.x(forPixelX: px))
      let backY = v.pixelY(forY: v.y(forPixelY: py))
      #expect(abs(backX - px) <= Self.pixelTolerance(v.x, scale: v.xScale),
        "case \(index): \(v.x) px \(px) -> \(backX)")
      #expect(abs(backY - py) <= Self.pixelTolerance(v.y, scale: v.yScale),
        "case \(index): \(v.y) py \(py) -> \(backY)")
    }
  }

  @Test func zoomKeepsTheAnchorFixed() {
    var rng = SplitMix64(seed: 0x5EED_0002)
    for index in 0..<3000 {
      let v = randomViewport(&rng)
      let anchor = Point(
        v.plot.left + rng.uniform(-0.2...1.2) * v.plot.width,
        v.plot.top + rng.uniform(-0.2...1.2) * v.plot.height)
      let factor = rng.logUniform(1e-3...1e3)
      let axes = rng.pick([ZoomAxes.both, .xOnly, .yOnly])
      let ax = v.x(forPixelX: anchor.x)
      let ay = v.y(forPixelY: anchor.y)
      let z = v.zoomed(by: factor, about: anchor, axes: axes)
      let context = "case \(index): \(v.x) \(v.y) anchor \(anchor) factor \(factor) \(axes)"
      #expect(abs(z.pixelX(forX: ax) - anchor.x) <= Self.pixelTolerance(z.x, scale: max(z.xScale, v.xScale)),
        "\(context)")
      #expect(abs(z.pixelY(forY: ay) - anchor.y) <= Self.pixelTolerance(z.y, scale: max(z.yScale, v.yScale)),
        "\(context)")
      if axes == .xOnly { #expect(z.y == v.y, "\(context)") }
      if axes == .yOnly { #expect(z.x == v.x, "\(context)") }
      #expect(obeysLimits(z.x, pixels: z.plot.width), "\(context) -> \(z.x)")
      #expect(obeysLimits(z.y, pixels: z.plot.height), "\(context) -> \(z.y)")
    }
  }

  @Test func zoomInThenOutRestoresTheRanges() {
    var rng = SplitMix64(seed: 0x5EED_0003)
    for index in 0..<2000 {
      let v = randomViewport(&rng)
      let anchor = Point(
        v.plot.left + rng.unit() * v.plot.width, v.plot.top + rng.unit() * v.plot.height)
      let f = rng.uniform(0.5...0.99)
      let inOut = v.zoomed(by: f, about: anchor).zoomed(by: 1 / f, about: anchor)
      // Only where the zoom in was not stopped by the deepest-zoom limit.
      let zoomedIn = v.zoomed(by: f, about: anchor)
      guard abs(zoomedIn.x.span / v.x.span - f) < 1e-9, abs(zoomedIn.y.span / v.y.span - f) < 1e-9
      else { continue }
      for (a, b) in [(v.x, inOut.x), (v.y, inOut.y)] {
        let tolerance = 1e-12 * a.span + 8 * magnitude(a).ulp
        #expect(abs(a.min - b.min) <= tolerance && abs(a.max - b.max) <= tolerance,
          "case \(index): \(a) -> \(b), factor \(f)")
      }
    }
  }

  @Test func randomOperationsNeverBreakTheLimits() {
    var rng = SplitMix64(seed: 0x5EED_0004)
    for run in 0..<200 {
      var v = randomViewport(&rng, maxCenter: 1e15)
      for step in 0..<60 {
        let p = Point(rng.uniform(-1e4...1e4), rng.uniform(-1e4...1e4))
        switch rng.next() % 4 {
        case 0: v = v.zoomed(by: rng.logUniform(1e-300...1e300), about: p)
        case 1: v = v.zoomed(by: rng.logUniform(1e-6...1e6), about: p,
          axes: rng.pick([.xOnly, .yOnly]))
        case 2: v = v.panned(byPixels: rng.uniform(-1...1) * rng.logUniform(1...1e300),
          dy: rng.uniform(-1...1) * rng.logUniform(1...1e300))
        default: v = v.withPlotRect(randomPlotRect(&rng))
        }
        #expect(obeysLimits(v.x, pixels: v.plot.width), "run \(run) step \(step): \(v.x)")
        #expect(obeysLimits(v.y, pixels: v.plot.height), "run \(run) step \(step): \(v.y)")
        #expect(v.xScale.isFinite && v.yScale.isFinite && v.xPerPixel.isNormal
          && v.yPerPixel.isNormal, "run \(run) step \(step)")
      }
    }
  }

  @Test func nonFiniteInputIsRejected() {
    let v = Self.view(-10...10, 0...1)
    let p = Point(100, 100)
    for bad in [Double.nan, .infinity, -.infinity] {
      #expect(v.zoomed(by: bad, about: p) == v)
      #expect(v.zoomed(by: 0.5, about: Point(bad, 100)) == v)
      #expect(v.zoomed(by: 0.5, about: Point(100, bad), axes: .yOnly) == v)
      #expect(v.panned(byPixels: bad, dy: 0) == v)
      #expect(v.panned(byPixels: 0, dy: bad) == v)
      #expect(Viewport(xMin: bad, xMax: 1, yMin: 0, yMax: 1, plot: Self.plot) == nil)
      #expect(Viewport(xMin: 0, xMax: 1, yMin: 0, yMax: bad, plot: Self.plot) == nil)
      #expect(PixelRect(left: 0, top: 0, width: bad, height: 1) == nil)
    }
    #expect(v.zoomed(by: 0, about: p) == v)
    #expect(v.zoomed(by: -2, about: p) == v)
    #expect(Viewport(xMin: 1, xMax: 1, yMin: 0, yMax: 1, plot: Self.plot) == nil)
    #expect(Viewport(xMin: 2, xMax: 1, yMin: 0, yMax: 1, plot: Self.plot) == nil)
  }

  @Test(arguments: [0.0, 20, 700, -700, 1e15])
  func deepestZoomStopsWithDistinctColumns(center: Double) {
    var v = Self.view((center - 1)...(center + 1), 0...1)
    let target = Point(Self.plot.center.x, Self.plot.center.y)
    for _ in 0..<2000 { v = v.zoomed(by: 0.5, about: target, axes: .xOnly) }
    let narrowest = AxisRange.minSpan(magnitude: magnitude(v.x), pixels: v.plot.width)
    #expect(v.x.span >= narrowest - 2 * magnitude(v.x).ulp && v.x.span <= narrowest * 1.01,
      "\(v.x)")
    #expect(v.zoomed(by: 0.5, about: target, axes: .xOnly) == v, "zoom stops at the limit")
    var previous = -Double.infinity
    for i in 0...Int(v.plot.width) {
      let x = v.x(forPixelX: v.plot.left + Double(i))
      #expect(x > previous, "column \(i) at \(v.x)")
      previous = x
    }
  }

  @Test func widestZoomStopsAtTheMaximumSpan() {
    var v = Self.view(-10...10, 0...1)
    for _ in 0..<200 { v = v.zoomed(by: 2, about: Point(300, 200)) }
    #expect(v.x.span == AxisRange.maxSpan && v.y.span == AxisRange.maxSpan)
    #expect(v.zoomed(by: 2, about: Point(300, 200)) == v)
  }

  @Test func panMovesContentWithThePointer() {
    let v = Self.view(-10...10, 0...1)
    let p = Point(400, 300)
    let (x, y) = (v.x(forPixelX: p.x), v.y(forPixelY: p.y))
    let moved = v.panned(byPixels: 37.5, dy: -12.25)
    #expect(abs(moved.pixelX(forX: x) - (p.x + 37.5)) < 1e-9)
    #expect(abs(moved.pixelY(forY: y) - (p.y - 12.25)) < 1e-9)
  }

  @Test func panStopsAtTheCentreBound() {
    let v = Self.view(-10...10, 0...1).panned(byPixels: -1e300, dy: 1e300)
    #expect(v.x.min / 2 + v.x.max / 2 == AxisRange.maxCenterMagnitude)
    #expect(v.y.min / 2 + v.y.max / 2 == AxisRange.maxCenterMagnitude)
  }

  @Test func resizeKeepsTheDataRanges() {
    let v = Self.view(-3...7, -0.5...2)
    let r = v.withPlotRect(PixelRect(left: 10, top: 5, width: 333, height: 77)!)
    #expect(r.x == v.x && r.y == v.y)
    #expect(r.pixelX(forX: 7) == 10 + 333 && r.pixelY(forY: 2) == 5)
  }
}
