// Tests of Sources/PlotCore/Catalogue/MishFunction.swift against its mpmath fixture.

import Testing
@testable import PlotCore

@Suite struct MishFunctionTests {
  @Test func withinTwoUlpsOfTheCatalogueReference() {
    expectMatchesCatalogue(MishFunction(), "mish")
  }
}
