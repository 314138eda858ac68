// Tests of Sources/PlotCore/Catalogue/TanhFunction.swift against its mpmath fixture.

import Testing
@testable import PlotCore

@Suite struct TanhFunctionTests {
  @Test func withinTwoUlpsOfTheCatalogueReference() {
    expectMatchesCatalogue(TanhFunction(), "tanh")
  }
}
