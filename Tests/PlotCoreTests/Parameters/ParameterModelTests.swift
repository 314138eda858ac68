// The parameter model: steps snapped to their decimals, ends, the ordering hardtanh
// needs, every family's range safe end to end, the legend's suffix, a change replacing
// its whole group and nothing else, the ping-pong's pace, and the view and its history
// untouched by any parameter input.

import Foundation
import Testing
@testable import PlotCore
import TestSupport

@Suite struct ParameterModelTests {
  static let k = SigmoidFunction.steepness

  @Test func stepsReadAsTyped() {
    var v = 1.0
    for _ in 0..<30 { v = Self.k.stepped(v, by: 1, within: Self.k.range) }
    #expect(v == 2.5 && "\(v)" == "2.5", "30 steps of 0.05 from 1: \(v)")
    for _ in 0..<3 { v = Self.k.stepped(v, by: 0.1, within: Self.k.range) }
    #expect(v == 2.515)
    v = Self.k.stepped(v, by: 10, within: Self.k.range)
    #expect(v == 3.015, "ten steps keep the finer digits")
    v = Self.k.stepped(v, by: -1000, within: Self.k.range)
    #expect(v == 0.05, "clamped at the minimum")
    let x0 = SigmoidFunction.midpoint
    var u = 0.0
    for _ in 0..<7 { u = x0.stepped(u, by: -1, within: x0.range) }
    #expect(u == -0.7 && "\(u)" == "-0.7")
    #expect(FunctionParameter.decimals(of: 0.05) == 2 && FunctionParameter.decimals(of: 0.1) == 1
            && FunctionParameter.decimals(of: 10) == 0 && FunctionParameter.decimals(of: 0.005) == 3)
  }

  @Test func dragsSnapToTheStepsDecimals() {
    let r = Self.k.range
    for f in stride(from: 0.0, through: 1.0, by: 0.0137) {
      let v = Self.k.value(atFraction: f, of: r)
      #expect(r.contains(v))
      #expect(v == FunctionParameter.snapped(v, decimals: 2), "\(v)")
      #expect(abs(v - (0.05 + f * 19.95)) <= 0.005 + 1e-12)
    }
    #expect(Self.k.value(atFraction: 0, of: r) == 0.05 && Self.k.value(atFraction: 1, of: r) == 20)
    #expect(Self.k.value(atFraction: .nan, of: r) == 0.05)
  }

  @Test func theLegendSuffixNamesOnlyMovedParameters() throws {
    #expect(PlottedCurve.sigmoid.parameterSuffix == "")
    let moved = try #require(PlottedCurve.sigmoid.setting("k", to: 2.5)?.setting("x0", to: 1))
    #expect(moved.parameterSuffix == " (k = 2.5, x0 = 1)")
    #expect(try #require(PlottedCurve.sigmoid.setting("x0", to: -0.3)).parameterSuffix == " (x0 = -0.3)")
    let silu = PlottedCurve(SiLUFunction(), parameters: ParameterValues([1.7]))
    #expect(silu.parameterSuffix == " (beta = 1.7)")
    #expect(PlottedCurve(GELUFunction()).parameterSuffix == "")
  }

  /// One slider per parameter per (family, values) group, in legend order; a change
  /// replaces every curve of the group, keeps which are shown, and leaves other groups.
  @Test func aChangeReplacesItsWholeGroup() throws {
    var d = DisplayOptions()
    let silu = PlottedCurve(SiLUFunction())
    d.legendCurves += [silu, silu.withOrder(.first)]
    d.curves.insert(silu)
    let sliders = d.parameterSliders
    #expect(sliders.map(\.spec.name) == ["k", "x0", "beta"])
    let set = d.setParameter(sliders[0], to: 2.5)
    #expect(set)
    #expect(d.legendCurves.prefix(3).allSatisfy { $0.parameters == ParameterValues([2.5, 0]) })
    #expect(d.legendCurves[3] == silu && d.legendCurves[4] == silu.withOrder(.first))
    let k25 = try #require(PlottedCurve.sigmoid.setting("k", to: 2.5))
    #expect(d.curves == [k25, k25.withOrder(.first), silu], "shown ones stay shown, S'' hidden")
    #expect(d.visibleCurves.map(\.order) == [.value, .first, .value])
    let stale = d.setParameter(sliders[0], to: 3)
    #expect(!stale, "a slider of the old values is stale: refused")
    let outside = d.setParameter(d.parameterSliders[0], to: 25)
    #expect(!outside, "outside the range: refused")
    let reset = d.resetParameters()
    #expect(reset)
    #expect(d.legendCurves == PlottedCurve.sigmoidCurves + [silu, silu.withOrder(.first)])
  }

  /// hardtanh's clamps stay ordered, whatever the keys and drags do.
  @Test func hardtanhKeepsMinBelowMax() {
    var d = DisplayOptions()
    d.legendCurves = [PlottedCurve(HardtanhFunction())]
    d.curves = Set(d.legendCurves)
    var rng = SplitMix64(seed: 13)
    for _ in 0..<2000 {
      let sliders = d.parameterSliders
      let s = sliders[Int(rng.next() % 2)]
      let target: Double
      switch rng.next() % 4 {
      case 0: target = s.allowed.upperBound
      case 1: target = s.allowed.lowerBound
      case 2: target = s.spec.stepped(s.value, by: [1, -1, 0.1, -10][Int(rng.next() % 4)], within: s.allowed)
      default: target = s.spec.value(atFraction: Double(rng.next() % 1000) / 999, of: s.allowed)
      }
      _ = d.setParameter(s, to: target)
      let p = d.legendCurves[0].parameters
      #expect(p[0] < p[1], "min_val \(p[0]) >= max_val \(p[1])")
      #expect(HardtanhFunction.minimum.range.contains(p[0]) && HardtanhFunction.maximum.range.contains(p[1]))
    }
  }

  /// Every family's every parameter, at both ends of its range and across it: every
  /// order finite at finite x, the story points finite. Nothing breaks anywhere in a range.
  @Test func everyRangeIsSafeEndToEnd() {
    var rng = SplitMix64(seed: 7)
    let xs: [Double] = [-1e300, -745, -40, -10, -1, -1e-300, 0, 1e-300, 0.5, 1, 6, 40, 745, 1e300]
    for f in FunctionCatalogue.all where !f.parameters.isEmpty {
      var d = DisplayOptions()
      d.legendCurves = DerivativeOrder.allCases.map { PlottedCurve(f, $0) }
      d.curves = Set(d.legendCurves)
      for trial in 0..<60 {
        let sliders = d.parameterSliders
        let s = sliders[trial % sliders.count]
        let v = trial % 3 == 0 ? s.allowed.lowerBound : trial % 3 == 1 ? s.allowed.upperBound
          : s.spec.value(atFraction: Double(rng.next() % 10_000) / 9999, of: s.allowed)
        _ = d.setParameter(s, to: v)
        for curve in d.legendCurves {
          for x in xs {
            let y = curve.evaluate(x)
            #expect(y.isFinite, "\(curve) at \(x): \(y)")
          }
          for p in f.storyPoints(curve.parameters) {
            #expect(p.x.isFinite && p.y.isFinite, "\(curve): story point \(p)")
          }
        }
      }
    }
  }

  /// 5 s one way, back again, at any frame rate; long stalls do not leap.
  @Test func thePingPongKeepsItsPace() {
    for rate in [30.0, 60, 144] {
      var a = ParameterAnimation(slider: 0, fraction: 0)
      let frames = Int(rate * ParameterAnimation.secondsPerSweep)
      for _ in 0..<frames { a.advance(by: 1 / rate) }
      #expect(abs(a.fraction - 1) < 1e-9, "\(rate) Hz after 5 s: \(a.fraction)")
      for _ in 0..<(frames / 2) { a.advance(by: 1 / rate) }
      #expect(abs(a.fraction - 0.5) < 1e-9, "falling back: \(a.fraction)")
      for _ in 0..<(frames / 2) { a.advance(by: 1 / rate) }
      #expect(a.fraction < 1e-9, "back at the minimum: \(a.fraction)")
    }
    var b = ParameterAnimation(slider: 0, fraction: 0.2)
    b.advance(by: 30)
    #expect(abs(b.fraction - 0.25) < 1e-12, "a stall counts as \(ParameterAnimation.maxStep) s")
    #expect(ParameterAnimation(slider: 0, fraction: 1).phase == 1, "from the top it falls")
  }

  /// Parameter inputs never move the view nor enter its history; R resets the view and
  /// leaves the parameters, Shift+R's reset leaves the view.
  @Test func parametersAndViewsAreKeptApart() {
    var s = ViewerState(width: 1280, height: 720)
    _ = s.apply(.parameter(.togglePanel))
    _ = s.apply(.zoomStep(2))
    let view = s.viewport
    let history = s.history.back.count
    let inputs: [ParameterInput] = [.step(1), .step(10), .select(1), .step(-0.1), .toMaximum,
                                    .togglePlay, .advance(seconds: 0.1), .togglePlay,
                                    .dragBegan(slider: 0, fraction: 0.3),
                                    .dragMoved(fraction: 0.9), .dragEnded, .toMinimum]
    for i in inputs {
      _ = s.apply(.parameter(i))
      #expect(s.viewport == view && s.history.back.count == history, "\(i)")
    }
    let moved = s.display.legendCurves
    #expect(moved != PlottedCurve.sigmoidCurves)
    _ = s.apply(.resetView)
    #expect(s.display.legendCurves == moved, "R leaves the parameters")
    let reset = s.viewport
    _ = s.apply(.parameter(.reset))
    #expect(s.display.legendCurves == PlottedCurve.sigmoidCurves && s.viewport == reset)
    _ = s.apply(.historyBack)
    #expect(s.display.legendCurves == PlottedCurve.sigmoidCurves, "history is views only")
  }

  /// The state starts from whatever parameters its curves carry (the command line's).
  @Test func theSlidersStartFromTheCurvesParameters() throws {
    var d = DisplayOptions()
    let c = try #require(PlottedCurve.sigmoid.setting("k", to: 2.5)?.setting("x0", to: 1))
    d.legendCurves = [c, c.withOrder(.first)]
    d.curves = Set(d.legendCurves)
    var s = ViewerState(width: 800, height: 600, display: d)
    #expect(s.parameterSliders.map(\.value) == [2.5, 1])
    _ = s.apply(.parameter(.step(1)))
    #expect(s.display.legendCurves[0].parameters == ParameterValues([2.55, 1]))
  }
}
