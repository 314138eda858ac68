import Testing
@testable import PlotCore

@Suite struct SigmoidTests {
  @Test func centre() {
    #expect(sigmoid(0) == 0.5)
    #expect(sigmoidDerivative(0) == 0.25)
    #expect(sigmoidSecondDerivative(0) == 0)
  }
}
