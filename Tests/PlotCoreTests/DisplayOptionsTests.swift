// Tests of Sources/PlotCore/DisplayOptions.swift: the default legend and shown curves,
// toggling, and the tangent's curve.

import Testing
@testable import PlotCore

@Suite struct DisplayOptionsTests {
  @Test func defaultsListTheSigmoidAndShowSAndSPrime() {
    let d = DisplayOptions()
    #expect(d.legendCurves == [.sigmoid, .sigmoidDerivative, .sigmoidSecondDerivative])
    #expect(d.visibleCurves == [.sigmoid, .sigmoidDerivative])
    #expect(d.tangentCurve == .sigmoid)
  }

  /// Toggling keeps the legend (hidden curves stay listed); a curve the legend lacks is
  /// added and shown; the tangent goes to the first f shown, or none.
  @Test func togglingShowsHidesAndAddsToTheLegend() throws {
    var d = DisplayOptions()
    d.toggle(.sigmoid)
    #expect(d.visibleCurves == [.sigmoidDerivative] && d.legendCurves.count == 3)
    #expect(d.tangentCurve == nil)
    d.toggle(.sigmoidSecondDerivative)
    #expect(d.visibleCurves == [.sigmoidDerivative, .sigmoidSecondDerivative])
    let steep = try #require(PlottedCurve.sigmoid.setting("k", to: 4))
    d.toggle(steep)
    #expect(d.legendCurves.last == steep && d.visibleCurves.last == steep)
    #expect(d.tangentCurve == steep)
    d.toggle(steep)
    #expect(!d.visibleCurves.contains(steep) && d.legendCurves.contains(steep))
  }
}
