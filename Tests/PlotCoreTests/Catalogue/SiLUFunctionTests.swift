// Tests of Sources/PlotCore/Catalogue/SiLUFunction.swift against its mpmath fixture.

import Testing
@testable import PlotCore

@Suite struct SiLUFunctionTests {
  @Test func withinTwoUlpsOfTheCatalogueReference() {
    expectMatchesCatalogue(SiLUFunction(), "silu")
  }
}
