// What is drawn is the function with the parameters the state holds, after every change:
// random drags, steps, ends, animation frames and resets of k and x0 mixed with random
// zooms and pans, each followed by the frame's display list. Every curve stroked carries
// the state's parameters (no stale curve is ever shown), and the exact curve, computed
// here from the formula at those parameters, lies within a quarter pixel of the polyline.
// Seeded; a failure names the seed and the step.

import Foundation
import PlotCore
import PlotRender
import TestSupport
import Testing
@testable import ViewerModel

@Suite struct ParameterSweepPropertyTests {
  static let steps = ProcessInfo.processInfo.environment["SIGMOID_PROPERTY_STEPS"]
    .flatMap { Int($0) } ?? 120

  /// S_k,x0 and its derivatives from the textbook formula, in doubles (rounding far below
  /// a pixel in the views swept here).
  static func exact(_ order: DerivativeOrder, _ x: Double, k: Double, x0: Double) -> Double {
    let s = 1 / (1 + exp(-k * (x - x0)))
    switch order {
    case .value: return s
    case .first: return k * s * (1 - s)
    case .second: return k * k * s * (1 - s) * (1 - 2 * s)
    }
  }

  /// Distance from `p` to the nearest segment of `runs` with an end within 2 px in x.
  static func distance(from p: Point, to runs: [ArraySlice<Point>]) -> Double {
    var best = Double.infinity
    for run in runs {
      var i = run.startIndex
      while i + 1 < run.endIndex {
        let a = run[i], b = run[i + 1]
        i += 1
        guard max(a.x, b.x) >= p.x - 2, min(a.x, b.x) <= p.x + 2 else { continue }
        let (dx, dy) = (b.x - a.x, b.y - a.y)
        let l2 = dx * dx + dy * dy
        let t = l2 > 0 ? min(max(((p.x - a.x) * dx + (p.y - a.y) * dy) / l2, 0), 1) : 0
        best = min(best, hypot(a.x + t * dx - p.x, a.y + t * dy - p.y))
      }
    }
    return best
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func theDrawnCurveIsAlwaysTheFunctionAtTheStatesParameters(seed: UInt64) throws {
    var rng = SplitMix64(seed: seed)
    func unit() -> Double { Double(rng.next() >> 11) / Double(1 << 53) }
    var m = PlotFrameModel(width: 640, height: 400, scale: 1,
                           font: try SliderPanelTests.font.get())
    _ = m.apply(.resized(width: 640, height: 400, scale: 1))
    _ = m.apply(.parameter(.togglePanel))
    _ = m.apply(.toggleCurve(.sigmoidSecondDerivative))
    var checkedPoints = 0
    for step in 0..<Self.steps {
      let input: ViewerInput
      switch rng.next() % 10 {
      case 0: input = .parameter(.dragBegan(slider: Int(rng.next() % 2), fraction: unit()))
      case 1: input = .parameter(.dragMoved(fraction: unit()))
      case 2: input = .parameter(.step([1, -1, 0.1, -0.1, 10, -10][Int(rng.next() % 6)]))
      case 3: input = .parameter(.select(1))
      case 4: input = .parameter([.toMinimum, .toMaximum, .reset, .togglePlay][Int(rng.next() % 4)])
      case 5, 6: input = .parameter(.advance(seconds: unit() / 10))
      case 7: input = .wheel(notches: unit() * 6 - 3, at: Point(60 + unit() * 540, 40 + unit() * 300),
                             axes: .both)
      case 8: input = .panStep(dx: unit() - 0.5, dy: unit() - 0.5)
      default: input = .fitY
      }
      _ = m.apply(input)
      if m.state.viewport.x.span < 1e-3 || m.state.viewport.x.span > 1e3 { _ = m.apply(.resetView) }
      let list = m.displayList()
      let p = m.state.display.legendCurves[0].parameters
      let (k, x0) = (p[0], p[1])
      let v = m.state.viewport
      var drawn: [PlottedCurve] = []
      for item in list.items {
        guard case .curve(let curve) = item.role, case .stroke(let runs, _, _, _) = item.content
        else { continue }
        drawn.append(curve)
        #expect(curve.parameters == p, "seed \(seed) step \(step) (\(input)): stale \(curve)")
        let polyline = runs.map { list.geometry.run($0) }
        var worst = 0.0
        for j in 0...(Int(v.plot.width) * 4) {
          let x = min(max(v.x(forPixelX: v.plot.left + Double(j) / 4), v.x.min), v.x.max)
          let q = Point(v.pixelX(forX: x), v.pixelY(forY: Self.exact(curve.order, x, k: k, x0: x0)))
          guard q.y >= v.plot.top + 1 && q.y <= v.plot.bottom - 1 else { continue }
          worst = max(worst, Self.distance(from: q, to: polyline))
          checkedPoints += 1
        }
        #expect(worst <= CurveSampler.tolerance + 1e-6,
                "seed \(seed) step \(step) (\(input)): \(curve) is \(worst) px off at k \(k), x0 \(x0)")
      }
      #expect(Set(drawn) == Set(m.state.display.visibleCurves), "seed \(seed) step \(step)")
    }
    #expect(checkedPoints > Self.steps * 500)
  }
}
