// How the log-magnitude y scale shows the sign it takes away: u = log10|f| draws f and −f
// alike, so the stretches where f < 0 are stroked lighter and thinner, each sign change
// (where log10|f| runs off to −∞) gets a small upward triangle on the plot's bottom edge
// in the curve's colour, and the y label says so. Not by dashes: in multi-function mode
// dash patterns tell the derivative order.

import PlotCore

extension PlotScene {
  /// What the negative stretches' stroke keeps of the curve colour over the background.
  static let negativeStretchOpacity = 0.45
  /// Their stroke width, relative to the curve width.
  static let negativeStretchWidth = 0.6
  /// The sign-change triangle's height, points.
  static let signChangeMarkSize = 8.0

  /// The y label: under log magnitude "|Value|" and what the drawing means.
  func yAxisLabel(_ frame: SceneFrame) -> String {
    guard frame.viewport.yAxisScale == .logMagnitude else { return yLabel }
    return "|" + yLabel + "|  (lighter, thinner: negative; ▲ sign change)"
  }

  /// `color` at `opacity` over the background.
  func mixed(_ color: Color, opacity: Double) -> Color {
    func mix(_ shift: UInt32) -> UInt8 {
      let c = Double((color.argb >> shift) & 0xFF)
      let b = Double((style.background.argb >> shift) & 0xFF)
      return UInt8((b + (c - b) * opacity).rounded())
    }
    return Color(red: mix(16), green: mix(8), blue: mix(0))
  }

  /// Strokes a curve sampled under log magnitude: its positive runs as usual, its
  /// negative runs lighter and thinner, then a triangle at each sign change.
  func emitSignedCurve(_ curve: PlottedCurve, _ samples: SampledCurve, stroke: Stroke,
                       plot: PixelRect, into list: inout DisplayList) {
    let color = self.color(for: curve)
    let dash = look.dash(curve, style, scale: lastLayout.scale)
    for negative in [false, true] {
      let first = list.runCount
      for i in samples.runEnds.indices
      where (i < samples.runIsNegative.count && samples.runIsNegative[i]) == negative {
        list.addRun(samples.run(i))
      }
      guard list.runCount > first else { continue }
      var s = stroke
      if negative { s.width *= Self.negativeStretchWidth }
      list.stroke(runsFrom: first, s, dash: dash,
                  negative ? mixed(color, opacity: Self.negativeStretchOpacity) : color,
                  role: .curve(curve))
    }
    let h = Self.signChangeMarkSize * lastLayout.scale
    let marks = samples.signChanges.filter { $0 >= plot.left && $0 <= plot.right }.map { x in
      [Point(x - h * 0.6, plot.bottom), Point(x + h * 0.6, plot.bottom), Point(x, plot.bottom - h)]
    }
    if !marks.isEmpty { list.polygon(marks, color, role: .curve(curve)) }
  }
}
