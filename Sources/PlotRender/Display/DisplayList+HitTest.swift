// Hit-testing on the display list: a click lands in the groups the frame was drawn with,
// so what the user clicks is what the pixels show (the legend's rows, the readout, the
// help), never a record kept beside the drawing that could drift from it.

import PlotCore

extension DisplayList {
  /// A group of the list: its role and its region on the canvas (device pixels).
  public struct Region: Hashable, Sendable {
    public var role: DisplayRole
    public var bounds: Box
  }

  /// Every group, in drawing order.
  public var regions: [Region] {
    items.compactMap { item in
      if case .beginGroup(let bounds, _) = item.content {
        return Region(role: item.role, bounds: bounds)
      }
      return nil
    }
  }

  /// The groups whose bounds hold `p` (edges included), topmost (last drawn) first.
  public func regions(at p: Point) -> [Region] {
    regions.reversed().filter { $0.bounds.contains(p) }
  }

  /// The legend's entries as drawn, in legend order: each curve with its row's box. The
  /// rows tile the legend box, so a click inside it lands in exactly one (edges shared).
  public var legendEntries: [(curve: Curve, box: Box)] {
    regions.compactMap { region in
      if case .legendEntry(_, let curve, _) = region.role { return (curve, region.bounds) }
      return nil
    }
  }

  /// The curves whose legend entries are drawn dimmed (hidden curves), in legend order.
  public var dimmedLegendCurves: [Curve] {
    regions.compactMap { region in
      if case .legendEntry(_, let curve, true) = region.role { return curve }
      return nil
    }
  }

  /// The curve of the legend entry under `p`, or nil: what a click there toggles. On
  /// the edge two rows share, the upper row's.
  public func legendCurve(at p: Point) -> Curve? {
    legendEntries.first { $0.box.contains(p) }?.curve
  }

  /// The items inside the group that item `start` opens (its ``DisplayItem/Content/beginGroup(bounds:end:)``),
  /// nested groups' included; empty when `start` opens none.
  public func members(ofGroupAt start: Int) -> ArraySlice<DisplayItem> {
    guard case .beginGroup(_, let end) = items[start].content else { return items[0..<0] }
    return items[(start + 1)..<end]
  }
}
