// Tests of Sources/PlotCore/Catalogue/ELUFunction.swift against its mpmath fixture.

import Testing
@testable import PlotCore

@Suite struct ELUFunctionTests {
  @Test func withinTwoUlpsOfTheCatalogueReference() {
    expectMatchesCatalogue(ELUFunction(), "elu")
  }
}
