// Tests of Sources/PlotCore/Catalogue/SoftsignFunction.swift against its mpmath fixture.

import Testing
@testable import PlotCore

@Suite struct SoftsignFunctionTests {
  @Test func withinTwoUlpsOfTheCatalogueReference() {
    expectMatchesCatalogue(SoftsignFunction(), "softsign")
  }
}
