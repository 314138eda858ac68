// The y scales' transforms and the curves' scaled values: exact against the direct formula
// wherever the curve's value is a normal double, and continuing smoothly past underflow.

import Foundation
import TestSupport
import Testing
@testable import PlotCore

@Suite struct YScaleTests {
  /// u by the textbook route: transform the double f(x). Nil where that double cannot
  /// carry the answer (not a normal number, or 1 - f(x) would cancel). For the upper side
  /// of S, 1 - S(x) is taken as S(-x), exact.
  static func directU(_ curve: PlottedCurve, _ x: Double, _ scale: YScale) -> Double? {
    let f = curve.evaluate(x)
    switch scale {
    case .linear: return f
    case .log: return f >= Double.leastNormalMagnitude ? log10(f) : nil
    case .logit:
      guard f >= Double.leastNormalMagnitude else { return nil }
      let rest = curve == .sigmoid ? sigmoid(-x) : 1 - f
      return rest >= Double.leastNormalMagnitude ? log10(f / rest) : nil
    case .logMagnitude: return abs(f) >= Double.leastNormalMagnitude ? log10(abs(f)) : nil
    }
  }

  /// |a - b| measured against the larger of |b| and 1 (u near 0 carries absolute error).
  static func error(_ a: Double, _ b: Double) -> Double {
    abs(a - b) / max(abs(b), 1)
  }

  @Test(arguments: [YScale.log, .logit, .logMagnitude])
  func scaledValuesMatchTheDirectFormulaWhereRepresentable(scale: YScale) {
    var rng = SplitMix64(seed: 0x5CA1_E001)
    for curve in PlottedCurve.sigmoidCurves {
      var checked = 0
      for i in 0..<4000 {
        let x = i < 2000 ? rng.uniform(-40...40) : rng.uniform(-720...720)
        let got = curve.scaledValue(x, in: scale)
        guard let want = Self.directU(curve, x, scale) else {
          // Undefined there (S'' > 0 only for x < 0): both must say so.
          if curve == .sigmoidSecondDerivative && x > 0 && scale != .logMagnitude {
            #expect(got.isNaN, "\(curve) \(x)")
          }
          continue
        }
        checked += 1
        // The direct route itself carries ~2 ulps of f, i.e. 2^-51 / ln 10 in u.
        #expect(Self.error(got, want) <= 1e-15, "\(curve) \(scale) x=\(x): \(got) vs \(want)")
      }
      #expect(checked > 1000, "\(curve) \(scale): only \(checked) points checked")
    }
  }

  @Test func sigmoidUnderLogitIsExactlyTheLine() {
    var rng = SplitMix64(seed: 0x5CA1_E002)
    for _ in 0..<1000 {
      let x = rng.uniform(-1e6...1e6)
      #expect(PlottedCurve.sigmoid.scaledValue(x, in: .logit) == x * YScale.log10e)
    }
  }

  /// Past x ≈ 745 S'(x) is 0 as a double, yet log10 S' continues on its line of slope
  /// -log10(e): equal steps in x give equal steps in u, through and beyond the underflow.
  @Test(arguments: [PlottedCurve.sigmoid, .sigmoidDerivative, .sigmoidSecondDerivative])
  func logScaleContinuesPastUnderflow(curve: PlottedCurve) {
    let sign = curve == .sigmoidDerivative ? 1.0 : -1.0  // S and S'' decay to the left
    let h = 0.5
    var previous = curve.scaledValue(sign * 600, in: .log)
    for i in 1...2000 {
      let x = sign * (600 + Double(i) * h)
      let u = curve.scaledValue(x, in: .log)
      // d/d|x| of ln f is -1 + O(e^-|x|) for all three curves in this tail.
      #expect(abs((u - previous) + h * YScale.log10e) <= 1e-12 * max(1, abs(u)),
        "\(curve) at \(x): step \(u - previous)")
      previous = u
    }
    #expect(curve.evaluate(sign * 800) == 0, "the double underflows here")
    let u800 = curve.scaledValue(sign * 800, in: .log)
    #expect(abs(u800 - (-800 * YScale.log10e)) < 1e-9 || curve == .sigmoidDerivative)
    // S'(800) = e^-800 (1 + e^-800)^-2: u = -800 log10 e to the last digit.
    if curve == .sigmoidDerivative { #expect(u800 == -800 * YScale.log10e, "\(u800)") }
  }

