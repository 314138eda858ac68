// Long random input sequences through ViewerState: wheel bursts thousands of notches deep,
// absurd deltas (1e-9, 1e9, NaN, inf), huge drags, resizes from 1×1 to 16384², odd scales,
// resets and steps. After every input the view, its ticks and (every few inputs) the
// sampled curves must be within their documented limits. Seeded; a failure prints the seed,
// the step and the inputs that led there.

import Foundation
import TestSupport
import Testing
@testable import PlotCore

@Suite struct ViewerStatePropertyTests {
  /// Random steps per seed; SIGMOID_PROPERTY_STEPS=N for a longer run (a step can be a
  /// burst of up to 3000 wheel notches).
  static let steps = ProcessInfo.processInfo.environment["SIGMOID_PROPERTY_STEPS"]
    .flatMap { Int($0) } ?? 160
  /// The curves are sampled after every `sampleEvery`-th input (sampling is the slow part).
  static let sampleEvery = 41
  /// Widest plot the curves are sampled at; wider plots are sampled at this width with the
  /// same data ranges (the sampler's work grows with columns, its numerics do not).
  static let sampleWidth = 1500.0

  @Test(arguments: [0x5EED_0001, 0x5EED_0002, 0x5EED_0003, 0x5EED_0004, 0xDEE9_2000 as UInt64])
  func randomSequencesKeepTheViewUsable(seed: UInt64) {
    var rng = SplitMix64(seed: seed)
    var state = ViewerState(width: 1200, height: 800, scale: 1)
    var history: [String] = []
    var inputCount = 0
    var sampler = CurveSampler()
    for step in 0..<Self.steps {
      for input in Self.randomInputs(&rng, state: state) {
        inputCount += 1
        let before = state
        let changed: Bool
        switch input {
        case .input(let i): changed = state.apply(i)
        case .margins(let m): changed = state.setMargins(m)
        }
        history.append("\(input)")
        if history.count > 40 { history.removeFirst(history.count - 40) }
        var problems = Self.problems(in: state)
        problems += Self.redrawProblems(before: before, after: state, changed: changed)
        if inputCount % Self.sampleEvery == 0 {
          problems += Self.samplingProblems(state.viewport, sampler: &sampler)
        }
        if !problems.isEmpty {
          Issue.record("""
            seed \(String(seed, radix: 16)) step \(step) input #\(inputCount): \(problems)
            view x \(state.viewport.x) y \(state.viewport.y) plot \(state.viewport.plot)
            last inputs (oldest first):
            \(history.joined(separator: "\n"))
            """)
          return
        }
      }
    }
  }

  // MARK: - Inputs

  /// An input to the state: one ViewerInput, or new margins (as the scene sets them).
  enum Action: CustomStringConvertible {
    case input(ViewerInput)
    case margins(PlotMargins)

    var description: String {
      switch self {
      case .input(let i): return ".\(i)"
      case .margins(let m): return "setMargins(\(m))"
      }
    }
  }

  /// Deltas from the ordinary to the absurd.
  static let wildDoubles: [Double] = [
    1e-9, -1e-9, 1e9, -1e9, .nan, .infinity, -.infinity, 0, 1e-300, -1e300,
    .greatestFiniteMagnitude, -.leastNonzeroMagnitude, 0.5, -0.5, 3, -3, 400, -401,
  ]

  /// A pointer position: inside the plot, on its edges, outside, or absurd.
  static func randomPoint(_ rng: inout SplitMix64, _ plot: PixelRect) -> Point {
    switch rng.next() % 6 {
    case 0, 1, 2:
      return Point(rng.uniform(plot.left...plot.right), rng.uniform(plot.top...plot.bottom))
    case 3:
      return Point(rng.pick([plot.left, plot.right, plot.center.x]),
        rng.pick([plot.top, plot.bottom, plot.center.y]))
    case 4:
      return Point(rng.uniform(-5000...20000), rng.uniform(-5000...20000))
    default:
      return Point(rng.pick(wildDoubles), rng.pick(wildDoubles))
    }
  }

