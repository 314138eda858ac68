// The viewport under each y scale: data y and u round-trip through pixels, zoom keeps the
// point under the pointer, box zoom shows exactly the box, and the u limits hold.

import Foundation
import TestSupport
import Testing
@testable import PlotCore

/// A random viewport under `scale`, with u anywhere the limits allow (deep tails included).
func randomScaledViewport(_ rng: inout SplitMix64, scale: YScale) -> Viewport {
  guard scale != .linear else { return randomViewport(&rng) }
  let plot = randomPlotRect(&rng)
  let cx = randomCenter(&rng)
  let sx = randomSpan(&rng, center: cx, pixels: plot.width)
  let limits = scale.limits
  let cu: Double
  switch rng.next() % 4 {
  case 0: cu = rng.pick([0, -0.6, -305, -347, -400, 2, 16])
  case 1: cu = rng.uniform(-400...20)
  case 2: cu = rng.uniform(-limits.maxCenterMagnitude...limits.maxCenterMagnitude)
  default: cu = rng.uniform(-5...5)
  }
  let narrowest = limits.minSpan(magnitude: abs(cu), pixels: plot.height)
  let su = rng.next() % 4 == 0 ? narrowest : rng.logUniform(narrowest...limits.maxSpan)
  return Viewport(xMin: cx - sx / 2, xMax: cx + sx / 2, uMin: cu - su / 2, uMax: cu + su / 2,
    plot: plot, yAxisScale: scale)!
}

@Suite struct ScaledViewportTests {
  static let plot = PixelRect(left: 70, top: 40, width: 1000, height: 600)!

