// The current frame as a display list without pixels: what a vector writer (SVG) reads.
// The same stages render(into:) runs before rasterizing, so the figure is the picture.

import PlotCore
import PlotRender

extension PlotFrameModel {
  /// Samples, lays out and describes the current frame at the state's drawable size, and
  /// returns its display list: exactly what ``render(into:)`` would rasterize.
  public mutating func displayList() -> DisplayList {
    let width = state.drawableWidth, height = state.drawableHeight
    return withScene { scene, frame in
      // A figure is never provisional: it is saved, not replaced by the next frame.
      scene.exactly { scene in
        scene.sampleCurves(frame)
        scene.layOut(frame, width: width, height: height)
        scene.buildDisplayList(frame)
        return scene.displayList
      }
    }
  }

  /// The current frame's display list and the state it shows (FrameModel's figure).
  public mutating func figure() -> (list: DisplayList, state: ViewerState)? {
    (displayList(), state)
  }

  /// The plot's title as the scene draws it (an SVG's <title>).
  public mutating func title() -> String {
    withScene { scene, frame in scene.title(for: frame) }
  }
}
