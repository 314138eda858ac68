// Tests of Sources/PlotCore/Catalogue/ReLUFunction.swift against its mpmath fixture.

import Testing
@testable import PlotCore

@Suite struct ReLUFunctionTests {
  @Test func withinTwoUlpsOfTheCatalogueReference() {
    expectMatchesCatalogue(ReLUFunction(), "relu")
  }
}
