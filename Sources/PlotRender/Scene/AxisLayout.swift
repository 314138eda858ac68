// The ticks of both axes for one frame, and the rule that thins labels that would
// collide. Where the labels go is PlotScene+Layout's business; this only says which.

import PlotCore

/// The major ticks of both axes for one frame.
struct AxisLayout {
  var x: AxisTicks
  var y: AxisTicks

  /// Target tick spacings (points): about 100 px apart on x, 60 px on y at scale 1.
  static let xSpacing = 100.0
  static let ySpacing = 60.0

  /// Ticks for `viewport` at `scale` device pixels per point.
  init(viewport: Viewport, scale: Double) {
    x = viewport.xTicks(targetSpacing: Self.xSpacing * scale)
    y = viewport.yTicks(targetSpacing: Self.ySpacing * scale)
  }

  /// The widest y tick label in `face` (device pixels): it sets the left margin.
  func yLabelWidth(_ face: FontFace) -> Double {
    y.ticks.reduce(0) { Swift.max($0, face.measure($1.label).width) }
  }

  /// Keeps every k-th label, with the smallest k for which the kept extents
  /// (increasing along the axis) are at least `gap` apart, like ImPlot; the grid and
  /// tick marks are drawn for every tick regardless.
  static func thinned(_ extents: [(Double, Double)], gap: Double) -> [Bool] {
    guard !extents.isEmpty else { return [] }
    for k in 1...extents.count {
      var previousEnd = -Double.infinity
      var fits = true
      for i in stride(from: 0, to: extents.count, by: k) {
        if extents[i].0 < previousEnd + gap { fits = false; break }
        previousEnd = extents[i].1
      }
      if fits { return extents.indices.map { $0 % k == 0 } }
    }
    return extents.indices.map { $0 == 0 }
  }
}
