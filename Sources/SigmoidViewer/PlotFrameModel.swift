// The viewer proper: PlotCore's state (what is shown) joined to PlotRender's scene (how
// it is drawn). The window and the headless render both draw through it, so the
// screenshot, the render command and the screen show the very same pixels.

import PlotCore
import PlotRender

/// View state plus scene: takes inputs, draws frames.
struct PlotFrameModel: FrameModel {
  private(set) var state: ViewerState
  private var scene: PlotScene
  /// A short message drawn over the plot, or nil.
  var notice: String?

  /// A model for a `width` × `height` drawable at `scale`, showing the ranges of `view`.
  init(view: ViewOptions, width: Int, height: Int, scale: Double, font: TrueTypeFont) {
    state = ViewerState(width: width, height: height, scale: scale,
                        xRange: view.xRange, yRange: view.yRange)
    scene = PlotScene(font: font)
    fitMargins()
  }

  /// The legend's corner while a drag pans (chosen when it began), so it stays put under
  /// the user's hand; nil when no drag is in progress.
  private var legendPin: Int?

  /// What the next frame shows: the view, the display choices, the probe's pointer and the
  /// box being dragged, all from the state.
  var frame: SceneFrame {
    SceneFrame(viewport: state.viewport, scale: state.scale, display: state.display,
               pointer: state.pointer, selection: state.selection, notice: notice,
               drawableWidth: state.drawableWidth, drawableHeight: state.drawableHeight,
               legendCorner: state.isDragging ? legendPin : nil)
  }

  /// Applies one input. Pointer moves that keep the pointer outside the plot, where the
  /// scene draws no probe, leave the picture as it is and ask for no frame: moving the
  /// mouse over the margins costs no rendering.
  mutating func apply(_ input: ViewerInput) -> Bool {
    let probedBefore = mayShowProbe
    let changed = state.apply(input)
    switch input {
    case .dragBegan:
      // The corner the legend has now, as the frame for this view would place it.
      legendPin = scene.layout(for: frame, width: state.drawableWidth,
                               height: state.drawableHeight).legendCorner
    case .dragEnded:
      // Re-placed for where the drag left the curves: the picture may change.
      let pinned = legendPin
      legendPin = nil
      return changed || pinned != nil
    default: break
    }
    // Margins follow every input, not every drawn frame, so the view after a burst of
    // inputs is the same however many frames the window found time to draw on the way.
    let refitted = fitMargins()
    guard changed || refitted else { return false }
    if case .hover = input { return probedBefore || mayShowProbe }
    return true
  }
  /// Whether the pointer is inside the plot rectangle, the most the scene draws a probe
  /// for (it keeps it inside the plot frame's inner edge, a subset).
  private var mayShowProbe: Bool {
    guard let p = state.pointer else { return false }
    let plot = state.viewport.plot
    return p.x >= plot.left && p.x <= plot.right && p.y >= plot.top && p.y <= plot.bottom
  }

  /// Draws the current frame; the canvas must have the state's drawable size. The
  /// margins are already fitted: init and every input in `apply` keep them so.
  mutating func render(into canvas: inout Canvas) {
    scene.render(frame, into: &canvas)
  }

  mutating func setNotice(_ text: String?) {
    notice = text
  }

  /// Hit-tests the legend as last drawn: the user clicks what is on screen.
  mutating func legendCurve(at point: Point) -> PlottedCurve? {
    legendEntries.first { $0.box.contains(point) }?.curve
  }

  /// The readout of the probe in the last frame drawn (the window draws before copying, so
  /// that frame is the current one), evaluated the way the scene did.
  var readout: String? {
    guard scene.lastLayout.probe != nil, let p = state.pointer else { return nil }
    return ProbeReadout(viewport: state.viewport, pixelX: p.x, curves: state.display.visibleCurves)?.text
  }

  /// The legend's entries in the last frame drawn, with their boxes (device pixels).
  var legendEntries: [(curve: PlottedCurve, box: Box)] {
    scene.lastLayout.legendEntries
  }

  /// The legend's corner in the last frame drawn (an index into the scene's corners).
  var legendCorner: Int? {
    scene.lastLayout.legendCorner
  }

  /// The y axis' tick labels in the last frame drawn, top to bottom as laid out.
  var yTickLabels: [String] {
    scene.lastLayout.texts(.yTick).map(\.text)
  }

  /// Fits the margins to the view (ViewerState's policy), measured by the scene for the
  /// frame as it would be drawn; returns whether anything changed.
  @discardableResult
  private mutating func fitMargins() -> Bool {
    var frame = self.frame
    return state.fitMargins { viewport in
      frame.viewport = viewport
      return scene.margins(for: frame)
    }
  }
}
