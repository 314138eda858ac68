// Where one frame's texts, frame lines and legend went: the record the scene keeps of the
// last layout it drew, so tests (and callers) can check that nothing overlaps. Values only;
// PlotScene+Layout.swift computes them.

import PlotCore

/// A box in device pixels of the canvas, y down; `x0 <= x1`, `y0 <= y1`.
public struct Box: Hashable, Sendable, CustomStringConvertible {
  public var x0, y0, x1, y1: Double

  public init(x0: Double, y0: Double, x1: Double, y1: Double) {
    self.x0 = x0
    self.y0 = y0
    self.x1 = x1
    self.y1 = y1
  }

  public var width: Double { x1 - x0 }
  public var height: Double { y1 - y0 }

  /// Whether `p` lies in the box, edges included.
  public func contains(_ p: Point) -> Bool {
    p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1
  }

  /// Whether `other` lies wholly inside this box (edges may touch).
  public func contains(_ other: Box) -> Bool {
    other.x0 >= x0 && other.x1 <= x1 && other.y0 >= y0 && other.y1 <= y1
  }

  /// Whether the two boxes share interior area; boxes that only touch do not overlap.
  public func overlaps(_ other: Box) -> Bool {
    x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1
  }

  /// The box moved in by `d` on every side: the inside of a frame drawn `d` wide (a
  /// panel's border, the plot's frame lines).
  public func inset(by d: Double) -> Box {
    Box(x0: x0 + d, y0: y0 + d, x1: x1 - d, y1: y1 - d)
  }

  public var description: String { "(\(x0), \(y0))-(\(x1), \(y1))" }
}

/// What a text is in the plot, which also fixes its face and how it is drawn.
///
/// Texts in ``SceneLayout/texts`` obey the overlap rule (none meets another, a frame line or
/// a tick mark), except the notice. The probe's readout and the key help are overlays with
/// their own opaque boxes, kept apart in ``ProbeLayout`` and ``HelpLayout``.
public enum TextRole: Hashable, Sendable {
  case title, xLabel, yLabel, xOffset, yOffset, xTick, yTick, legendEntry, notice
  /// A story marker's label (inside the plot, clear of the legend and of each other).
  case marker
  /// A label or value of the probe's readout (``ProbeLayout/texts``).
  case readoutLabel, readoutValue
  /// The key help's heading, keys and actions (``HelpLayout/texts``).
  case helpTitle, helpKeys, helpAction
  /// The key help's line saying how to close it, or that the window is too small.
  case helpHint
  /// A text of the slider panel (``SliderPanelLayout/texts``).
  case sliderText
}

/// One text as drawn: its string (ellipsized if it had to be) and its box.
public struct PlacedText: Hashable, Sendable {
  public var text: String
  public var role: TextRole
  /// The pen box: advance width × (font ascent + descent) around the baseline, in
  /// device pixels; for the rotated y label, that box turned a quarter turn. Computed
  /// from FontFace.measure/ascent/descent, so it bounds the glyphs' ink except for
  /// the rare overhang of a slanted or wide glyph past its advance (a pixel at most).
  public var box: Box
  /// The baseline's y (device pixels, whole), or for the rotated label the baseline's x.
  public var baseline: Double
}

