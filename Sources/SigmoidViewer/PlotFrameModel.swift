// The viewer proper: PlotCore's state (what is shown) joined to PlotRender's scene (how
// it is drawn). The window and the headless render both draw through it, so the
// screenshot, the render command and the screen show the very same pixels.

import PlotCore
import PlotRender

/// View state plus scene: takes inputs, draws frames.
struct PlotFrameModel: FrameModel {
  private(set) var state: ViewerState
  private var scene: PlotScene
  /// Curves drawn, in legend order.
  var curves: [Curve] = [.sigmoid, .derivative]
  /// A short message drawn over the plot, or nil.
  var notice: String?

  /// A model for a `width` × `height` drawable at `scale`, showing the ranges of `view`.
  init(view: ViewOptions, width: Int, height: Int, scale: Double, font: TrueTypeFont) {
    state = ViewerState(width: width, height: height, scale: scale,
                        xRange: view.xRange, yRange: view.yRange)
    scene = PlotScene(font: font)
    fitMargins(fromScratch: true)
  }

  /// What the next frame shows.
  var frame: SceneFrame {
    SceneFrame(viewport: state.viewport, scale: state.scale, curves: curves, notice: notice,
               drawableWidth: state.drawableWidth, drawableHeight: state.drawableHeight)
  }

  mutating func apply(_ input: ViewerInput) -> Bool {
    guard state.apply(input) else { return false }
    if case .resized = input { fitMargins(fromScratch: true) }
    return true
  }

  /// Draws the current frame; the canvas must have the state's drawable size.
  mutating func render(into canvas: inout Canvas) {
    fitMargins()
    scene.render(frame, into: &canvas)
  }

  mutating func setNotice(_ text: String?) {
    notice = text
  }

  mutating func legendCurve(at point: Point) -> Curve? {
    nil  // wired to the scene's legend layout once it has one
  }

  var readout: String? {
    nil  // wired to ProbeReadout once it exists
  }

  /// The legend's entries in the last frame drawn, with their boxes (device pixels).
  var legendEntries: [(curve: Curve, box: Box)] {
    []  // wired to the scene's legend layout once it has one
  }

  /// The y axis' tick labels in the last frame drawn, top to bottom as laid out.
  var yTickLabels: [String] {
    scene.lastLayout.texts(.yTick).map(\.text)
  }

  /// Grows the margins until every label fits. They never shrink while zooming or
  /// panning, so the plot area stays put: a wheel notch keeps the point under the cursor
  /// exactly, instead of the plot jumping when a label gains a digit. At the start and
  /// after a resize (when the plot moves anyway) they are fitted `fromScratch`, so a
  /// window made smaller, where the scene shrinks its layout, gets smaller margins too.
  private mutating func fitMargins(fromScratch: Bool = false) {
    if fromScratch { _ = state.setMargins(scene.margins(for: frame)) }
    for _ in 0..<3 {
      let need = scene.margins(for: frame)
      let have = state.margins
      let grown = PlotMargins(left: max(have.left, need.left), top: max(have.top, need.top),
                              right: max(have.right, need.right),
                              bottom: max(have.bottom, need.bottom))
      if !state.setMargins(grown) { return }
    }
  }
}
