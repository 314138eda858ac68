// Tests of the sampler's off-band skip (CurveSampler+OffBand.swift): where a curve is far
// above or below the plot, stretches of columns are crossed at once, and the polyline is
// still point for point the column walk's (compared with the shortcuts off), through a
// zoom like the benchmark's, views the curve leaves and enters, and the deep zoom's
// tangent blocks; and the skip really spares the evaluations.

import Foundation
import Testing
@testable import PlotCore
import TestSupport

@Suite struct OffBandSkipTests {
  static let plot = PixelRect(left: 70, top: 40, width: 1800, height: 1000)!

  /// Views of the wheel zoom about (0.5, S(0.5)) at 1.2 per notch (most curves end up
  /// far off the band, the deepest in the tangent blocks' range), and views a curve
  /// crosses after a long stretch off the band (the entry point is cut from the last
  /// edge fed before it).
  static func views(for curve: PlottedCurve) -> [Viewport] {
    var views: [Viewport] = []
    let c = 0.5, cy = PlottedCurve.sigmoid.evaluate(0.5)
    for n in stride(from: 0, through: 100, by: 5) {
      let z = pow(1.2, Double(n))
      let sx = 20 / z, sy = 1.1 / z
      views.append(Viewport(xMin: c - sx * 0.45, xMax: c + sx * 0.55, yMin: cy - sy * 0.4,
                            yMax: cy + sy * 0.6, plot: plot)!)
    }
    // The curve's own values at a few x, each the middle of a narrow y range over a wide
    // x range: far off to one side, through the band, far off to the other.
    for x in [-6.0, -1.3, 0.7, 2.9, 7.5] {
      let y = curve.evaluate(x)
      for half in [1e-3, 1e-6] {
        views.append(Viewport(xMin: -12, xMax: 12, yMin: y - half, yMax: y + half, plot: plot)!)
      }
    }
    // So steep that the curve crosses the band within one column, from far above to far
    // below: the crossing is cut from the edge fed before it, which may end a skip. The
    // x range slides by a fraction of a column, so some crossing follows a skip's end.
    var rng = SplitMix64(seed: 0x0FFB)
    for _ in 0..<60 {
      let shift = rng.uniform(0...1) * 24 / 300
      let y = curve.evaluate(rng.uniform(-3...3))
      views.append(Viewport(xMin: -12 + shift, xMax: 12 + shift, yMin: y - 1e-9, yMax: y + 1e-9,
                            plot: PixelRect(left: 10, top: 10, width: 300, height: 200)!)!)
    }
    return views
  }

  static func check<F: PlotFunction>(_ f: F, _ p: ParameterValues) {
    var differences = 0
    for order in DerivativeOrder.allCases {
      let curve = PlottedCurve(f, order, parameters: p)
      for vp in views(for: curve) {
        var want = SampledCurve(), got = SampledCurve()
        CurveSampler.sample(f, order, p, in: vp, into: &want, flatColumns: false)
        CurveSampler.sample(f, order, p, in: vp, into: &got)
        if got != want {
          differences += 1
          if differences <= 3 {
            Issue.record(Comment(rawValue: "\(curve): x \(vp.x), y \(vp.y): "
              + "\(got.points.count) points, \(want.points.count) column by column"))
          }
        }
      }
    }
    #expect(differences == 0)
  }

  @Test func sigmoidPolylinesAreTheColumnWalks() {
    Self.check(SigmoidFunction(), ParameterValues([1, 0]))
    Self.check(SigmoidFunction(), ParameterValues([3.5, -1.25]))
  }

  @Test func tanhPolylinesAreTheColumnWalks() { Self.check(TanhFunction(), .none) }

  @Test func geluPolylinesAreTheColumnWalks() { Self.check(GELUFunction(), .none) }

  @Test func siluPolylinesAreTheColumnWalks() {
    Self.check(SiLUFunction(), ParameterValues([1]))
    Self.check(SiLUFunction(), ParameterValues([0.3]))
  }

  /// The point of it: zoomed 1.2^40 into S at 0.5, S' and the other functions lie
  /// thousands of pixels off the plot; their walks take a handful of evaluations per 32
  /// columns, where column by column they took one or more per column.
  @Test func farOffBandCurvesSpareTheColumns() {
    let vp = Self.views(for: .sigmoid)[8]
    func perColumn<F: PlotFunction>(_ f: F, _ order: DerivativeOrder, _ p: ParameterValues)
      -> Double
    {
      let counter = EvaluationCount()
      var result = SampledCurve()
      CurveSampler.sample(CountedFunction(base: f, counter: counter), order, p, in: vp,
                          into: &result)
      #expect(result.points.isEmpty, "\(f.names.commandLine) \(order) is off the plot")
      return Double(counter.count) / vp.plot.width
    }
    #expect(perColumn(SigmoidFunction(), .first, ParameterValues([1, 0])) < 0.2)
    #expect(perColumn(TanhFunction(), .value, .none) < 0.2)
    #expect(perColumn(GELUFunction(), .first, .none) < 0.2)
    #expect(perColumn(SiLUFunction(), .value, ParameterValues([1])) < 0.2)
  }
}
