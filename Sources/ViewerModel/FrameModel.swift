// The seam between the SDL window and what it shows: the window feeds inputs in and asks
// for whole frames out. It knows nothing about SDL, so the plot side stays testable alone.

import PlotCore
import PlotRender

/// What the window shows: takes inputs, draws frames. PlotFrameModel joins PlotCore's
/// ViewerState and PlotRender's scene to it; tests drive the window with others.
///
/// The window calls, in order: `apply(.resized(...))` once at start, then any number of
/// `apply` / `setNotice` calls per batch of events, then `render` once if anything said the
/// picture changed. Canvas sizes are device pixels of the drawable.
public protocol FrameModel {
  /// Applies one input; returns true when the picture changed and a new frame is needed.
  mutating func apply(_ input: ViewerInput) -> Bool
  /// Draws the whole frame at `canvas.width × canvas.height` device pixels, every pixel
  /// (the window reuses the canvas between frames and never clears it).
  mutating func render(into canvas: inout Canvas)
  /// A short status line to draw over the plot (e.g. "saved sigmoid-….bmp" or a save
  /// error), or nil to remove it. The window clears it after about 2 s; the window always
  /// redraws after calling this.
  mutating func setNotice(_ text: String?)
  /// The curve whose legend entry is at `point` (device pixels) in the frame last drawn
  /// (the one the user clicked on), or nil: what a click there toggles.
  mutating func legendCurve(at point: Point) -> PlottedCurve?
  /// The function picker's row at `point` (device pixels) in the frame last drawn, or
  /// nil: what a click there chooses.
  mutating func pickerRow(at point: Point) -> Int?
  /// Whether the function picker is open (it then takes the clicks).
  var isPickerOpen: Bool { get }
  /// The probe's readout as text, one value a line (what `C` copies), or nil while no
  /// probe is shown.
  var readout: String? { get }
  /// The frame the next render draws, as its display list, and the state it shows: what
  /// the SVG screenshot writes and the reproducing command line reads; nil for a model
  /// without them (the default).
  mutating func figure() -> (list: DisplayList, state: ViewerState)?

  // Requirements, not only extension members, so the window (generic over its model)
  // calls the model's own: a member only in an extension is dispatched statically there,
  // and the window saw the defaults below (no panel keys, no animation, no refinement).
  /// Whether the slider panel is shown (its keys then come first).
  var slidersShown: Bool { get }
  /// Whether a parameter plays (the window then draws at the display's rate).
  var isPlaying: Bool { get }
  /// Whether `point` (device pixels) lies on the slider panel of the frame last drawn.
  func sliderPanelContains(_ point: Point) -> Bool
  /// Whether the frame on screen is provisional (the precision overlay sampled while a
  /// parameter moves): the window draws it again with ``renderExact(into:)`` once input
  /// pauses, and before a screenshot.
  var needsRefinement: Bool { get }
  /// Draws the frame as ``render(into:)`` does, never provisionally.
  mutating func renderExact(into canvas: inout Canvas)
}

extension FrameModel {
  /// The function picker's row at `point` in the frame last drawn, or nil (default: none).
  public mutating func pickerRow(at point: Point) -> Int? { nil }
  public var isPickerOpen: Bool { false }

  /// A click (Shift+click with `makePrimary`) at `point`, device pixels: on a picker row
  /// it chooses that row; elsewhere while the picker is open it closes it; on a legend
  /// entry it toggles the curve, or with Shift makes its function primary. Returns
  /// whether the picture changed.
  public mutating func click(at point: Point, makePrimary: Bool) -> Bool {
    if let row = pickerRow(at: point) {
      return apply(.pickerChoose(row: row, makePrimary: makePrimary))
    }
    if isPickerOpen { return apply(.togglePicker) }
    guard let curve = legendCurve(at: point) else { return false }
    return apply(makePrimary ? .makePrimary(curve) : .toggleCurve(curve))
  }
  public mutating func figure() -> (list: DisplayList, state: ViewerState)? { nil }
}

/// The defaults of the slider panel's and the overlay's side of the seam
/// (PlotFrameModel+Sliders.swift): no panel, nothing playing, every frame exact.
extension FrameModel {
  public var slidersShown: Bool { false }
  public var needsRefinement: Bool { false }
  public mutating func renderExact(into canvas: inout Canvas) { render(into: &canvas) }
  public var isPlaying: Bool { false }
  public func sliderPanelContains(_ point: Point) -> Bool { false }
}
