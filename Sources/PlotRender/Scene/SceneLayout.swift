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

  public var description: String { "(\(x0), \(y0))-(\(x1), \(y1))" }
}

/// What a text is in the plot, which also fixes its face and how it is drawn.
public enum TextRole: Hashable, Sendable {
  case title, xLabel, yLabel, xOffset, yOffset, xTick, yTick, legendEntry, notice
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
  /// The legend's outer box, or nil when it is hidden (no curves, or no room).
  public var legend: Box?
  /// The legend's text size (em, device pixels): the legend face's, or less when the
  /// legend was shrunk to fit a small plot.
  public var legendTextSize = 0.0
  /// The legend's line swatches, one per curve, in legend order.
  public var legendSwatches: [Box] = []
  /// Every text drawn, in drawing order.
  public var texts: [PlacedText] = []
  /// Texts left out because, where the layout put them, they would have left the canvas
  /// or met another text or line: the last line of defence, which the margins and row
  /// spacing should leave idle (the layout tests check that it does).
  public var dropped: [PlacedText] = []

  public init() {}

  /// The texts of one role, in drawing order.
  public func texts(_ role: TextRole) -> [PlacedText] { texts.filter { $0.role == role } }
}