  /// The next step: usually one input, sometimes a burst of wheel notches one way.
  static func randomInputs(_ rng: inout SplitMix64, state: ViewerState) -> [Action] {
    let plot = state.viewport.plot
    let axes = rng.pick([ZoomAxes.both, .both, .xOnly, .yOnly])
    switch rng.next() % 19 {
    case 0, 1:
      // A burst: the same notch over and over, up to thousands deep.
      let notch = rng.pick([1.0, -1.0, 1.0, 0.25, -3, 1e-9])
      let count = Int(rng.logUniform(1...3000))
      let at = randomPoint(&rng, plot)
      return Array(repeating: .input(.wheel(notches: notch, at: at, axes: axes)), count: count)
    case 2, 3:
      let notches = rng.next() % 2 == 0 ? rng.uniform(-5...5) : rng.pick(wildDoubles)
      return [.input(.wheel(notches: notches, at: randomPoint(&rng, plot), axes: axes))]
    case 4:
      // A drag: begin, a few moves (some huge), end or not.
      var actions: [Action] = [.input(.dragBegan(at: randomPoint(&rng, plot)))]
      for _ in 0..<Int(rng.next() % 6) {
        let to = rng.next() % 3 == 0
          ? Point(rng.pick(wildDoubles), rng.pick(wildDoubles))
          : Point(rng.uniform(-1e5...1e5), rng.uniform(-1e5...1e5))
        actions.append(.input(.dragMoved(to: to)))
      }
      if rng.next() % 4 != 0 { actions.append(.input(.dragEnded)) }
      return actions
    case 5:
      return [.input(.dragMoved(to: randomPoint(&rng, plot)))]
    case 6, 7:
      let sides = [1, 2, 3, 17, 640, 1920, 3840, 16384, 0, -5]
      let width = rng.next() % 2 == 0 ? rng.pick(sides) : Int(rng.logUniform(1...16384))
      let height = rng.next() % 2 == 0 ? rng.pick(sides) : Int(rng.logUniform(1...16384))
      let scale = rng.pick([1.0, 2, 0.25, 16, 1.5, 0, -1, .nan, .infinity, 1e-300, 1e300, 3])
      return [.input(.resized(width: width, height: height, scale: scale))]
    case 8:
      return [.input(.resetView)]
    case 9, 10:
      let steps = rng.pick([1, -1, 2, -2, 10, -10, 1000, -1000, Int.max, Int.min, 0])
      return [.input(.zoomStep(steps))]
    case 11, 12:
      let dx = rng.next() % 2 == 0 ? rng.pick([0.1, -0.1, 0, 1, -1]) : rng.pick(wildDoubles)
      let dy = rng.next() % 2 == 0 ? rng.pick([0.1, -0.1, 0, 1, -1]) : rng.pick(wildDoubles)
      return [.input(.panStep(dx: dx, dy: dy))]
    case 13:
      return [.input(.dragEnded)]
    case 14:
      // A long run of pan steps one way, toward the centre bound.
      let dx = rng.pick([1.0, -1.0, 0.0]), dy = rng.pick([1.0, -1.0, 0.0])
      return Array(repeating: .input(.panStep(dx: dx, dy: dy)), count: Int(rng.logUniform(1...500)))
    case 15:
      // Explore mode: scales, fit, history.
      return [.input(rng.pick([
        ViewerInput.toggleYScale(.log), .toggleYScale(.logit), .toggleYScale(.linear), .fitY,
        .historyBack, .historyForward, .toggleCurve(.sigmoidSecondDerivative), .toggleCurve(.sigmoid),
        .hover(randomPoint(&rng, plot)), .hover(nil),
      ]))]
    case 16:
      // A box zoom, sometimes tiny or wild, sometimes abandoned half way.
      var actions: [Action] = [.input(.boxBegan(at: randomPoint(&rng, plot)))]
      for _ in 0..<Int(rng.next() % 3) {
        actions.append(.input(.boxMoved(to: randomPoint(&rng, plot))))
      }
      if rng.next() % 4 != 0 { actions.append(.input(.boxEnded)) }
      return actions
    case 17:
      // A long walk back or forward through the history.
      let step = rng.pick([ViewerInput.historyBack, .historyForward])
      return Array(repeating: .input(step), count: Int(rng.logUniform(1...300)))
    default:
      let m = { (rng: inout SplitMix64) in rng.pick([0, 24, 72, 300, 5000, -3, .nan, .infinity]) }
      return [.margins(PlotMargins(left: m(&rng), top: m(&rng), right: m(&rng), bottom: m(&rng)))]
    }
  }

  // MARK: - Invariants

  /// Everything the state promises after any input.
  static func problems(in state: ViewerState) -> [String] {
    var problems: [String] = []
    let v = state.viewport
    let plot = v.plot
    if state.drawableWidth < 1 || state.drawableHeight < 1 {
      problems.append("drawable \(state.drawableWidth)x\(state.drawableHeight)")
    }
    if !(state.scale.isFinite && state.scale > 0) { problems.append("scale \(state.scale)") }
    if !(plot.left.isFinite && plot.top.isFinite && plot.width >= 1 && plot.height >= 1
      && plot.right.isFinite && plot.bottom.isFinite) {
      problems.append("plot rect \(plot)")
    }
    if !obeysLimits(v.x, pixels: plot.width) { problems.append("x range breaks the limits") }
    if !obeysLimits(v.y, pixels: plot.height) { problems.append("y range breaks the limits") }
    for (name, value) in [("xScale", v.xScale), ("yScale", v.yScale),
                          ("xPerPixel", v.xPerPixel), ("yPerPixel", v.yPerPixel)]
    where !(value.isFinite && value > 0) {
      problems.append("\(name) \(value)")
    }
    // The ends land on the plot's edges, within a pixel.
    let ends = [v.pixelX(forX: v.x.min) - plot.left, v.pixelX(forX: v.x.max) - plot.right,
                v.pixelY(forU: v.y.max) - plot.top, v.pixelY(forU: v.y.min) - plot.bottom]
    if !ends.allSatisfy({ $0.isFinite && $0.magnitude <= 1 }) {
      problems.append("ends map \(ends) px off the edges")
    }
    problems += tickProblems(v.xTicks(), range: v.x, low: plot.left, high: plot.right, axis: "x")
    // Under log and logit, tick values are only the nearest doubles of exact labels (1e-400
    // is 0), so there the order is checked on the pixels, which come from u.
    problems += tickProblems(v.yTicks(), range: v.y, low: plot.top, high: plot.bottom, axis: "y",
                             checkValues: v.yAxisScale == .linear)
    return problems
  }

