// Tests of Sources/PlotCore/SigmoidFunction.swift against its mpmath fixture.

import Testing
@testable import PlotCore

@Suite struct SigmoidCatalogueTests {
  @Test func withinTwoUlpsOfTheCatalogueReference() {
    expectMatchesCatalogue(SigmoidFunction(), "sigmoid")
  }
}
