// The margins around the plot: refitted to the labels as a fixed point after the inputs
// that moved the view, or set from outside.

extension ViewerState {
  /// How the margins are refitted: from the view's ranges (start, resize, reset, box zoom,
  /// fits, history: the ranges are what the user asked for and stay), or keeping every data
  /// point at its pixel (wheel, `+`/`-`, pans: the pointer's or the zoom centre's point
  /// must not move when the plot's edge does).
  enum Refit {
    case ranges
    case pixels(anchor: Point)
  }

  /// Fits the margins to the view after the inputs applied since the last call; returns
  /// whether the margins or the view changed. `need` is the scene's measure: the margins
  /// (points) that leave room for every label of a viewport.
  ///
  /// The margins are a fixed point, `need(view(m)) == m`, so they follow the labels both
  /// ways (they shrink again when labels narrow). From the ranges, the search starts from
  /// the start's margins, so the same ranges always get the same plot rectangle (after a
  /// reset, the first frame's); keeping pixels it starts from the current margins (one
  /// measure when nothing changed). The left margin depends only on the y labels, which no
  /// left or right margin changes, and top and bottom only on the font, so the fixed
  /// point is where it starts from only in rare cases of the last x label. When the search
  /// cycles, the largest margins seen grow until every label fits.
  public mutating func fitMargins(_ need: (Viewport) -> PlotMargins) -> Bool {
    guard let refit = pendingRefit else { return false }
    pendingRefit = nil
    let (w, h, s) = (drawableWidth, drawableHeight, scale)
    let base = viewport
    let start: PlotMargins
    let view: (PlotMargins) -> Viewport
    switch refit {
    case .ranges:
      start = startMargins
      view = { base.withPlotRect($0.plotRect(width: w, height: h, scale: s)) }
    case .pixels(let anchor):
      start = margins
      view = { base.reframed(to: $0.plotRect(width: w, height: h, scale: s), keeping: anchor) }
    }
    let fitted = Self.fixedPoint(from: start) { Self.usable(need(view($0))) }
    let v = view(fitted)
    guard fitted != margins || v != viewport else { return false }
    margins = fitted
    _ = changeView(v)
    return true
  }

  /// Margins `m` with `need(m) == m` reached from `start`, or, if the search cycles, the
  /// smallest margins above every one seen that leave room for the labels.
  static func fixedPoint(from start: PlotMargins, need: (PlotMargins) -> PlotMargins)
    -> PlotMargins
  {
    var seen = [start]
    var m = start
    for _ in 0..<4 {
      let next = need(m)
      if next == m { return m }
      if seen.contains(next) { break }
      seen.append(next)
      m = next
    }
    m = seen.dropFirst().reduce(seen[0], Self.larger)
    for _ in 0..<4 {
      let grown = Self.larger(m, need(m))
      if grown == m { break }
      m = grown
    }
    return m
  }

  /// Each side's larger value.
  private static func larger(_ a: PlotMargins, _ b: PlotMargins) -> PlotMargins {
    PlotMargins(left: Swift.max(a.left, b.left), top: Swift.max(a.top, b.top),
                right: Swift.max(a.right, b.right), bottom: Swift.max(a.bottom, b.bottom))
  }

  /// Changes the margins (e.g. once the font's size is known); returns whether they changed.
  /// Non-finite or negative margins are stored as 0 (as ``PlotMargins/plotRect`` reads
  /// them), so NaN, which never equals itself, cannot make every call report a change.
  public mutating func setMargins(_ requested: PlotMargins) -> Bool {
    let newMargins = Self.usable(requested)
    guard newMargins != margins else { return false }
    margins = newMargins
    _ = changeView(viewport.withPlotRect(
      newMargins.plotRect(width: drawableWidth, height: drawableHeight, scale: scale)))
    return true
  }

  /// `m` with each non-finite or negative side replaced by 0.
  static func usable(_ m: PlotMargins) -> PlotMargins {
    func side(_ points: Double) -> Double { points.isFinite && points > 0 ? points : 0 }
    return PlotMargins(left: side(m.left), top: side(m.top), right: side(m.right),
      bottom: side(m.bottom))
  }
}
