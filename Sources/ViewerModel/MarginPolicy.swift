// The margin policy: ViewerState decides when and how the margins are refitted (from the
// ranges, or keeping every data point at its pixel), and the scene measures what the frame
// needs (tick labels, title, axis labels) at each viewport tried. The frame model, the
// scene tests and the benchmark all fit margins through here, so none keeps a copy.

import PlotCore
import PlotRender

extension ViewerState {
  /// Fits the margins to the view, measured by `scene` for `frame` as it would be drawn
  /// at each viewport tried (the frame's own viewport is replaced); returns whether
  /// anything changed. Cheap when no input since the last fit asks for a refit.
  @discardableResult
  public mutating func fitMargins(measuredBy scene: inout PlotScene, drawing frame: SceneFrame)
    -> Bool
  {
    var measured = frame
    return fitMargins { viewport in
      measured.viewport = viewport
      return scene.margins(for: measured)
    }
  }
}
