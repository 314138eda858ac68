// Tests of Sources/PlotCore/Catalogue/ReLU6Function.swift against its mpmath fixture.

import Testing
@testable import PlotCore

@Suite struct ReLU6FunctionTests {
  @Test func withinTwoUlpsOfTheCatalogueReference() {
    expectMatchesCatalogue(ReLU6Function(), "relu6")
  }
}
