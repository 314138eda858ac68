// Tests of Sources/PlotCore/Catalogue/SELUFunction.swift against its mpmath fixture.

import Testing
@testable import PlotCore

@Suite struct SELUFunctionTests {
  @Test func withinTwoUlpsOfTheCatalogueReference() {
    expectMatchesCatalogue(SELUFunction(), "selu")
  }
}
