// Tests of Sources/PlotCore/Catalogue/CELUFunction.swift against its mpmath fixture.

import Testing
@testable import PlotCore

@Suite struct CELUFunctionTests {
  @Test func withinTwoUlpsOfTheCatalogueReference() {
    expectMatchesCatalogue(CELUFunction(), "celu")
  }
}