/// The geometry of the last frame the scene laid out.
public struct SceneLayout: Hashable, Sendable {
  /// The canvas, (0, 0) to (width, height).
  public var canvas = Box(x0: 0, y0: 0, x1: 0, y1: 0)
  /// Device pixels per point actually used: the frame's scale, reduced when the canvas
  /// is smaller than ``PlotStyle/minimumCanvas`` points so that everything still fits.
  public var scale = 1.0
  /// The frame around the plot, outer edges of its lines.
  public var plotFrame = Box(x0: 0, y0: 0, x1: 0, y1: 0)
  /// The four frame lines (top, bottom, left, right), each a filled box.
  public var frameLines: [Box] = []
  /// The outward tick marks.
  public var tickMarks: [Box] = []
  /// The grid lines at the major ticks (empty when the grid is off), x then y.
  public var gridLines: [Box] = []
  /// The legend's outer box, or nil when it is hidden (no curves, or no room).
  public var legend: Box?
  /// The legend's text size (em, device pixels): the legend face's, or less when the
  /// legend was shrunk to fit a small plot.
  public var legendTextSize = 0.0
  /// Where the legend went: an index into the corners the "best" rule tries
  /// (``SceneFrame/legendCorner`` pins it), or nil when it is hidden.
  public var legendCorner: Int?
  /// The legend's line swatches, one per entry, in legend order.
  public var legendSwatches: [Box] = []
  /// Every text drawn under the overlap rule (and the notice), in drawing order.
  public var texts: [PlacedText] = []
  /// The legend's rows, one per curve (hidden ones too) in legend order, tiling the
  /// legend box top to bottom: a click inside ``legend`` lands in exactly one (edges
  /// shared), and toggles that curve.
  public var legendEntries: [(curve: PlottedCurve, box: Box)] {
    get { legendRows.map { ($0.curve, $0.box) } }
    set { legendRows = newValue.map { LegendRow(curve: $0.curve, box: $0.box, dimmed: false) } }
  }
  /// The curves whose legend entries are drawn dimmed: the hidden ones, in legend order.
  public var dimmedLegendCurves: [PlottedCurve] { legendRows.filter(\.dimmed).map(\.curve) }
  var legendRows: [LegendRow] = []
  /// The vanishing-gradient regions (``StoryPoints/shadedRegions(of:)``) inside
  /// the plot, full plot height; empty when markers are off.
  public var shading: [Box] = []
  /// The dead zones (``StoryPoints/deadZones(of:)``, f' exactly 0) inside the plot, full
  /// plot height, drawn over the shading; empty when markers or shading are off.
  public var deadZones: [Box] = []
  /// The dots at the kinks of the drawn curves (``KinkDot``), always drawn.
  public var kinkDots: [KinkDot] = []
  /// The impulse arrows of the drawn curves (``ImpulseArrow``).
  public var impulses: [ImpulseArrow] = []
  /// The story markers drawn, each a dot on its curve; labels are the `.marker` texts.
  public var markers: [PlacedMarker] = []
  /// The notice's box as drawn (its text with the dark padding), when there is one.
  public var notice: Box?
  /// The probe, when the pointer is inside the plot.
  public var probe: ProbeLayout?
  /// The box-zoom rectangle inside the plot, when one is being dragged.
  public var selection: Box?
  /// The key help overlay, when shown.
  public var help: HelpLayout?
  /// The function picker overlay, when open (PlotScene+Picker.swift).
  public var picker: PickerLayout?
  /// The slider panel, when shown (PlotScene+Sliders.swift).
  public var sliderPanel: SliderPanelLayout?
  /// The precision overlay's strip, thresholds and list, when a format is chosen.
  public var precision: PrecisionLayout?
  /// Texts left out because, where the layout put them, they would have left the canvas
  /// or met another text or line: the last line of defence, which the margins and row
  /// spacing should leave idle (the layout tests check that it does).
  public var dropped: [PlacedText] = []

  public init() {}

  /// The texts of one role, in drawing order (the readout's and help's included).
  public func allTexts(_ role: TextRole) -> [PlacedText] {
    (texts + (probe?.texts ?? []) + (help?.texts ?? [])).filter { $0.role == role }
  }

  /// The texts of one role in ``texts``, in drawing order.
  public func texts(_ role: TextRole) -> [PlacedText] { texts.filter { $0.role == role } }
}


/// One legend row and the curve it names (storage for ``SceneLayout/legendEntries``).
struct LegendRow: Hashable, Sendable {
  var curve: PlottedCurve
  var box: Box
  /// The curve is hidden: its swatch and name are drawn faded.
  var dimmed: Bool
}

/// A story marker as drawn: a dot of `radius` centred on its curve.
public struct PlacedMarker: Hashable, Sendable {
  public var kind: StoryPoint.Kind
  public var curve: PlottedCurve
  /// Device pixels, y down.
  public var center: Point
  public var radius: Double
}

/// The hover probe as drawn.
public struct ProbeLayout: Hashable, Sendable {
  /// The probed data x (``ProbeReadout/x``).
  public var x: Double
  /// The vertical line: one crisp column (or more at high scales) over the plot's height.
  public var line: Box
  /// Where the line meets each drawn curve inside the plot: dot centres, device pixels.
  public var dots: [ProbeDot]
  /// The readout's box, inside the plot beside the probe line, clear of the legend, the
  /// dots, the pointer and the notice; nil when the plot has no room for it.
  public var readout: Box?
  /// How many curve points (a pixel apart, within a clearance) the readout hides: 0 where
  /// the plot had a clear spot for it. Only then is its fill translucent.
  public var readoutHides: Int
  /// A colour swatch before each curve row (legend order), none for x.
  public var swatches: [ProbeDot]
  /// The readout's labels and values.
  public var texts: [PlacedText]
  /// The readout's text size (em, device pixels).
  public var textSize: Double
}

/// A point tied to a curve: a probe dot, or a readout swatch's centre.
public struct ProbeDot: Hashable, Sendable {
  public var curve: PlottedCurve
  public var center: Point
}

/// The key help overlay as drawn: a box centred on the canvas listing ``PlotScene/help``.
public struct HelpLayout: Hashable, Sendable {
  public var box: Box
  /// The heading, each entry's keys and action (full, or their short forms on a small
  /// canvas), then the line saying how to close it; or only lines saying the window is
  /// too small. No text is smaller than 9 px.
  public var texts: [PlacedText]
  /// Text size (em, device pixels): as large as fits, up to the legend's.
  public var textSize: Double
}
