// Tests of Sources/PlotCore/Catalogue/HardtanhFunction.swift against its mpmath fixture.

import Testing
@testable import PlotCore

@Suite struct HardtanhFunctionTests {
  @Test func withinTwoUlpsOfTheCatalogueReference() {
    expectMatchesCatalogue(HardtanhFunction(), "hardtanh")
  }
}
