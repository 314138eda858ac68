// The deepest zoom keeps the picture honest: wheel-zoom about a point on a curve until the
// view stops shrinking, at x = 0, 20, 700 and -700, then check that the tick labels still
// differ and that every sampled point lies within a pixel of the curve, judged by an
// independent 64-bit-mantissa (Float80) evaluation rather than the library's own.

import Foundation
import Testing
@testable import PlotCore

/// A place to zoom into: a curve, an x, and the curve's value there.
struct DeepZoomCase: Sendable, CustomTestStringConvertible {
  var curve: PlottedCurve
  var x: Double

  var testDescription: String { "\(curve) at x = \(x)" }

  /// The oracle: the same function in Float80 (x87 extended: 64-bit significand), with
  /// the textbook-stable t = e^-|x| forms. Far more precise than a pixel at any zoom the
  /// viewport allows, and shares no code with Sigmoid.swift.
  static func oracle(_ curve: PlottedCurve, _ x: Double) -> Double {
    let a = Float80(x.magnitude)
    let t = expl(-a)
    switch curve.order {
    case .value: return Double(x >= 0 ? 1 / (1 + t) : t / (1 + t))
    case .first: return Double(t / ((1 + t) * (1 + t)))
    case .second:
      let m = t * -expm1l(-a) / ((1 + t) * (1 + t) * (1 + t))
      return Double(x >= 0 ? -m : m)
    }
  }

  /// The deepest view about exactly (x, curve(x)) in `plot`: each axis zoomed by the
  /// wheel's factor about that data point until it stops changing. Nil if it never stops.
  func deepestViewport(plot: PixelRect = DeepZoomTests.plot) -> Viewport? {
    let y = Self.oracle(curve, x)
    // A y range around the value, so the curve is on screen from the start (S'(700) is
    // ~1e-304; the viewport widens any span below its 1e-300 floor about the centre).
    let dy = Swift.max(y.magnitude, 1e-3)
    guard var xr = AxisRange(min: x - 10, max: x + 10, pixels: plot.width),
      var yr = AxisRange(min: y - dy, max: y + dy, pixels: plot.height),
      let xDone = Self.zoomUntilItStops(&xr, about: x, pixels: plot.width),
      let yDone = Self.zoomUntilItStops(&yr, about: y, pixels: plot.height), xDone && yDone
    else { return nil }
    return Viewport(x: xr, y: yr, plot: plot)
  }

  /// Zooms `r` in by one wheel notch at a time about `anchor`; false if 20000 notches
  /// did not reach the limit.
  static func zoomUntilItStops(_ r: inout AxisRange, about anchor: Double, pixels: Double) -> Bool? {
    for _ in 0..<20_000 {
      guard let next = r.zoomed(by: 1 / ViewerState.wheelNotchFactor, about: anchor, pixels: pixels)
      else { return nil }
      if next == r { return true }
      r = next
    }
    return false
  }

  /// As a user gets there: a `width` × `height` ViewerState, wheel notches at the pixel
  /// of (x, curve(x)) until apply() reports no change. Nil if it never stops.
  func deepestStateByWheel(width: Int = 1200, height: Int = 800) -> ViewerState? {
    let y = Self.oracle(curve, x)
    let dy = Swift.max(y.magnitude, 1e-3)
    var state = ViewerState(width: width, height: height,
      xRange: (x - 10)...(x + 10), yRange: (y - dy)...(y + dy))
    let anchor = Point(state.viewport.pixelX(forX: x), state.viewport.pixelY(forY: y))
    for _ in 0..<20_000 {
      if !state.apply(.wheel(notches: 1, at: anchor, axes: .both)) { return state }
    }
    return nil
  }
}

@Suite struct DeepZoomTests {
  /// The plot area the PlotCore checks use, device pixels.
  static let plot = PixelRect(left: 72, top: 40, width: 1104, height: 704)!

  static let cases: [DeepZoomCase] = [0.0, 20, 700, -700].flatMap { x in
    [DeepZoomCase(curve: .sigmoid, x: x), DeepZoomCase(curve: .sigmoidDerivative, x: x),
     DeepZoomCase(curve: .sigmoidSecondDerivative, x: x)]
  }

