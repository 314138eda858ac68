// How each ViewerInput changes the viewer state: the one switch over the inputs.
// What the view change itself does (history steps, drags) is in ViewerState+ViewChange.swift.

import Glibc

extension ViewerState {
  /// ``apply(_:)``'s work on the state itself, one case an input; returns whether
  /// anything drawn changed. The y-fit and margin bookkeeping stays in ``apply(_:)``.
  mutating func applyInput(_ input: ViewerInput) -> Bool {
    switch input {
    case .wheel, .hover, .resized: break
    default: wheelStepRecorded = false
    }
    if let handled = applyFunctionInput(input) { return handled }
    switch input {
    case .wheel(let notches, let at, let axes):
      guard notches.isFinite, notches != 0 else { return false }
      let n = Swift.min(Swift.max(notches, -Self.maxNotchesPerEvent), Self.maxNotchesPerEvent)
      let v = viewport.zoomed(by: pow(Self.wheelNotchFactor, -n), about: at, axes: axes)
      if wheelStepRecorded { return changeView(v) }
      wheelStepRecorded = changeViewRecorded(v)
      return wheelStepRecorded

    case .dragBegan(let at):
      guard at.x.isFinite, at.y.isFinite else { return false }
      drag = (at, at, viewport)
      dragOrigin = ViewSnapshot(viewport)
      return false

    case .dragMoved(let to):
      guard var d = drag, to.x.isFinite, to.y.isFinite else { return false }
      d.current = to
      drag = d
      let moved = d.viewport.panned(moving: d.start, to: to)
      return setViewport(moved)

    case .dragEnded:
      if let origin = dragOrigin, origin != ViewSnapshot(viewport) { history.record(origin) }
      drag = nil
      dragOrigin = nil
      return false

    case .resized(let width, let height, let newScale):
      let w = Swift.max(1, width)
      let h = Swift.max(1, height)
      let s = Self.usableScale(newScale) ?? scale
      guard w != drawableWidth || h != drawableHeight || s != scale else { return false }
      drawableWidth = w
      drawableHeight = h
      scale = s
      _ = changeView(viewport.withPlotRect(margins.plotRect(width: w, height: h, scale: s)))
      return true

    case .resetView:
      // Back to the start's margins too, so the fit that follows repeats the start's fit
      // step for step and the frame is the first one's, pixel for pixel.
      let scale = display.yScale
      let u = scale == .linear && !yFollowsCurves
        ? defaultYRange : Self.fittedURange(over: defaultXRange, curves: fitCurves, scale: scale)
      let rect = startMargins.plotRect(width: drawableWidth, height: drawableHeight, scale: self.scale)
      let marginsChanged = margins != startMargins
      margins = startMargins
      let moved = changeViewRecorded(Self.viewport(x: defaultXRange, u: u, plot: rect, scale: scale))
      return moved || marginsChanged

    case .zoomStep(let steps):
      guard steps != 0 else { return false }
      let n = Swift.min(Swift.max(Double(steps), -Self.maxNotchesPerEvent), Self.maxNotchesPerEvent)
      return changeViewRecorded(
        viewport.zoomed(by: pow(Self.keyZoomFactor, -n), about: viewport.plot.center))

    case .hover(let at):
      let p = at.flatMap { $0.x.isFinite && $0.y.isFinite ? $0 : nil }
      guard p != pointer else { return false }
      pointer = p
      return true

    case .toggleCurve(let curve):
      display.toggle(curve)
      // While y is the automatic fit it follows the curves shown (S'''s lobe dips below
      // 0); once the user has set y, it stays.
      if yIsFitted { _ = changeViewRecorded(fitted(scale: display.yScale)) }
      return true

    case .dismiss:
      if boxStart != nil {
        boxStart = nil
        selection = nil
        return true
      }
      if display.showsHelp {
        display.showsHelp = false
        return true
      }
      return false

    case .toggleMarkers:
      display.showsMarkers.toggle()
      return true

    case .toggleGrid:
      display.showsGrid.toggle()
      return true

    case .toggleHelp:
      display.showsHelp.toggle()
      return true

    case .toggleYScale(let requested):
      let scale = display.yScale == requested ? YScale.linear : requested
      return changeViewRecorded(fitted(scale: scale))

    case .fitY:
      return changeViewRecorded(fitted(scale: display.yScale))

    case .boxBegan(let at):
      guard at.x.isFinite, at.y.isFinite else { return false }
      boxStart = at
      let had = selection != nil
      selection = nil
      return had

    case .boxMoved(let to):
      guard let start = boxStart, to.x.isFinite, to.y.isFinite else { return false }
      let box = Self.box(from: start, to: to, within: viewport.plot)
      guard box != selection else { return false }
      selection = box
      return true

    case .boxEnded:
      let box = selection
      boxStart = nil
      selection = nil
      guard let box else { return false }
      if box.width >= Self.minBoxPixels && box.height >= Self.minBoxPixels {
        _ = changeViewRecorded(viewport.zoomed(to: box))
      }
      return true  // the rectangle disappears either way

    case .historyBack:
      guard let v = history.goBack(from: ViewSnapshot(viewport)) else { return false }
      return show(v)

    case .historyForward:
      guard let v = history.goForward(from: ViewSnapshot(viewport)) else { return false }
      return show(v)

    case .togglePicker, .pickerMove, .pickerActivate, .pickerChoose, .cyclePrimary,
      .makePrimary, .toggleOrder:
      return false  // applyFunctionInput's (ViewerState+Functions.swift)
    case .parameter(let p):
      return applyParameter(p)
    case .precision(let p):
      return applyPrecision(p)

    case .panStep(let dx, let dy):
      // dx > 0 shows data further right, dy > 0 data further up: the content moves the
      // other way on screen, by that fraction of the plot's size.
      return changeViewRecorded(
        viewport.panned(byPixels: -dx * viewport.plot.width, dy: dy * viewport.plot.height))
    }
  }

  /// Boxes narrower or shorter than this (device pixels) are a click, not a zoom.
  public static let minBoxPixels = 4.0

  /// The rectangle spanned by two corners, clamped to `plot`; nil if it has no area.
  static func box(from a: Point, to b: Point, within plot: PixelRect) -> PixelRect? {
    func clampX(_ x: Double) -> Double { Swift.min(Swift.max(x, plot.left), plot.right) }
    func clampY(_ y: Double) -> Double { Swift.min(Swift.max(y, plot.top), plot.bottom) }
    let x0 = clampX(Swift.min(a.x, b.x))
    let x1 = clampX(Swift.max(a.x, b.x))
    let y0 = clampY(Swift.min(a.y, b.y))
    let y1 = clampY(Swift.max(a.y, b.y))
    return PixelRect(left: x0, top: y0, width: x1 - x0, height: y1 - y0)
  }
}
