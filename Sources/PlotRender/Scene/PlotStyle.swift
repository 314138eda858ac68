// How the plot looks: colours, and sizes in points (multiplied by the scale factor to get
// device pixels), so fonts, margins and line widths scale together on HiDPI screens.

import PlotCore

/// Colours and sizes of the plot scene. Sizes are in points; one point is `scale`
/// device pixels.
public struct PlotStyle: Sendable {
  public var background = Color.white
  /// Frame, tick marks and all text.
  public var foreground = Color(red: 0x1A, green: 0x1A, blue: 0x1A)
  /// Grid lines at the major ticks: light, so the curves stay in front.
  public var grid = Color(red: 0xDD, green: 0xDD, blue: 0xDD)
  /// Legend frame.
  public var legendBorder = Color(red: 0xCC, green: 0xCC, blue: 0xCC)
  /// A hidden curve's legend entry: its name in this grey, its swatch faded to
  /// `hiddenSwatchOpacity` over the background, so it reads as "off" but stays clickable.
  public var hiddenLegendText = Color(red: 0xA3, green: 0xA3, blue: 0xA3)
  public var hiddenSwatchOpacity = 0.3
  /// The curves, from the Okabe–Ito palette, which stays distinguishable under the
  /// common colour-vision deficiencies: blue, orange, bluish green.
  public var sigmoidColor = Color(red: 0x00, green: 0x72, blue: 0xB2)
  public var derivativeColor = Color(red: 0xE6, green: 0x9F, blue: 0x00)
  public var secondDerivativeColor = Color(red: 0x00, green: 0x9E, blue: 0x73)
  /// The vanishing-gradient regions: a barely-there warm grey, drawn under the grid.
  public var vanishingShade = Color(red: 0xF6, green: 0xF3, blue: 0xEE)
  /// Dead zones (f' exactly 0, the dying-ReLU region): a cool grey a shade deeper than
  /// the vanishing-gradient tint, which it lies inside.
  public var deadZoneShade = Color(red: 0xEC, green: 0xEE, blue: 0xF2)
  /// Story markers' labels: quieter than the axes' text.
  public var annotation = Color(red: 0x59, green: 0x59, blue: 0x59)
  /// The probe's vertical line.
  public var probeLine = Color(red: 0x9E, green: 0x9E, blue: 0x9E)
  /// The box-zoom rectangle's outline, and its fill laid over the plot at
  /// `selectionOpacity`.
  public var selectionOutline = Color(red: 0x33, green: 0x33, blue: 0x33)
  public var selectionFill = Color(red: 0x00, green: 0x72, blue: 0xB2)
  public var selectionOpacity: Float = 0.1
  /// The key help: the plot behind it darkened by `helpScrim` at `helpScrimOpacity`.
  public var helpScrim = Color.black
  public var helpScrimOpacity: Float = 0.35

  /// Text sizes (em, points). matplotlib's defaults at 100 dpi are 13.9 and 16.7 px.
  public var tickLabelSize = 13.0
  public var axisLabelSize = 14.0
  public var titleSize = 16.0
  public var legendSize = 13.0
  /// Curve stroke width (points); matplotlib draws 1.5 pt = 2.08 px at 100 dpi.
  public var curveWidth = 2.0
  /// Grid, frame and tick mark widths (points).
  public var gridWidth = 1.0
  public var frameWidth = 1.0
  /// Story markers: dot radius, label size (points).
  public var markerRadius = 3.5
  public var markerLabelSize = 11.0
  /// The probe: dot radius, readout text size, tangent width and dash (points).
  public var probeDotRadius = 4.0
  public var readoutSize = 12.0
  /// The readout box's fill: the background at this opacity.
  public var readoutOpacity: Float = 0.88
  public var tangentWidth = 1.25
  public var tangentDash = (on: 6.0, off: 4.0)
  /// How far the tangent reaches either side of the point of contact (points).
  public var tangentHalfLength = 160.0
  /// Outward tick marks (points).
  public var tickLength = 5.0
  /// Gap between tick marks and their labels, and between stacked texts (points).
  public var gap = 4.0
  /// Free space between the outermost texts and the canvas edges (points).
  public var edgePadding = 10.0
  /// The smallest canvas, in points, the layout is made for: every text fits and none
  /// overlaps down to this size. A smaller canvas (a 320×240 render at scale 3, say)
  /// is drawn at the reduced scale that makes it this many points, so fonts, margins
  /// and lines shrink together instead of the labels piling up.
  public var minimumCanvas = (width: 320.0, height: 240.0)
  /// Tick labels of one axis all with the same number of decimals, as matplotlib writes
  /// them ("0.0", "0.2"); off: each label as short as its value ("0", "0.2").
  public var uniformTickDecimals = false

  /// Several functions shown: one colour per function, in legend order, from the
  /// Okabe–Ito palette (blue, orange, bluish green, vermillion, reddish purple, sky
  /// blue, black, yellow last as it is faint on white); a ninth function repeats the first.
  public var functionPalette: [Color] = [
    Color(red: 0x00, green: 0x72, blue: 0xB2), Color(red: 0xE6, green: 0x9F, blue: 0x00),
    Color(red: 0x00, green: 0x9E, blue: 0x73), Color(red: 0xD5, green: 0x5E, blue: 0x00),
    Color(red: 0xCC, green: 0x79, blue: 0xA7), Color(red: 0x56, green: 0xB4, blue: 0xE9),
    Color(red: 0x00, green: 0x00, blue: 0x00), Color(red: 0xF0, green: 0xE4, blue: 0x42),
  ]
  /// Several functions shown: the order by the line style, solid f, dashed f' and dotted
  /// f'' (points; a dotted dash is a round cap's dot, `on` nearly 0).
  public var derivativeDash = (on: 6.0, off: 5.0)
  public var secondDerivativeDash = (on: 0.01, off: 4.0)

  public init() {}

  /// `color` at ``hiddenSwatchOpacity`` over the background: a hidden curve's swatch.
  public func faded(_ color: Color) -> Color {
    func mix(_ shift: UInt32) -> UInt8 {
      let c = Double((color.argb >> shift) & 0xFF), b = Double((background.argb >> shift) & 0xFF)
      return UInt8((b + (c - b) * hiddenSwatchOpacity).rounded())
    }
    return Color(red: mix(16), green: mix(8), blue: mix(0))
  }

  /// The colour a curve is drawn in, by its derivative order: f blue, f' orange, f''
  /// bluish green.
  public func color(for curve: PlottedCurve) -> Color {
    switch curve.order {
    case .value: return sigmoidColor
    case .first: return derivativeColor
    case .second: return secondDerivativeColor
    }
  }
}

extension PlotStyle {
  /// The source post's matplotlib figure: its named colours `blue` (#0000FF) and `orange`
  /// (#FFA500) for S and S'; markers and shading are the caller's display choices.
  public static var seed: PlotStyle {
    var style = PlotStyle()
    style.sigmoidColor = Color(red: 0x00, green: 0x00, blue: 0xFF)
    style.derivativeColor = Color(red: 0xFF, green: 0xA5, blue: 0x00)
    style.uniformTickDecimals = true
    return style
  }
}
