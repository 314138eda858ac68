// Tests of Sources/PlotCore/Catalogue/SoftplusFunction.swift against its mpmath fixture.

import Testing
@testable import PlotCore

@Suite struct SoftplusFunctionTests {
  @Test func withinTwoUlpsOfTheCatalogueReference() {
    expectMatchesCatalogue(SoftplusFunction(), "softplus")
  }
}
