// Tests of Sources/PlotCore/StoryPoints.swift against independent computations: the
// gradient at the vanishing x, S''' at the extrema of S'' by finite differences, and the
// closed forms of the values there.

import Foundation
import Testing
@testable import PlotCore

@Suite struct StoryPointsTests {
  static func ulps(_ got: Double, _ want: Double) -> Double {
    (got - want).magnitude / want.magnitude.ulp
  }

  @Test func vanishingGradientIsOnePercentOfThePeak() {
    let x = SigmoidFunction.vanishingGradientX
    #expect(Self.ulps(sigmoidDerivative(x), 0.0025) <= 2, "S'(\(x)) = \(sigmoidDerivative(x))")
    #expect(Self.ulps(sigmoidDerivative(-x), 0.0025) <= 2)
    // And S' falls through it there: a little inside is above, a little outside below.
    #expect(sigmoidDerivative(x * (1 - 1e-9)) > 0.0025 && sigmoidDerivative(x * (1 + 1e-9)) < 0.0025)
  }

  /// S''' = 0 at ±ln(2+√3): the central difference of S'' there is tiny next to the
  /// differences a step away (S'''' = ∓√3/18·… is not small there).
  @Test func secondDerivativeExtremaAreWhereSThirdVanishes() {
    let e = SigmoidFunction.secondDerivativeExtremumX
    #expect(Self.ulps(e, log(2 + 3.0.squareRoot())) <= 2)
    let h = 1e-4
    for x in [e, -e] {
      let third = (sigmoidSecondDerivative(x + h) - sigmoidSecondDerivative(x - h)) / (2 * h)
      let aside = (sigmoidSecondDerivative(x + 0.1 + h) - sigmoidSecondDerivative(x + 0.1 - h)) / (2 * h)
      #expect(third.magnitude < 1e-8, "S'''(\(x)) ≈ \(third)")
      #expect(aside.magnitude > 1e-3)
    }
  }

  @Test func valuesSitOnTheirCurves() {
    let root3over18 = 3.0.squareRoot() / 18
    for p in StoryPoints.points(on: PlottedCurve.sigmoidCurves) {
      #expect(p.y == p.curve.evaluate(p.x), "\(p.label)")
      #expect(!p.label.isEmpty)
      switch (p.kind, p.curve.order) {
      case (.inflection, _): #expect(p.x == 0 && p.y == 0.5 && p.curve == .sigmoid)
      case (.maximum, .first): #expect(p.x == 0 && p.y == 0.25 && p.curve == .sigmoidDerivative)
      case (.maximum, _):
        #expect(p.x < 0 && Self.ulps(p.y, root3over18) <= 4 && p.curve == .sigmoidSecondDerivative)
      case (.minimum, _):
        #expect(p.x > 0 && Self.ulps(p.y, -root3over18) <= 4 && p.curve == .sigmoidSecondDerivative)
      case (.vanishingGradient, _):
        #expect(p.x.magnitude == SigmoidFunction.vanishingGradientX && p.curve == .sigmoidDerivative)
      case (.zero, _), (.kink, _), (.deadZone, _):
        Issue.record("the sigmoid has no \(p.kind) point: \(p.label)")
      }
    }
    #expect(StoryPoints.points(on: PlottedCurve.sigmoidCurves).filter { $0.kind == .vanishingGradient }.count == 2)
    #expect(StoryPoints.points(on: [.sigmoid]).map(\.kind) == [.inflection])
    #expect(StoryPoints.points(on: []).isEmpty)
  }
}
