// The ticks of the last views laid out, kept: a frame makes its axes twice (the margins
// fitted to the labels, then the layout, on the same view once the margins settle), and
// each time formats every tick label, which is most of what making them costs.

import PlotCore

/// The ``AxisLayout`` of the last few (viewport, scale, uniform decimals) asked for.
///
/// The ticks are a pure function of the key (AxisLayout.init), so a hit is exactly what
/// making them again would give; any change of view, scale or style misses.
struct AxisLayoutCache {
  /// Entries kept: the margins' view and the frame's, when a fit moved the plot.
  static let capacity = 2

  private struct Key: Equatable {
    var viewport: Viewport
    var scale: Double
    var uniformDecimals: Bool
  }

  private var entries: [(key: Key, axes: AxisLayout)] = []
  /// How many axes were made (misses), for tests.
  private(set) var makeCount = 0

  init() {}

  /// The axes for `viewport` at `scale` with `uniformDecimals`, made on a miss.
  mutating func axes(_ viewport: Viewport, scale: Double, uniformDecimals: Bool) -> AxisLayout {
    let key = Key(viewport: viewport, scale: scale, uniformDecimals: uniformDecimals)
    if let i = entries.firstIndex(where: { $0.key == key }) { return entries[i].axes }
    let axes = AxisLayout(viewport: viewport, scale: scale, uniformDecimals: uniformDecimals)
    if entries.count >= Self.capacity { entries.removeFirst() }
    entries.append((key, axes))
    makeCount += 1
    return axes
  }
}
