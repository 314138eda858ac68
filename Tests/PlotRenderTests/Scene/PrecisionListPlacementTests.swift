// Tests of where the threshold list goes (PlotScene+Precision.swift's placeList): at the
// default view, in every window size tried, it hides no point of the drawn curves (nor
// comes within a few pixels of one), crosses no threshold line, and stays clear of the
// legend and every other text.

import PlotCore
import Testing
@testable import PlotRender

@Suite struct PrecisionListPlacementTests {
  @Test(arguments: [(1280, 720), (960, 600), (800, 600), (1920, 1080), (1024, 768)])
  func theListHidesNoCurve(_ size: (Int, Int)) throws {
    let (scene, _, _) = PrecisionSceneTests.render(PrecisionOverlay(format: .float16),
                                                   width: size.0, height: size.1)
    let layout = scene.lastLayout
    let p = try #require(layout.precision)
    let box = try #require(p.listBox)
    let near = Box(x0: box.x0 - 3, y0: box.y0 - 3, x1: box.x1 + 3, y1: box.y1 + 3)
    #expect(CurveCover.count(in: near, scene.sampled) == 0, "\(size): \(box)")
    #expect(!p.thresholdLines.contains { $0.x1 >= box.x0 && $0.x0 <= box.x1 })
    #expect(!(layout.legend?.overlaps(box) ?? false))
    for t in layout.texts where !(box.x0 <= t.box.x0 && t.box.x1 <= box.x1
                                  && box.y0 <= t.box.y0 && t.box.y1 <= box.y1) {
      #expect(!t.box.overlaps(box), "\(size): \(t.text)")
    }
  }
}
