// Tests of Sources/PlotCore/Catalogue/HardsigmoidFunction.swift against its mpmath fixture.

import Testing
@testable import PlotCore

@Suite struct HardsigmoidFunctionTests {
  @Test func withinTwoUlpsOfTheCatalogueReference() {
    expectMatchesCatalogue(HardsigmoidFunction(), "hardsigmoid")
  }
}
