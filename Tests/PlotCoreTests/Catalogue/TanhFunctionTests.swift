// Tests of Sources/PlotCore/Catalogue/TanhFunction.swift against its mpmath fixture.

import Testing
@testable import PlotCore

@Suite struct TanhFunctionTests {
  @Test func withinTwoUlpsOfTheCatalogueReference() {
    expectMatchesCatalogue(TanhFunction(), "tanh")
  }

  /// Regression: glibc's tanh gives 0.24847064641535732 here, 2.04 ulps off (found by a
  /// random search against mpmath); the reference is
  /// `float(mpmath.tanh(mpmath.mpf(0.2537821649696741)))` at 300 bits.
  @Test func glibcsWorstCaseNearAQuarter() {
    let got = TanhFunction().value(at: 0.2537821649696741, .none)
    let want = 0.24847064641535738
    #expect((got - want).magnitude <= want.ulp, "got \(got), want \(want)")
  }
}
