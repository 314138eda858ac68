// Tests of Sources/PlotCore/CurveSampler+Batch.swift and the sampler's cache: a frame's
// curves sampled in one call give the polylines, hits and misses that sampling them one
// by one does, through zooms, parameter moves and curve sets changing; a stale curve is
// never returned, and a parameter move re-samples exactly its function's curves.

import Testing
@testable import PlotCore
import TestSupport

@Suite struct CurveSamplerBatchTests {
  static func curve(_ name: String, _ order: DerivativeOrder = .value) -> PlottedCurve {
    PlottedCurve(FunctionCatalogue.function(named: name)!, order)
  }

  /// The catalogue scene's eight curves, and others for the curve sets to change to.
  static let eight = ["sigmoid", "tanh", "gelu", "silu"].flatMap { [curve($0), curve($0, .first)] }

  /// Each step: a view and the curves a frame shows in it.
  static func steps() throws -> [(Viewport, [PlottedCurve])] {
    var rng = SplitMix64(seed: 12)
    var steps: [(Viewport, [PlottedCurve])] = []
    var state = ViewerState(width: 900, height: 500, scale: 1)
    for _ in 0..<4 {  // a zoom: every curve misses
      _ = state.apply(.wheel(notches: 2, at: Point(500, 200), axes: .both))
      steps.append((state.viewport, eight))
    }
    steps.append((state.viewport, eight))  // unchanged: every curve hits
    // A parameter moved: its two curves miss, the other six hit.
    let silu = try #require(curve("silu").setting("beta", to: 1.7))
    let moved = eight.map { $0.function.names.commandLine == "silu" ? silu.withOrder($0.order) : $0 }
    steps.append((state.viewport, moved))
    steps.append((state.viewport, moved))
    // One curve (sampled on the calling thread), a duplicate listing, S'' added.
    steps.append((state.viewport, [curve("gelu", .second)]))
    steps.append((state.viewport, [curve("mish"), curve("mish"), curve("elu", .first)]))
    // Random views, some far off the curves, and the log-magnitude scale.
    for i in 0..<6 {
      var v = randomViewport(&rng, maxCenter: 50)
      if i % 3 == 2 { v = Viewport(x: v.x, y: v.y, plot: v.plot, yAxisScale: .logMagnitude) }
      steps.append((v, eight + [curve("relu", .first), curve("softplus", .second)]))
    }
    return steps
  }

  @Test func batchSamplesAsOneByOne() throws {
    var batch = CurveSampler()
    var single = CurveSampler()
    for (n, (viewport, curves)) in try Self.steps().enumerated() {
      var results: [SampledCurve] = []
      batch.sample(curves, in: viewport, into: &results)
      let expected = curves.map { single.sample($0, in: viewport) }
      #expect(results.count == curves.count)
      for (i, (got, want)) in zip(results, expected).enumerated() {
        #expect(got == want, "step \(n), curve \(curves[i])")
        // And what a fresh sampler (no cache) gives: never a stale curve.
        var fresh = SampledCurve()
        CurveSampler.sample(curves[i], in: viewport, into: &fresh)
        #expect(got == fresh, "step \(n), curve \(curves[i]) against a fresh sample")
      }
      #expect(batch.samplingCount == single.samplingCount, "step \(n)")
    }
  }

  /// Hits and misses: a zoom re-samples all eight, an unchanged frame none, a parameter
  /// move exactly the curves of that function.
  @Test func resamplesExactlyTheCurvesThatChanged() throws {
    var sampler = CurveSampler()
    var results: [SampledCurve] = []
    let steps = try Self.steps()
    var counts: [Int] = []
    for (viewport, curves) in steps.prefix(7) {
      let before = sampler.samplingCount
      results.removeAll()
      sampler.sample(curves, in: viewport, into: &results)
      counts.append(sampler.samplingCount - before)
    }
    #expect(counts == [8, 8, 8, 8, 0, 2, 0])
  }
}
