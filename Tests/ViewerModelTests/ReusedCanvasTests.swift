// A canvas reused frame after frame (as the window reuses its one) ends every frame with
// the pixels a fresh canvas gets: the clear spares what later opaque fills cover and the
// fills skip blocks that already hold their colour (Canvas, DamageMap, RasterBackend), so
// stale pixels could only hide there. Driven through a k drag, whose steep sigmoid's
// shading covers most of the plot, mixed with zooms, pans and toggles. The reused canvas
// either owns its pixels or draws into lent memory, as the window's draws into its surface;
// and since it holds the frame before, most drag frames are drawn only in the tiles they
// change (FrameDamage), which is what this checks above all.

import PlotCore
import PlotRender
import TestSupport
import Testing
@testable import ViewerModel

@Suite struct ReusedCanvasTests {
  @Test(arguments: [1, 2] as [UInt64], [false, true])
  func everyFrameOnTheReusedCanvasIsTheFreshFrame(seed: UInt64, lent: Bool) throws {
    var rng = SplitMix64(seed: seed)
    let (width, height) = (480, 320)
    var m = PlotFrameModel(width: width, height: height, scale: 1,
                           font: try SliderPanelTests.font.get())
    _ = m.apply(.resized(width: width, height: height, scale: 1))
    _ = m.apply(.parameter(.togglePanel))
    let memory = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: width * height)
    memory.initialize(repeating: 0x1234_5678)  // what a new surface may hold: anything
    defer { memory.deallocate() }
    var reused = lent ? Canvas(lending: memory, width: width, height: height)
                      : Canvas(width: width, height: height)
    m.render(into: &reused)
    let row = try #require(m.sliderPanel?.rows.first)
    _ = m.apply(.dragBegan(at: row.handle))
    var steepFrames = 0, drawnInPart = 0
    for step in 0..<24 {
      // Mostly the drag, from k's minimum to its maximum and about; now and then a view
      // change or a toggle (the shading's boxes move, vanish and come back).
      // Every third step a steep sigmoid (k's track beyond 80%: k over 16).
      let f = step % 3 == 0 ? 0.8 + 0.2 * rng.unit() : rng.unit()
      switch step % 3 == 0 ? 7 : rng.next() % 8 {
      case 0: _ = m.apply(.panStep(dx: 0.1 * (rng.unit() - 0.5), dy: 0))
      case 1: _ = m.apply(.toggleMarkers)
      case 2: _ = m.apply(.toggleGrid)
      default:
        _ = m.apply(.dragMoved(to: Point(row.trackStart + f * (row.trackEnd - row.trackStart),
                                         row.trackY)))
        if f > 0.7 { steepFrames += 1 }
      }
      m.render(into: &reused)
      if m.withScene({ scene, _ in scene.redrawnShare }) < 1 { drawnInPart += 1 }
      // A twin model draws the fresh frame, so m's backend keeps the reused canvas's.
      var twin = m
      var fresh = Canvas(width: width, height: height)
      twin.render(into: &fresh)
      let differing = zip(reused.pixels, fresh.pixels).filter { $0 != $1 }.count
      #expect(differing == 0, "seed \(seed), step \(step): \(differing) stale pixels")
      if lent {
        let elsewhere = zip(memory, fresh.pixels).filter { $0 != $1 }.count
        #expect(elsewhere == 0, "step \(step): \(elsewhere) pixels of the frame missing from the lent memory")
      }
    }
    #expect(steepFrames > 2, "the sweep reached steep sigmoids")
    // Drag frames change little: the backend draws them only where they changed.
    #expect(drawnInPart > 8, "\(drawnInPart) of 24 frames drawn in part")
  }
}
