// Tests of Sources/PlotCore/Catalogue/LeakyReLUFunction.swift against its mpmath fixture.

import Testing
@testable import PlotCore

@Suite struct LeakyReLUFunctionTests {
  @Test func withinTwoUlpsOfTheCatalogueReference() {
    expectMatchesCatalogue(LeakyReLUFunction(), "leaky_relu")
  }
}
