// Which tick labels an axis shows and how much room they need: thins labels that would
// overlap, and sizes the plot margins so no label overlaps another text or the frame.

import PlotCore

/// The ticks of both axes for one frame, with the labels that are drawn.
struct AxisLayout {
  var x: AxisTicks
  var y: AxisTicks
  /// Whether tick i's label is drawn (labels that would collide are skipped, every
  /// other one, like ImPlot); the grid and tick marks are drawn for every tick.
  var xLabelShown: [Bool]
  var yLabelShown: [Bool]
  /// Widest y tick label (device pixels).
  var yLabelWidth: Double

  /// Target tick spacings (points): about 100 px apart on x, 60 px on y at scale 1.
  static let xSpacing = 100.0
  static let ySpacing = 60.0

  init(frame: SceneFrame, face: FontFace, gap: Double) {
    let vp = frame.viewport
    x = vp.xTicks(targetSpacing: Self.xSpacing * frame.scale)
    y = vp.yTicks(targetSpacing: Self.ySpacing * frame.scale)
    xLabelShown = Self.thinned(x.ticks.map { tick -> (Double, Double) in
      let w = face.measure(tick.label).width
      return (tick.pixel - w / 2, tick.pixel + w / 2)
    }, gap: gap)
    let h = face.ascent + face.descent
    yLabelShown = Self.thinned(y.ticks.reversed().map { ($0.pixel - h / 2, $0.pixel + h / 2) },
                               gap: gap / 2).reversed()
    yLabelWidth = y.ticks.map { face.measure($0.label).width }.max() ?? 0
  }

  /// Keeps every k-th label, with the smallest k for which the kept extents
  /// (increasing along the axis) are at least `gap` apart.
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