  /// The wheel, at the pixel of the point, reaches the narrowest span there and stops.
  /// (The data under that pixel is the point only to within rounding, ~1e-15 of the
  /// starting span, so the view ends up near x rather than exactly on it.)
  @Test(arguments: cases)
  func wheelZoomStopsAtTheLimit(_ c: DeepZoomCase) throws {
    let state = try #require(c.deepestStateByWheel(), "the zoom never stopped")
    let v = state.viewport
    let narrowest = AxisRange.minSpan(magnitude: magnitude(v.x), pixels: v.plot.width)
    #expect(v.x.span <= narrowest * 1.25, "x span \(v.x.span), narrowest \(narrowest)")
    let center = v.x.min / 2 + v.x.max / 2
    #expect((center - c.x).magnitude <= 1e-13 * Swift.max(1, c.x.magnitude), "centre \(center)")
    #expect(try #require(c.deepestViewport()).x.span <= narrowest * 1.25)
  }

  @Test(arguments: cases)
  func tickLabelsStillDiffer(_ c: DeepZoomCase) throws {
    let v = try #require(c.deepestViewport())
    for (name, axis, range) in [("x", v.xTicks(), v.x), ("y", v.yTicks(), v.y)] {
      let labels = axis.ticks.map(\.label)
      #expect(axis.ticks.count >= 2, "\(name): \(labels)")
      #expect(Set(labels).count == labels.count, "\(name) labels repeat: \(labels)")
      // Each label (plus the axis offset) still names its tick's value.
      let offset = try #require(Double(TickLabelFormatter.ascii(axis.offsetLabel ?? "0")), "offset \(axis.offsetLabel!)")
      for tick in axis.ticks {
        let named = try #require(Double(TickLabelFormatter.ascii(tick.label)), "label \(tick.label)") + offset
        let ulp = Swift.max(offset.magnitude, tick.value.magnitude).ulp
        #expect((named - tick.value).magnitude <= 2 * ulp,
          "\(name): \(axis.offsetLabel ?? "") \(tick.label) is \(named), tick at \(tick.value)")
        #expect(range.contains(tick.value))
      }
    }
  }

  /// Every sampled point inside the plot is within a pixel of the true curve: of the
  /// oracle's point at one of the doubles near the x its pixel column stands for.
  @Test(arguments: cases)
  func sampledPointsLieOnTheCurve(_ c: DeepZoomCase) throws {
    let v = try #require(c.deepestViewport())
    let sampled = CurveSampler.sampled(c.curve, in: v)
    var inside = 0
    var nearAnchor = false
    for p in sampled.points where p.y >= v.plot.top && p.y <= v.plot.bottom {
      inside += 1
      let distance = Self.distanceToCurve(p, c.curve, v)
      #expect(distance <= 1, "point \(p) is \(distance) px from the curve")
      if distance > 1 { return }
      if (p.x - v.pixelX(forX: c.x)).magnitude <= 2 { nearAnchor = true }
    }
    #expect(inside >= 2, "the curve left the plot: \(sampled.points.count) points")
    #expect(nearAnchor, "no point near x = \(c.x)")
  }

  /// Distance in device pixels from `p` to the curve's points at the doubles around the
  /// x of p's column (the columns are 4+ ulps apart at the deepest zoom, so ±12 ulps and
  /// the midway doubles cover the column either side).
  static func distanceToCurve(_ p: Point, _ curve: PlottedCurve, _ v: Viewport) -> Double {
    var x = v.x(forPixelX: p.x)
    for _ in 0..<12 { x = x.nextDown }
    var best = Double.infinity
    for _ in 0...24 {
      let q = Point(v.pixelX(forX: x), v.pixelY(forY: DeepZoomCase.oracle(curve, x)))
      best = Swift.min(best, ((q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y)).squareRoot())
      x = x.nextUp
    }
    // Wider away from the deepest zoom a column spans many doubles: also try the curve at
    // the point's x through the local slope (the chord between neighbouring columns).
    let x0 = v.x(forPixelX: p.x - 0.5), x1 = v.x(forPixelX: p.x + 0.5)
    let y0 = v.pixelY(forY: DeepZoomCase.oracle(curve, x0))
    let y1 = v.pixelY(forY: DeepZoomCase.oracle(curve, x1))
    let t = (p.x - v.pixelX(forX: x0)) / Swift.max(v.pixelX(forX: x1) - v.pixelX(forX: x0), 1e-300)
    let onChord = y0 + (y1 - y0) * Swift.min(Swift.max(t, 0), 1)
    return Swift.min(best, (onChord - p.y).magnitude)
  }
}

extension AxisRange {
  fileprivate func contains(_ value: Double) -> Bool { value >= min && value <= max }
}
