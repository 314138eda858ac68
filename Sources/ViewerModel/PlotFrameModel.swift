// The viewer proper: PlotCore's state (what is shown) joined to PlotRender's scene (how
// it is drawn). The window, the headless render, the tests and the benchmark all draw
// through it, so the screenshot, the render command and the screen show the very same
// pixels, and the benchmark times what the program runs.

import PlotCore
import PlotRender

/// View state plus scene: takes inputs, draws frames.
public struct PlotFrameModel: FrameModel {
  public private(set) var state: ViewerState
  private var scene: PlotScene
  /// A short message drawn over the plot, or nil.
  public var notice: String?

  /// A model for a `width` × `height` drawable at `scale`, showing `xRange` and `yRange`
  /// (nil: the default view) with the display choices `display` (under a log or logit
  /// scale `yRange` is in decades) in `style`, with the help overlay listing
  /// BindingTable's rows.
  public init(width: Int, height: Int, scale: Double, xRange: ClosedRange<Double>? = nil,
              yRange: ClosedRange<Double>? = nil, display: DisplayOptions = DisplayOptions(),
              style: PlotStyle = PlotStyle(), font: TrueTypeFont) {
    state = ViewerState(width: width, height: height, scale: scale,
                        xRange: xRange, yRange: yRange, display: display)
    scene = PlotScene(font: font, style: style)
    scene.help = BindingTable.help
    fitMargins()
  }

  /// What a left press on the slider panel began (PlotFrameModel+Sliders.swift).
  var panelPress: PanelPress?

  /// The legend's corner while a drag pans (chosen when it began), so it stays put under
  /// the user's hand; nil when no drag is in progress.
  private var legendPin: Int?

  /// What the next frame shows: the view, the display choices, the probe's pointer and the
  /// box being dragged, all from the state.
  public var frame: SceneFrame {
    SceneFrame(viewport: state.viewport, scale: state.scale, display: state.display,
               pointer: state.pointer, selection: state.selection, notice: notice,
               drawableWidth: state.drawableWidth, drawableHeight: state.drawableHeight,
               legendCorner: state.isDragging ? legendPin : nil)
  }

  /// Applies one input. Pointer moves that keep the pointer outside the plot, where the
  /// scene draws no probe, leave the picture as it is and ask for no frame: moving the
  /// mouse over the margins costs no rendering.
  public mutating func apply(_ input: ViewerInput) -> Bool {
    switch routeThroughPanel(input, panel: scene.lastLayout.sliderPanel) {
    case .unchanged: break
    case .replaced(let routed): return apply(routed)
    case .dropped: return false
    }
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
  public mutating func render(into canvas: inout Canvas) {
    scene.render(frame, into: &canvas)
  }

  /// Whether frames may draw the precision overlay provisionally while a parameter or
  /// the view moves over inputs not evaluated yet (the window's choice; off: every
  /// frame exact, as `render` and the tests draw). PlotScene+Precision.swift decides.
  public var progressivePrecision: Bool {
    get { scene.progressivePrecision }
    set { scene.progressivePrecision = newValue }
  }

  /// Whether the last frame drew the overlay provisionally.
  public var needsRefinement: Bool { scene.precisionNeedsRefinement }

  /// Draws the frame exactly, whatever ``progressivePrecision`` says.
  public mutating func renderExact(into canvas: inout Canvas) {
    let frame = self.frame
    scene.exactly { $0.render(frame, into: &canvas) }
  }

  /// Runs `body` on the scene and the frame ``render(into:)`` would draw with it, so the
  /// benchmark can time the scene's stages of this very frame one by one.
  public mutating func withScene<R>(_ body: (inout PlotScene, SceneFrame) throws -> R) rethrows
    -> R
  {
    let frame = self.frame
    return try body(&scene, frame)
  }

  public mutating func setNotice(_ text: String?) {
    notice = text
  }

  /// Hit-tests the legend as last drawn (its display list): the user clicks what is on screen.
  public func legendCurve(at point: Point) -> PlottedCurve? {
    scene.legendCurve(at: point)
  }

  public var isPickerOpen: Bool { state.display.picker != nil }

  /// Hit-tests the function picker as last drawn.
  public func pickerRow(at point: Point) -> Int? {
    scene.pickerRow(at: point)
  }

  /// The readout of the probe in the last frame drawn (the window draws before copying, so
  /// that frame is the current one), evaluated the way the scene did.
  public var readout: String? {
    guard scene.lastLayout.probe != nil, let p = state.pointer else { return nil }
    guard var readout = ProbeReadout(viewport: state.viewport, pixelX: p.x,
                                     curves: state.display.visibleCurves) else { return nil }
    readout.appendPrecision(state.display)  // the precision overlay's rows, when it is on
    return readout.text
  }

  /// The slider panel in the last frame drawn, nil when it was not shown.
  public var sliderPanel: SliderPanelLayout? { scene.lastLayout.sliderPanel }

  /// The legend's entries in the last frame drawn, with their boxes (device pixels).
  public var legendEntries: [(curve: PlottedCurve, box: Box)] {
    scene.displayList.legendEntries
  }

  /// The legend's corner in the last frame drawn (an index into the scene's corners).
  public var legendCorner: Int? {
    scene.lastLayout.legendCorner
  }

  /// The y axis' tick labels in the last frame drawn, top to bottom as laid out.
  public var yTickLabels: [String] {
    scene.lastLayout.texts(.yTick).map(\.text)
  }

  /// Fits the margins to the view (MarginPolicy.swift), measured by the scene for the
  /// frame as it would be drawn; returns whether anything changed.
  @discardableResult
  private mutating func fitMargins() -> Bool {
    let frame = self.frame
    return state.fitMargins(measuredBy: &scene, drawing: frame)
  }
}
