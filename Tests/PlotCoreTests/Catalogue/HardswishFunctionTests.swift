// Tests of Sources/PlotCore/Catalogue/HardswishFunction.swift against its mpmath fixture.

import Testing
@testable import PlotCore

@Suite struct HardswishFunctionTests {
  @Test func withinTwoUlpsOfTheCatalogueReference() {
    expectMatchesCatalogue(HardswishFunction(), "hardswish")
  }
}