  @Test(arguments: YScale.allCases)
  func pixelMappingRoundTrips(scale: YScale) {
    var rng = SplitMix64(seed: 0x5CA1_E101)
    for n in 0..<300 {
      let v = randomScaledViewport(&rng, scale: scale)
      let py = rng.uniform(v.plot.top...v.plot.bottom)
      let u = v.u(forPixelY: py)
      // u is a double: rounding it moves it by up to half an ulp of the range's ends.
      let ulpPixels = 2 * max(abs(v.y.min), abs(v.y.max)).ulp * v.yScale
      #expect(abs(v.pixelY(forU: u) - py) <= 1e-7 + ulpPixels, "case \(n) \(scale): \(py)")
      // Through data y where y is a normal double and its transform well conditioned.
      let y = v.y(forPixelY: py)
      if scale == .log && abs(u) < 300 || scale == .logit && abs(u) < 12 {
        // Plus y's own rounding, carried through du/dy (1/(y ln 10) or 1/(y(1-y) ln 10)).
        let dudy = scale == .log ? 1 / (y * log(10)) : 1 / (y * (1 - y) * log(10))
        let yRounding = y.ulp * dudy * v.yScale
        #expect(abs(v.pixelY(forY: y) - py) <= 1e-7 + 4 * ulpPixels + 2 * yRounding,
          "case \(n) \(scale): y \(y) at \(py) back at \(v.pixelY(forY: y))")
      }
    }
  }

  @Test(arguments: YScale.allCases)
  func zoomKeepsThePointUnderThePointer(scale: YScale) {
    var rng = SplitMix64(seed: 0x5CA1_E102)
    for n in 0..<300 {
      let v = randomScaledViewport(&rng, scale: scale)
      let p = Point(rng.uniform(v.plot.left...v.plot.right), rng.uniform(v.plot.top...v.plot.bottom))
      let u = v.u(forPixelY: p.y)
      let factor = rng.pick([1 / 1.2, 1.2, 0.01, 50])
      let z = v.zoomed(by: factor, about: p)
      #expect(z.yAxisScale == scale)
      #expect(abs(z.pixelY(forU: u) - p.y) <= 1e-6 + 4 * max(abs(u), 1).ulp * max(z.yScale, v.yScale),
        "case \(n) \(scale): moved to \(z.pixelY(forU: u)) from \(p.y)")
      #expect(scaledRangeObeysLimits(z.y, scale: scale, pixels: z.plot.height), "case \(n): \(z.y)")
    }
  }

  @Test(arguments: [YScale.log, .logit])
  func randomOperationsKeepUWithinTheScaledLimits(scale: YScale) {
    var rng = SplitMix64(seed: 0x5CA1_E103)
    for n in 0..<200 {
      var v = randomScaledViewport(&rng, scale: scale)
      for _ in 0..<20 {
        let p = Point(rng.uniform(v.plot.left...v.plot.right), rng.uniform(v.plot.top...v.plot.bottom))
        switch rng.next() % 3 {
        case 0: v = v.zoomed(by: rng.logUniform(1e-6...1e6), about: p)
        case 1: v = v.panned(byPixels: rng.uniform(-1e4...1e4), dy: rng.uniform(-1e9...1e9))
        default: v = v.zoomed(by: pow(1.2, rng.uniform(-400...400)), about: p, axes: .yOnly)
        }
        #expect(scaledRangeObeysLimits(v.y, scale: scale, pixels: v.plot.height), "case \(n): \(v.y)")
        #expect(v.y.min >= -1e5 && v.y.max <= 1e5, "case \(n): \(v.y)")
      }
    }
  }

  @Test(arguments: YScale.allCases)
  func boxZoomShowsExactlyTheBox(scale: YScale) {
    var rng = SplitMix64(seed: 0x5CA1_E104)
    for n in 0..<200 {
      let v = Viewport(xMin: -10, xMax: 10, uMin: scale == .linear ? -0.05 : -5,
        uMax: scale == .linear ? 1.05 : 1, plot: Self.plot, yAxisScale: scale)!
      let x0 = rng.uniform(v.plot.left...(v.plot.right - 5))
      let y0 = rng.uniform(v.plot.top...(v.plot.bottom - 5))
      let box = PixelRect(left: x0, top: y0, width: rng.uniform(4...(v.plot.right - x0)),
        height: rng.uniform(4...(v.plot.bottom - y0)))!
      let z = v.zoomed(to: box)
      // The box's corners (in data x and u) are the new view's corners.
      let tol = 1e-12
      #expect(abs(z.x.min - v.x(forPixelX: box.left)) <= tol * z.x.span, "case \(n)")
      #expect(abs(z.x.max - v.x(forPixelX: box.right)) <= tol * z.x.span, "case \(n)")
      #expect(abs(z.y.max - v.u(forPixelY: box.top)) <= tol * z.y.span, "case \(n)")
      #expect(abs(z.y.min - v.u(forPixelY: box.bottom)) <= tol * z.y.span, "case \(n)")
      #expect(z.yAxisScale == scale)
    }
  }

  @Test func logViewportReachesPastTheDoubles() {
    // The curve S' at x = 800 lies at u ≈ -347.4: a log view there maps it inside the plot.
    let u = PlottedCurve.sigmoidDerivative.scaledValue(800, in: .log)
    let v = Viewport(xMin: 790, xMax: 810, uMin: -350, uMax: -345, plot: Self.plot, yAxisScale: .log)!
    let py = v.pixelY(forU: u)
    #expect(py > v.plot.top && py < v.plot.bottom)
    #expect(v.y(forPixelY: py) == 0, "data y underflows; u does not")
  }
}

/// Whether a u range obeys `scale`'s limits (the narrowest span within rounding of its ends).
func scaledRangeObeysLimits(_ r: AxisRange, scale: YScale, pixels: Double) -> Bool {
  let l = scale.limits
  let m = max(abs(r.min), abs(r.max))
  let center = r.min / 2 + r.max / 2
  return r.min.isFinite && r.max.isFinite && r.min < r.max
    && r.span <= l.maxSpan * (1 + 1e-15)
    && r.span >= l.minSpan(magnitude: m, pixels: pixels) - 2 * max(m, 1).ulp
    && abs(center) <= l.maxCenterMagnitude * (1 + 1e-15)
}