  @Test(arguments: YScale.allCases)
  func transformRoundTrips(scale: YScale) {
    var rng = SplitMix64(seed: 0x5CA1_E003)
    for _ in 0..<2000 {
      let y: Double
      switch scale {
      case .linear: y = rng.uniform(-1e3...1e3)
      case .log, .logMagnitude: y = rng.logUniform(1e-300...1e300)
      case .logit: y = rng.next() & 1 == 0 ? rng.logUniform(1e-300...0.5) : 1 - rng.logUniform(1e-15...0.5)
      }
      let u = scale.u(forY: y)
      let back = scale.y(forU: u)
      // Rounding u by half an ulp moves y by a factor e^(ln 10 · ulp(u)/2): relative error
      // grows with |u|, as it must with any double u.
      #expect(abs(back - y) <= 8 * y.ulp * max(1, abs(u) * log(10)),
        "\(scale): \(y) -> \(scale.u(forY: y)) -> \(back)")
    }
  }

  @Test func transformsAreUndefinedOrInfiniteOutsideTheirDomain() {
    #expect(YScale.log.u(forY: -1).isNaN && YScale.log.u(forY: 0) == -.infinity)
    #expect(YScale.logit.u(forY: 1.5).isNaN && YScale.logit.u(forY: -0.1).isNaN)
    #expect(YScale.logit.u(forY: 0) == -.infinity && YScale.logit.u(forY: 1) == .infinity)
    #expect(YScale.logit.u(forY: 0.5) == 0 && YScale.log.u(forY: 1) == 0)
    #expect(PlottedCurve.sigmoidSecondDerivative.scaledValue(0, in: .log) == -.infinity)
    #expect(PlottedCurve.sigmoidSecondDerivative.scaledValue(0.1, in: .logit).isNaN)
  }

  /// log10|y| takes both signs alike, −infinity only at 0; y(forU:) gives the magnitude.
  @Test func logMagnitudeTakesTheMagnitude() {
    let scale = YScale.logMagnitude
    #expect(scale.u(forY: -1e-5) == -5 && scale.u(forY: 1e-5) == -5)
    #expect(scale.u(forY: 0) == -.infinity && scale.u(forY: -0.0) == -.infinity)
    #expect(scale.u(forY: .nan).isNaN && scale.y(forU: 2) == 100)
    #expect(scale.limits == YScale.log.limits)
  }

  /// Decades with magnitude labels: the log axis's ticks, past the double range too.
  @Test func logMagnitudeTicksAreTheLogDecades() {
    for (lo, hi) in [(-360.0, 2.0), (-5.0, 0.5), (-1e4, -9e3), (-3.2, -3.1)] {
      let pixel = { (u: Double) in 600 - (u - lo) / (hi - lo) * 600 }
      let m = TickLocator.ticks(.logMagnitude, min: lo, max: hi, lengthInPixels: 600,
                                targetSpacing: 50, pixel: pixel)
      let l = TickLocator.ticks(.log, min: lo, max: hi, lengthInPixels: 600, targetSpacing: 50,
                                pixel: pixel)
      #expect(m.ticks.map(\.label) == l.ticks.map(\.label) && m.ticks.count >= 2)
      #expect(m.ticks.map(\.pixel) == l.ticks.map(\.pixel))
    }
    let deep = TickLocator.ticks(.logMagnitude, min: -360, max: 2, lengthInPixels: 600,
                                 targetSpacing: 50, pixel: { $0 })
    #expect(deep.ticks.contains { $0.label == "1e\u{2212}350" || $0.label == "1e\u{2212}300" })
  }

  /// S'' < 0 for x > 0: under log magnitude it is |S''| on the mirror image of the left
  /// side (S'' is odd), where the log scale has a gap; −infinity exactly at 0.
  @Test func sigmoidSecondDerivativeUnderLogMagnitudeIsItsMirror() {
    var rng = SplitMix64(seed: 0x5CA1_E004)
    let curve = PlottedCurve.sigmoidSecondDerivative
    for _ in 0..<1000 {
      let x = rng.uniform(1e-3...900)
      #expect(curve.scaledValue(x, in: .logMagnitude) == curve.scaledValue(-x, in: .log))
      #expect(curve.scaledValue(-x, in: .logMagnitude) == curve.scaledValue(-x, in: .log))
    }
    #expect(curve.scaledValue(0, in: .logMagnitude) == -.infinity)
    let m = curve.function.naturalLogMagnitude(.second, at: 800, curve.parameters)
    #expect(m.isNegative && abs(m.ln + 800) < 1e-12)
  }
}
