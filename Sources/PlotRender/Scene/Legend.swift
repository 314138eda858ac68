// Where the legend goes: matplotlib's "best" rule, the candidate box that covers the
// fewest curve samples, tried in matplotlib's order so ties land where users expect.

import PlotCore

enum LegendPlacement {
  /// Anchors as fractions of the free room (0 = left/top, 1 = right/bottom), in the
  /// order matplotlib's `loc="best"` tries them: upper right, upper left, lower left,
  /// lower right, right, center left, center right, lower center, upper center, center.
  static let anchors: [(Double, Double)] = [
    (1, 0), (0, 0), (0, 1), (1, 1), (1, 0.5), (0, 0.5), (1, 0.5), (0.5, 1), (0.5, 0), (0.5, 0.5),
  ]

  /// The box of `width` × `height` inside `plot` (inset by `inset`) that covers the fewest
  /// of the curves' sampled points; the first such box in matplotlib's order. With a
  /// `pinned` corner (an index into ``anchors``; a drag in progress) the box goes there,
  /// whatever it covers. Returns the box and its corner's index.
  static func best(width: Double, height: Double, in plot: PixelRect, inset: Double,
                   curves: [SampledCurve], pinned: Int? = nil,
                   avoiding obstacle: Box? = nil) -> (box: Box, corner: Int) {
    let roomX = Swift.max(0, plot.width - 2 * inset - width)
    let roomY = Swift.max(0, plot.height - 2 * inset - height)
    func box(_ corner: Int) -> Box {
      let (fx, fy) = anchors[corner]
      let x0 = (plot.left + inset + fx * roomX).rounded()
      let y0 = (plot.top + inset + fy * roomY).rounded()
      return Box(x0: x0, y0: y0, x1: x0 + width, y1: y0 + height)
    }
    if let pinned, anchors.indices.contains(pinned) { return (box(pinned), pinned) }
    var best = (box: box(0), corner: 0)
    var bestCount = Int.max
    for corner in anchors.indices {
      let candidate = box(corner)
      // A corner under the slider panel only if every other corner is worse still.
      var count = obstacle.map { $0.overlaps(candidate) } == true ? Int.max / 2 : 0
      for curve in curves {
        for p in curve.points where candidate.contains(p) { count += 1 }
        if count >= bestCount { break }
      }
      if count < bestCount {
        best = (candidate, corner)
        bestCount = count
        if count == 0 { break }
      }
    }
    return best
  }
}
