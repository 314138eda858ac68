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
  /// matplotlib's x ticks at its default 640 px figure: nine bins over a 496 px axis.
  static let seedXSpacing = 55.0

  /// Ticks for `viewport` at `scale` device pixels per point; with `uniformDecimals`
  /// every fixed-point label of an axis has as many decimals as its longest (matplotlib's
  /// ScalarFormatter: "0.0", "0.2", ..., "−10.0", "−7.5").
  init(viewport: Viewport, scale: Double, uniformDecimals: Bool = false) {
    // The seed's look also takes matplotlib's steps on x: 2.5 among them, about nine
    // ticks across (MaxNLocator at the default figure's width).
    x = uniformDecimals
      ? viewport.xTicks(targetSpacing: Self.seedXSpacing * scale, withTwoAndAHalf: true)
      : viewport.xTicks(targetSpacing: Self.xSpacing * scale)
    y = viewport.yTicks(targetSpacing: Self.ySpacing * scale)
    if uniformDecimals {
      Self.padDecimals(&x)
      Self.padDecimals(&y)
    }
  }

  /// Pads the fixed-point labels of `axis` with zeros to one number of decimals; labels
  /// in scientific style ("1e−5") are left alone, and so is an axis that has any.
  static func padDecimals(_ axis: inout AxisTicks) {
    let labels = axis.ticks.map(\.label)
    guard !labels.contains(where: { $0.contains("e") }) else { return }
    func decimals(_ s: String) -> Int {
      guard let dot = s.firstIndex(of: ".") else { return 0 }
      return s.distance(from: dot, to: s.endIndex) - 1
    }
    let places = labels.map(decimals).max() ?? 0
    guard places > 0 else { return }
    for i in axis.ticks.indices {
      let label = axis.ticks[i].label
      let have = decimals(label)
      axis.ticks[i].label = label + (have == 0 ? "." : "") + String(repeating: "0", count: places - have)
    }
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