  /// Ticks: 2 ... maxCount, increasing, inside the range, on the plot, labels distinct.
  static func tickProblems(_ axis: AxisTicks, range r: AxisRange, low: Double, high: Double,
                           axis name: String, checkValues: Bool = true) -> [String] {
    var problems: [String] = []
    let ticks = axis.ticks
    if !(2...TickLocator.maxCount).contains(ticks.count) {
      problems.append("\(name): \(ticks.count) ticks")
    }
    if checkValues {
      if !zip(ticks, ticks.dropFirst()).allSatisfy({ $0.value < $1.value }) {
        problems.append("\(name): tick values not increasing \(ticks.map(\.value))")
      }
      if !ticks.allSatisfy({ $0.value >= r.min && $0.value <= r.max }) {
        problems.append("\(name): tick outside \(r): \(ticks.map(\.value))")
      }
    } else if !zip(ticks, ticks.dropFirst()).allSatisfy({ $0.pixel > $1.pixel }) {
      problems.append("\(name): tick pixels not moving up \(ticks.map(\.pixel))")
    }
    if !ticks.allSatisfy({ $0.pixel.isFinite && $0.pixel >= low - 1 && $0.pixel <= high + 1 }) {
      problems.append("\(name): tick pixel off the plot \(ticks.map(\.pixel)) not in \(low)...\(high)")
    }
    if Set(ticks.map(\.label)).count != ticks.count {
      problems.append("\(name): duplicate labels \(ticks.map(\.label)) offset \(axis.offsetLabel ?? "-")")
    }
    return problems
  }

  /// `apply` must say "changed" whenever the picture changed (or the window would show a
  /// stale frame) and only then (or it would redraw for nothing).
  static func redrawProblems(before: ViewerState, after: ViewerState, changed: Bool) -> [String] {
    let different = before.viewport != after.viewport
      || before.drawableWidth != after.drawableWidth || before.drawableHeight != after.drawableHeight
      || before.scale != after.scale || before.margins != after.margins
      || before.display != after.display || before.pointer != after.pointer
      || before.selection != after.selection
    if different && !changed { return ["the view changed but apply returned false"] }
    if !different && changed { return ["apply returned true but nothing changed"] }
    return []
  }

  /// The sampled polylines: finite, runs of 2+ points increasing in x, inside the plot's
  /// x extent and the clip band.
  static func samplingProblems(_ full: Viewport, sampler: inout CurveSampler) -> [String] {
    var v = full
    if full.plot.width > sampleWidth || full.plot.height > sampleWidth {
      let plot = PixelRect(left: 10, top: 10, width: min(full.plot.width, sampleWidth),
                           height: min(full.plot.height, sampleWidth))!
      v = Viewport(x: full.x, y: full.y, plot: plot)
    }
    var problems: [String] = []
    for curve in PlottedCurve.sigmoidCurves {
      let sampled = sampler.sample(curve, in: v)
      var start = 0
      for end in sampled.runEnds {
        let run = sampled.points[start..<end]
        if run.count < 2 { problems.append("\(curve): run of \(run.count) point(s)") }
        if !zip(run, run.dropFirst()).allSatisfy({ $0.x <= $1.x }) {
          problems.append("\(curve): run not increasing in x")
        }
        start = end
      }
      let band = (v.plot.top - CurveSampler.clipMargin - 1e-6)...(v.plot.bottom + CurveSampler.clipMargin + 1e-6)
      for p in sampled.points {
        if !(p.x.isFinite && p.y.isFinite) {
          problems.append("\(curve): non-finite point \(p)")
          break
        }
        if p.x < v.plot.left - 1e-6 || p.x > v.plot.right + 1e-6 || !band.contains(p.y) {
          problems.append("\(curve): point \(p) outside the plot \(v.plot)")
          break
        }
      }
    }
    return problems
  }
}
