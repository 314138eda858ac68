// What the viewer draws besides the view itself: which curves, the story markers, the
// grid, the key help and the y scale. Toggled by keys and legend clicks.

/// The user's display choices. Defaults: S and S' shown (S'' off), markers and grid on,
/// help off, linear y.
public struct DisplayOptions: Sendable, Equatable {
  /// The curves drawn.
  public var curves: Set<Curve> = [.sigmoid, .derivative]
  /// The labelled story points (inflection, extrema of S'', vanishing gradient) (`M`).
  public var showsMarkers = true
  /// The grid at the major ticks (`G`).
  public var showsGrid = true
  /// The overlay listing every binding (`H`, F1).
  public var showsHelp = false
  /// The y axis scale (`L` log, `K` logit; pressing again returns to linear).
  public var yScale: YScale = .linear

  public init() {}

  /// The drawn curves in legend order: S, S', S''.
  public var visibleCurves: [Curve] { Curve.allCases.filter { curves.contains($0) } }
}
