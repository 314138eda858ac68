// The views visited, for Back and Forward like matplotlib's toolbar. Only the stacks and
// their rules; ViewerState decides when a view change counts as one step.

/// What a history step restores: the x and u ranges and the y scale (not the plot
/// rectangle, which follows the window).
public struct ViewSnapshot: Hashable, Sendable {
  public var x: AxisRange
  /// The u range (scaled y) under `yScale`.
  public var u: AxisRange
  public var yScale: YScale

  public init(_ v: Viewport) {
    x = v.x
    u = v.y
    yScale = v.yAxisScale
  }

  /// This view shown in `plot`.
  public func viewport(in plot: PixelRect) -> Viewport {
    Viewport(x: x, y: u, plot: plot, yAxisScale: yScale)
  }
}

/// Back and forward stacks of views. Recording a new step drops the forward list (as in
/// a browser); at most ``capacity`` steps back are kept.
public struct ViewHistory: Sendable {
  /// Most steps kept behind the current view; the oldest go first.
  public static let capacity = 200

  /// Views before the current one, oldest first.
  public private(set) var back: [ViewSnapshot] = []
  /// Views after the current one (after going back), nearest last.
  public private(set) var forward: [ViewSnapshot] = []

  public init() {}

  /// Records `previous` as the view the current one was reached from.
  public mutating func record(_ previous: ViewSnapshot) {
    if back.last != previous { back.append(previous) }
    if back.count > Self.capacity { back.removeFirst(back.count - Self.capacity) }
    forward.removeAll()
  }

  /// The view before `current` (which becomes the first forward), or nil at the start.
  public mutating func goBack(from current: ViewSnapshot) -> ViewSnapshot? {
    guard let v = back.popLast() else { return nil }
    forward.append(current)
    return v
  }

  /// The view after `current` (which goes back on the back stack), or nil at the end.
  public mutating func goForward(from current: ViewSnapshot) -> ViewSnapshot? {
    guard let v = forward.popLast() else { return nil }
    back.append(current)
    return v
  }
}
