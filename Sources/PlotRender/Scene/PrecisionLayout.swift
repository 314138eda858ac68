// Where the precision overlay's parts went in the last frame: the error strip under
// the plot, its scale, the threshold markers and their list. Values only;
// PlotScene+Precision.swift computes them.

import Glibc
import PlotCore

/// The precision overlay as laid out.
public struct PrecisionLayout: Hashable, Sendable {
  /// The error strip inside its frame lines (nil: the strip is off).
  public var strip: Box?
  /// log10 of the errors at the strip's bottom and top edges (ulps, clamped beyond).
  public var stripDecades: ClosedRange<Double> = PrecisionLayout.decades
  /// The half-ulp line across the strip: correctly rounded results lie on or below it.
  public var halfUlpLine: Box?
  /// The background behind the half-ulp line's label (nil: no label).
  public var halfUlpLabel: Box?
  /// The strip's horizontal grid lines at its labelled decades.
  public var stripGrid: [Box] = []
  /// The key to the special results: one swatch per event (0, ±inf, NaN), in the strip.
  public var keySwatches: [(event: FormatEvents, box: Box)] = []
  /// One vertical line per threshold in view (through the plot and the strip).
  public var thresholdLines: [Box] = []
  /// The box behind the threshold list (its lines are `.marker` texts of the layout).
  public var listBox: Box?
  /// The pixel size the list's lines are drawn at (smaller than the marker labels'
  /// where only a smaller list hides no curve).
  public var listTextSize: Double?

  /// The strip's scale: 1e-2 to 1e6 ulps.
  public static let decades = -2.0...6.0

  public init() {}

  public static func == (a: PrecisionLayout, b: PrecisionLayout) -> Bool {
    a.strip == b.strip && a.stripDecades == b.stripDecades && a.halfUlpLine == b.halfUlpLine
      && a.halfUlpLabel == b.halfUlpLabel
      && a.stripGrid == b.stripGrid && a.thresholdLines == b.thresholdLines
      && a.listBox == b.listBox && a.listTextSize == b.listTextSize && a.keySwatches.map(\.box) == b.keySwatches.map(\.box)
  }

  public func hash(into h: inout Hasher) {
    h.combine(strip)
    h.combine(thresholdLines)
    h.combine(listBox)
  }

  /// The strip's pixel y (down) of an error of `ulps`, clamped to the strip; nil
  /// without a strip. 0 and anything below 1e-2 go to the bottom edge.
  public func stripY(ulps: Double) -> Double? {
    guard let s = strip else { return nil }
    let u = ulps > 0 ? Swift.min(Swift.max(log10Value(ulps), stripDecades.lowerBound),
                                 stripDecades.upperBound) : stripDecades.lowerBound
    let t = (u - stripDecades.lowerBound) / (stripDecades.upperBound - stripDecades.lowerBound)
    return s.y1 - t * s.height
  }

  private func log10Value(_ v: Double) -> Double { log10(v) }
}
