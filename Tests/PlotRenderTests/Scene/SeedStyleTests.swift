// The seed's look (PlotStyle.seed): matplotlib's colours and tick labels, every label of an
// axis with one number of decimals, as matplotlib's ScalarFormatter writes them.

@testable import PlotCore
import Testing
@testable import PlotRender
import ViewerModel

@Suite struct SeedStyleTests {
  @Test func seedFrameHasMatplotlibsTickLabels() {
    var model = PlotFrameModel(width: 640, height: 480, scale: 1, xRange: -11...11,
                               style: .seed, font: TestFonts.dejaVu)
    _ = model.displayList()
    let x = model.withScene { scene, _ in scene.lastLayout.texts(.xTick).map(\.text) }
    #expect(x == ["−10.0", "−7.5", "−5.0", "−2.5", "0.0", "2.5", "5.0", "7.5", "10.0"])
    #expect(model.yTickLabels.sorted() == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
  }

  @Test func theDefaultKeepsShortLabels() {
    var model = PlotFrameModel(width: 640, height: 480, scale: 1, font: TestFonts.dejaVu)
    _ = model.displayList()
    #expect(model.yTickLabels.contains("0") && model.yTickLabels.contains("0.2"))
  }

  @Test func paddingLeavesScientificAxesAlone() {
    var axis = AxisTicks(ticks: [Tick(value: 0, pixel: 0, label: "0"),
                                 Tick(value: 0.25, pixel: 1, label: "0.25"),
                                 Tick(value: 1, pixel: 2, label: "1")], offsetLabel: nil)
    AxisLayout.padDecimals(&axis)
    #expect(axis.ticks.map(\.label) == ["0.00", "0.25", "1.00"])
    var sci = AxisTicks(ticks: [Tick(value: 1e-5, pixel: 0, label: "1e−5"),
                                Tick(value: 0.5, pixel: 1, label: "0.5")], offsetLabel: nil)
    AxisLayout.padDecimals(&sci)
    #expect(sci.ticks.map(\.label) == ["1e−5", "0.5"])
  }
}
