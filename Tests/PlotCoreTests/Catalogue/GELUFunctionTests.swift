// Tests of Sources/PlotCore/Catalogue/GELUFunction.swift against its mpmath fixture.

import Testing
@testable import PlotCore

@Suite struct GELUFunctionTests {
  @Test func withinTwoUlpsOfTheCatalogueReference() {
    expectMatchesCatalogue(GELUFunction(), "gelu")
  }
}
