// View history, box zoom, fit and the y-scale switch as ViewerState applies them.

import Foundation
import Testing
@testable import PlotCore

@Suite struct ViewHistoryTests {
  static func state() -> ViewerState { ViewerState(width: 1200, height: 800, scale: 1) }

  @Test func backAndForwardRetraceTheViews() {
    var s = Self.state()
    let v0 = s.viewport
    do {
      let changed = s.apply(.historyBack)
      #expect(!changed, "nothing to go back to")
    }
    _ = s.apply(.zoomStep(1))
    let v1 = s.viewport
    _ = s.apply(.panStep(dx: 0.1, dy: 0))
    let v2 = s.viewport
    do {
      let changed = s.apply(.historyBack)
      #expect(changed && s.viewport == v1)
    }
    do {
      let changed = s.apply(.historyBack)
      #expect(changed && s.viewport == v0)
    }
    do {
      let changed = s.apply(.historyBack)
      #expect(!changed && s.viewport == v0)
    }
    do {
      let changed = s.apply(.historyForward)
      #expect(changed && s.viewport == v1)
    }
    do {
      let changed = s.apply(.historyForward)
      #expect(changed && s.viewport == v2)
    }
    do {
      let changed = s.apply(.historyForward)
      #expect(!changed)
    }
    // A new change after going back drops the forward list.
    _ = s.apply(.historyBack)
    _ = s.apply(.zoomStep(-1))
    do {
      let changed = s.apply(.historyForward)
      #expect(!changed)
    }
    do {
      let changed = s.apply(.historyBack)
      #expect(changed && s.viewport == v1)
    }
  }

  @Test func aWheelRunOrADragIsOneStep() {
    var s = Self.state()
    let v0 = s.viewport
    let p = s.viewport.plot.center
    for _ in 0..<5 { _ = s.apply(.wheel(notches: 1, at: p, axes: .both)) }
    _ = s.apply(.hover(Point(p.x + 3, p.y)))  // pointer motion does not end the run
    _ = s.apply(.wheel(notches: 1, at: p, axes: .both))
    let zoomed = s.viewport
    _ = s.apply(.dragBegan(at: p))
    for i in 1...10 { _ = s.apply(.dragMoved(to: Point(p.x + Double(i) * 5, p.y))) }
    _ = s.apply(.dragEnded)
    #expect(s.viewport != zoomed)
    do {
      let changed = s.apply(.historyBack)
      #expect(changed && s.viewport == zoomed, "the drag is one step")
    }
    do {
      let changed = s.apply(.historyBack)
      #expect(changed && s.viewport == v0, "six notches are one step")
    }
    // A click (drag without movement) records nothing.
    _ = s.apply(.historyForward)
    _ = s.apply(.historyForward)
    let end = s.viewport
    _ = s.apply(.dragBegan(at: p))
    _ = s.apply(.dragEnded)
    do {
      let changed = s.apply(.historyBack)
      #expect(changed && s.viewport == zoomed)
    }
    _ = end
  }

  @Test func historyRestoresTheScaleToo() {
    var s = Self.state()
    let v0 = s.viewport
    do {
      let changed = s.apply(.toggleYScale(.log))
      #expect(changed)
    }
    #expect(s.display.yScale == .log && s.viewport.yAxisScale == .log)
    #expect(s.viewport.x == v0.x, "the x range stays")
    _ = s.apply(.historyBack)
    #expect(s.viewport == v0 && s.display.yScale == .linear)
    _ = s.apply(.historyForward)
    #expect(s.display.yScale == .log)
    // Pressing L again returns to linear; K goes to logit from any scale.
    _ = s.apply(.toggleYScale(.logit))
    #expect(s.display.yScale == .logit)
    _ = s.apply(.toggleYScale(.logit))
    #expect(s.display.yScale == .linear)
  }

  @Test func boxZoomShowsTheDraggedRectangle() {
    var s = Self.state()
    let v = s.viewport
    let a = Point(v.plot.left + 100, v.plot.top + 50)
    let b = Point(v.plot.left + 400, v.plot.top + 300)
    do {
      let changed = s.apply(.boxBegan(at: b))
      #expect(!changed)
    }
    do {
      let changed = s.apply(.boxMoved(to: a))
      #expect(changed)
    }
    #expect(s.selection == PixelRect(left: a.x, top: a.y, width: 300, height: 250))
    #expect(s.viewport == v, "no zoom until release")
    do {
      let changed = s.apply(.boxEnded)
      #expect(changed)
    }
    #expect(s.selection == nil)
    let z = s.viewport
    let tol = 1e-12
    #expect(abs(z.x.min - v.x(forPixelX: a.x)) < tol && abs(z.x.max - v.x(forPixelX: b.x)) < tol)
    #expect(abs(z.y.max - v.y(forPixelY: a.y)) < tol && abs(z.y.min - v.y(forPixelY: b.y)) < tol)
    do {
      let changed = s.apply(.historyBack)
      #expect(changed && s.viewport == v)
    }
  }

  @Test func tinyBoxesAreIgnoredAndBoxesStayInThePlot() {
    var s = Self.state()
    let v = s.viewport
    _ = s.apply(.boxBegan(at: Point(v.plot.left + 10, v.plot.top + 10)))
    _ = s.apply(.boxMoved(to: Point(v.plot.left + 300, v.plot.top + 13)))
    do {
      let changed = s.apply(.boxEnded)
      #expect(changed && s.viewport == v, "3 px tall: a click, not a zoom")
    }
    _ = s.apply(.boxBegan(at: Point(v.plot.left + 10, v.plot.top + 10)))
    _ = s.apply(.boxMoved(to: Point(-500, 1e6)))
    let sel = s.selection!
    #expect(sel.left == v.plot.left && sel.bottom == v.plot.bottom, "\(sel)")
  }

  @Test(arguments: YScale.allCases)
  func fitYFitsTheVisibleCurvesInTheScale(scale: YScale) {
    var s = Self.state()
    if scale != .linear { _ = s.apply(.toggleYScale(scale)) }
    _ = s.apply(.zoomStep(-3))  // wider x, so the fit changes the y range
    _ = s.apply(.panStep(dx: 0, dy: 0.3))
    do {
      let changed = s.apply(.fitY)
      #expect(changed)
    }
    let v = s.viewport
    // Oracle: the extremes of T(f(x)) over the visible x, sampled densely here.
    var lo = Double.infinity
    var hi = -Double.infinity
    for c in s.display.visibleCurves {
      for i in 0...20000 {
        let u = c.scaledValue(v.x.min + (v.x.max - v.x.min) * Double(i) / 20000, in: scale)
        if u.isFinite { lo = min(lo, u); hi = max(hi, u) }
      }
    }
    let pad = (hi - lo) * ViewerState.fitMargin
    #expect(abs(v.y.min - (lo - pad)) <= 1e-3 * (hi - lo), "\(scale): \(v.y) vs \(lo)…\(hi)")
    #expect(abs(v.y.max - (hi + pad)) <= 1e-3 * (hi - lo), "\(scale): \(v.y) vs \(lo)…\(hi)")
    do {
      let changed = s.apply(.historyBack)
      #expect(changed)
    }
  }

  @Test func logScaleFitReachesTheTails() {
    var s = ViewerState(width: 1200, height: 800, xRange: -800...800)
    _ = s.apply(.toggleYScale(.log))
    // S'(±800) ≈ 10^-347.4: below the smallest double, inside the view.
    #expect(s.viewport.y.min < -347.4 && s.viewport.y.max > 0)
  }
}
