// Tests of Sources/PlotCore/Catalogue/GELUTanhFunction.swift against its mpmath fixture.

import Testing
@testable import PlotCore

@Suite struct GELUTanhFunctionTests {
  @Test func withinTwoUlpsOfTheCatalogueReference() {
    expectMatchesCatalogue(GELUTanhFunction(), "gelu_tanh")
  }
}
