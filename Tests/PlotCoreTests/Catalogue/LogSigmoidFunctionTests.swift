// Tests of Sources/PlotCore/Catalogue/LogSigmoidFunction.swift against its mpmath fixture.

import Testing
@testable import PlotCore

@Suite struct LogSigmoidFunctionTests {
  @Test func withinTwoUlpsOfTheCatalogueReference() {
    expectMatchesCatalogue(LogSigmoidFunction(), "logsigmoid")
  }
}
