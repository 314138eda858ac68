// The items of a DisplayList: what is drawn (Content), how it is painted (Paint, Stroke,
// Dash, TextRun) and what it is (DisplayRole). Values only; DisplayList builds them and
// the backends read them.

import PlotCore

/// One drawing operation of a frame, and what it stands for.
public struct DisplayItem: Hashable, Sendable {
  /// What the item is in the plot: for hit-testing, tests and an SVG writer's grouping.
  public var role: DisplayRole
  public var content: Content

  public init(role: DisplayRole, content: Content) {
    self.role = role
    self.content = content
  }

  /// The drawing operation. Geometry is in device pixels, y down; `runs` index runs of
  /// the list's ``DisplayList/geometry``.
  public enum Content: Hashable, Sendable {
    /// Every pixel of the canvas set to the colour (alpha ignored).
    case clear(Color)
    /// An axis-aligned rectangle: exact area coverage when opaque; a translucent one
    /// covers its whole pixels (its edges rounded), as a tint over the plot.
    case rect(Box, Paint)
    /// A filled disk (the stroker's round dot of diameter 2 × radius).
    case disk(center: Point, radius: Double, Paint)
    /// Closed contours (each run joined last to first) filled under the non-zero rule.
    case polygon(runs: Range<Int>, Paint)
    /// Open polylines stroked with `Stroke`. Undashed, the runs are one shape (filled
    /// once). Dashed, each run is dashed from its own start and each dash is filled on
    /// its own (one short fill per dash is far cheaper than one across the plot).
    case stroke(runs: Range<Int>, Stroke, dash: Dash?, Paint)
    /// A line of text.
    case text(TextRun)
    /// Until the matching ``endClip``, only pixels inside the rectangle (and any
    /// enclosing clip) are drawn.
    case beginClip(ClipRect)
    case endClip
    /// Until the item at index `end` (an ``endGroup``), items belong to this item's role,
    /// whose region on the canvas is `bounds` (hit-testing reads it).
    case beginGroup(bounds: Box, end: Int)
    case endGroup
  }
}

/// How an area is painted: one colour at an opacity.
public struct Paint: Hashable, Sendable {
  /// The colour; its alpha is ignored (``opacity`` says how much shows).
  public var color: Color
  /// 0...1; 1 is opaque.
  public var opacity: Float

  public init(_ color: Color, opacity: Float = 1) {
    self.color = color
    self.opacity = opacity
  }
}

/// One line of text in the scene's font: string, size, where its anchor sits on its
/// baseline, turned or not, and its colour. Positions are the layout's, so every
/// backend puts the text where the layout measured it.
public struct TextRun: Hashable, Sendable {
  /// Which way the text reads.
  public enum Rotation: Hashable, Sendable {
    /// Left to right, baseline horizontal.
    case none
    /// A quarter turn counter-clockwise: reading upwards, baseline vertical (the y label).
    case up
  }

  public var text: String
  /// Em size in device pixels (the face is the font at this size).
  public var pixelSize: Double
  /// The anchor point on the baseline: for upright text x along the baseline and the
  /// baseline's y; turned `.up`, the baseline's x and y along it (device pixels).
  public var anchorPoint: Point
  /// Which point along the text's advance the anchor is: start, middle or end.
  public var anchor: TextAnchor
  public var rotation: Rotation
  public var color: Color

  public init(_ text: String, pixelSize: Double, at anchorPoint: Point, anchor: TextAnchor = .left,
              rotation: Rotation = .none, color: Color) {
    self.text = text
    self.pixelSize = pixelSize
    self.anchorPoint = anchorPoint
    self.anchor = anchor
    self.rotation = rotation
    self.color = color
  }
}

/// What an item is in the plot. The curve identity it carries is the scene's own.
public enum DisplayRole: Hashable, Sendable {
  case background
  /// The vanishing-gradient shading under the grid.
  case shading
  /// The box-zoom rectangle: its tint and outline.
  case selection
  case grid
  case probeLine
  case tickMark
  case frame
  /// The plot area's clip (the curves and the tangent are drawn inside it).
  case plotClip
  case curve(PlottedCurve)
  /// The dashed tangent at the probe.
  case tangent
  /// A story marker's dot, on its curve.
  case markerDot(PlottedCurve)
  /// The dead-zone shading (f' exactly 0), over the vanishing-gradient shading.
  case deadZone
  /// A dot at a kink of the curve: filled at the value taken, open at a limit not taken.
  case kinkDot(PlottedCurve, filled: Bool)
  /// An impulse arrow (a Dirac delta) on the curve: its shaft and head.
  case impulse(PlottedCurve)
  /// A probe dot where the probe line meets a curve.
  case probeDot(PlottedCurve)
  /// The legend's box (a group) and its frame.
  case legend
  /// Legend entry `index` (a group over its row), naming `curve`; `dimmed` when the
  /// curve is hidden. A click in the group's bounds toggles the curve.
  case legendEntry(index: Int, curve: PlottedCurve, dimmed: Bool)
  /// A text laid out under the overlap rule, or an overlay's text, by its role.
  case text(TextRole)
  /// The notice's dark box.
  case notice
  /// The probe's readout box (a group), and a swatch in it for a curve.
  case readout
  case readoutSwatch(PlottedCurve)
  /// The key help overlay (a group) and its scrim over the canvas.
  case help
  /// The function picker overlay (a group) and its scrim; a row of it (a group), the
  /// catalogue's row `row`, `shown` when that function is listed.
  case picker
  case pickerEntry(row: Int, shown: Bool)
  /// The slider panel (a group) and its box; one slider (a group over the area a press
  /// grabs): its track and handle.
  case sliderPanel
  case slider(index: Int, selected: Bool)
  /// A part of the precision overlay (PlotScene+PrecisionDrawing.swift).
  case precision(PrecisionPart)
}

/// What a precision-overlay item is.
public enum PrecisionPart: Hashable, Sendable {
  /// The primary function's curve of this order as the format computes it: the column
  /// ranges of its step function. (By order, not curve: a role is copied per item, and a
  /// curve's copy costs reference counting.)
  case steps(DerivativeOrder)
  /// That curve's error in ulps in the strip.
  case error(DerivativeOrder)
  /// Marks where results are 0 (true value not), infinite or NaN, and the key's swatches.
  case event(FormatEvents)
  /// The strip's grid and half-ulp line.
  case stripScale
  /// A threshold's vertical line.
  case threshold
  /// The threshold list's box.
  case list
}

/// Where a text's anchor point sits along its advance: its start, middle or end.
public enum TextAnchor: Hashable, Sendable {
  case left, center, right
}
