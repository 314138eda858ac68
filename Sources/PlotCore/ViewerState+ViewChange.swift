// The only ways the viewport changes: keeping a drag in progress continuous, as one
// history step, or to a view from the history.

extension ViewerState {
  /// Sets the viewport from outside a drag; a drag in progress continues from here.
  mutating func changeView(_ v: Viewport) -> Bool {
    let changed = setViewport(v)
    if let d = drag { drag = (d.current, d.current, viewport) }
    return changed
  }

  /// ``changeView(_:)`` as one history step: the view before is recorded if it changed.
  mutating func changeViewRecorded(_ v: Viewport) -> Bool {
    let before = ViewSnapshot(viewport)
    guard changeView(v) else { return false }
    history.record(before)
    return true
  }

  /// Shows a view from the history in the current plot rectangle.
  mutating func show(_ v: ViewSnapshot) -> Bool {
    changeView(v.viewport(in: viewport.plot))
  }

  /// The only place the viewport changes: keeps ``display``'s y scale equal to the
  /// viewport's.
  mutating func setViewport(_ v: Viewport) -> Bool {
    guard v != viewport else { return false }
    viewport = v
    display.yScale = v.yAxisScale
    return true
  }
}
