// Where the slider panel's parts went in the last frame: its box, its texts and per
// slider the track, the handle and the area a press grabs. The scene draws from it and
// the window's model hit-tests against it, so a press lands on what is on screen.

import PlotCore

/// One slider as laid out, device pixels.
public struct SliderRowLayout: Hashable, Sendable {
  /// The slider's index in ``DisplayOptions/parameterSliders``.
  public var index: Int
  /// The row (label line and track line), highlighted when selected.
  public var box: Box
  /// The track's ends: the handle's centre at the minimum and at the maximum.
  public var trackStart: Double, trackEnd: Double
  /// The track's centre line.
  public var trackY: Double
  /// The handle's centre and radius.
  public var handle: Point
  public var handleRadius: Double
  /// Where a press grabs the slider: the track and its handle, with a margin.
  public var hitBox: Box
  public var isSelected: Bool

  /// Where `x` falls along the track, 0 (minimum) to 1 (maximum), clamped.
  public func fraction(atX x: Double) -> Double {
    let span = trackEnd - trackStart
    guard span > 0, x.isFinite else { return 0 }
    return Swift.min(Swift.max((x - trackStart) / span, 0), 1)
  }
}

/// The slider panel of one frame.
public struct SliderPanelLayout: Hashable, Sendable {
  /// The panel's box (over the plot, inside it).
  public var box: Box
  /// Its texts (heading, names and values, range ends), role ``TextRole/sliderText``.
  public var texts: [PlacedText] = []
  /// Colours of ``texts``, parallel: dark for names and values, grey for the rest.
  public var dim: [Bool] = []
  /// Pixel sizes of ``texts``, parallel.
  public var textSizes: [Double] = []
  /// The rows, in panel order.
  public var rows: [SliderRowLayout] = []
  /// The text size used, device pixels.
  public var textSize: Double

  /// The slider a press at `p` grabs and where along its track, or nil.
  public func slider(at p: Point) -> (index: Int, fraction: Double)? {
    guard let row = rows.first(where: { $0.hitBox.contains(p) }) else { return nil }
    return (row.index, row.fraction(atX: p.x))
  }
}
