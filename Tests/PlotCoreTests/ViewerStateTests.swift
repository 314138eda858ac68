import Foundation
import TestSupport
import Testing
@testable import PlotCore

@Suite struct ViewerStateTests {
  static func state() -> ViewerState { ViewerState(width: 1200, height: 800, scale: 1) }

  /// Two data values agree to within `ulps` of their magnitude plus `relative` of `span`.
  static func close(_ a: Double, _ b: Double, span: Double, relative: Double = 1e-12) -> Bool {
    abs(a - b) <= relative * span + 4 * max(a.magnitude, b.magnitude).ulp
  }

  @Test func defaultViewIsTheMatplotlibRange() {
    let s = Self.state()
    #expect(s.viewport.x.min == -10 && s.viewport.x.max == 10)
    // Oracle: S and S' are monotone or peak at 0, so their extremes over [-10, 10] are
    // S'(-10) (smallest: S'(x) = S(x)(1 - S(x)) < S(x)) and S(10).
    let lo = sigmoidDerivative(-10)
    let hi = sigmoid(10)
    let pad = (hi - lo) * ViewerState.fitMargin
    #expect(Self.close(s.viewport.y.min, lo - pad, span: 1))
    #expect(Self.close(s.viewport.y.max, hi + pad, span: 1))
    #expect(abs(s.viewport.y.min + 0.05) < 1e-3 && abs(s.viewport.y.max - 1.05) < 1e-3)
  }

  @Test func plotRectComesFromMarginsAndScale() {
    let m = PlotMargins(left: 50, top: 20, right: 10, bottom: 30)
    let s = ViewerState(width: 1000, height: 600, scale: 2, margins: m)
    #expect(s.viewport.plot == PixelRect(left: 100, top: 40, width: 880, height: 500))
  }

  @Test func wheelZoomsAboutTheCursor() {
    var s = Self.state()
    let cursor = Point(333.5, 222.25)
    let v = s.viewport
    let (x, y) = (v.x(forPixelX: cursor.x), v.y(forPixelY: cursor.y))
    do { let changed = s.apply(.wheel(notches: 1, at: cursor, axes: .both)); #expect(changed) }
    let z = s.viewport
    #expect(abs(z.pixelX(forX: x) - cursor.x) < 1e-9 && abs(z.pixelY(forY: y) - cursor.y) < 1e-9)
    #expect(Self.close(z.x.span, v.x.span / ViewerState.wheelNotchFactor, span: v.x.span))
    #expect(Self.close(z.y.span, v.y.span / ViewerState.wheelNotchFactor, span: v.y.span))
    do { let changed = s.apply(.wheel(notches: -1, at: cursor, axes: .both)); #expect(changed) }
    #expect(Self.close(s.viewport.x.min, v.x.min, span: v.x.span))
    #expect(Self.close(s.viewport.y.max, v.y.max, span: v.y.span))
  }

  @Test func fractionalNotchesAddUp() {
    var halves = Self.state()
    var whole = Self.state()
    let at = Point(700, 300)
    _ = halves.apply(.wheel(notches: 0.5, at: at, axes: .both))
    _ = halves.apply(.wheel(notches: 0.5, at: at, axes: .both))
    _ = whole.apply(.wheel(notches: 1, at: at, axes: .both))
    #expect(Self.close(halves.viewport.x.min, whole.viewport.x.min, span: 20))
    #expect(Self.close(halves.viewport.x.max, whole.viewport.x.max, span: 20))
  }

  @Test func axesOnlyZoomLeavesTheOtherAxisAlone() {
    var s = Self.state()
    let before = s.viewport
    do { let changed = s.apply(.wheel(notches: 2, at: Point(500, 500), axes: .xOnly)); #expect(changed) }
    #expect(s.viewport.y == before.y && s.viewport.x != before.x)
    let mid = s.viewport
    do { let changed = s.apply(.wheel(notches: -3, at: Point(500, 500), axes: .yOnly)); #expect(changed) }
    #expect(s.viewport.x == mid.x && s.viewport.y != mid.y)
  }

  @Test func hugeWheelDeltasStopAtTheLimits() {
    var s = Self.state()
    do { let changed = s.apply(.wheel(notches: 1e9, at: Point(600, 400), axes: .both)); #expect(changed) }
    let v = s.viewport
    #expect(v.x.span <= 1.01 * AxisRange.minSpan(magnitude: magnitude(v.x), pixels: v.plot.width))
    do { let changed = s.apply(.wheel(notches: 5, at: Point(600, 400), axes: .both)); #expect(!changed, "already deepest") }
    do { let changed = s.apply(.wheel(notches: -.greatestFiniteMagnitude, at: Point(600, 400), axes: .both)); #expect(changed) }
    #expect(s.viewport.x.span == AxisRange.maxSpan && s.viewport.y.span == AxisRange.maxSpan)
  }

  @Test func dragKeepsTheGrabbedPointUnderThePointer() {
    var s = Self.state()
    let grab = Point(400, 300)
    let v = s.viewport
    let (x, y) = (v.x(forPixelX: grab.x), v.y(forPixelY: grab.y))
    do { let changed = s.apply(.dragBegan(at: grab)); #expect(!changed, "pressing alone changes nothing") }
    var rng = SplitMix64(seed: 0xD2A6)
    for step in 0..<50 {
      let to = Point(rng.uniform(-200...1400), rng.uniform(-200...1000))
      _ = s.apply(.dragMoved(to: to))
      let w = s.viewport
      #expect(abs(w.pixelX(forX: x) - to.x) < 1e-6 && abs(w.pixelY(forY: y) - to.y) < 1e-6,
        "step \(step) to \(to)")
    }
    do { let changed = s.apply(.dragEnded); #expect(!changed) }
    do { let changed = s.apply(.dragMoved(to: Point(1, 1))); #expect(!changed, "no drag after release") }
  }

  @Test func zoomDuringADragKeepsPanningFromHere() {
    var s = Self.state()
    _ = s.apply(.dragBegan(at: Point(400, 300)))
    _ = s.apply(.dragMoved(to: Point(450, 300)))
    _ = s.apply(.wheel(notches: 3, at: Point(450, 300), axes: .both))
    let zoomed = s.viewport
    let x = zoomed.x(forPixelX: 450)
    _ = s.apply(.dragMoved(to: Point(500, 300)))
    #expect(abs(s.viewport.x.span - zoomed.x.span) < 1e-12, "the zoom is not undone")
    #expect(abs(s.viewport.pixelX(forX: x) - 500) < 1e-6)
  }

  @Test func resetReturnsToTheDefaultView() {
    var s = Self.state()
    let home = s.viewport
    do { let changed = s.apply(.resetView); #expect(!changed, "already there") }
    _ = s.apply(.wheel(notches: 7, at: Point(100, 700), axes: .both))
    _ = s.apply(.panStep(dx: 0.3, dy: -0.2))
    do { let changed = s.apply(.resetView); #expect(changed) }
    #expect(s.viewport == home)
  }

  @Test func stepsZoomAboutTheCentreAndPanByPlotFractions() {
    var s = Self.state()
    let v = s.viewport
    let centre = v.plot.center
    let (cx, cy) = (v.x(forPixelX: centre.x), v.y(forPixelY: centre.y))
    do { let changed = s.apply(.zoomStep(2)); #expect(changed) }
    #expect(abs(s.viewport.pixelX(forX: cx) - centre.x) < 1e-9)
    #expect(abs(s.viewport.pixelY(forY: cy) - centre.y) < 1e-9)
    #expect(Self.close(s.viewport.x.span, v.x.span / pow(ViewerState.keyZoomFactor, 2), span: 20))
    var p = Self.state()
    do { let changed = p.apply(.panStep(dx: 1, dy: 0)); #expect(changed) }
    #expect(Self.close(p.viewport.x.min, v.x.max, span: 20), "one plot width to the right")
    do { let changed = p.apply(.panStep(dx: 0, dy: 0.5)); #expect(changed) }
    #expect(Self.close(p.viewport.y.min, v.y.min + v.y.span / 2, span: 1), "half a height up")
  }

  @Test func resizeKeepsTheDataRangeAndClampsTheSize() {
    var s = Self.state()
    let v = s.viewport
    do { let changed = s.apply(.resized(width: 640, height: 480, scale: 1)); #expect(changed) }
    #expect(s.viewport.x == v.x && s.viewport.y == v.y)
    #expect(s.viewport.plot == PlotMargins.standard.plotRect(width: 640, height: 480, scale: 1))
    do { let changed = s.apply(.resized(width: 0, height: -5, scale: .nan)); #expect(changed) }
    #expect(s.drawableWidth == 1 && s.drawableHeight == 1 && s.scale == 1)
    #expect(s.viewport.plot.width >= 1 && s.viewport.plot.height >= 1)
    do { let changed = s.apply(.resized(width: 0, height: 0, scale: 1)); #expect(!changed, "same clamped size") }
  }

  @Test func inputsThatChangeNothingReturnFalse() {
    var s = Self.state()
    let inputs: [ViewerInput] = [
      .wheel(notches: 0, at: Point(10, 10), axes: .both),
      .wheel(notches: .nan, at: Point(10, 10), axes: .both),
      .wheel(notches: 1, at: Point(.nan, 10), axes: .both),
      .wheel(notches: .infinity, at: Point(.infinity, 10), axes: .xOnly),
      .dragBegan(at: Point(5, 5)), .dragEnded, .dragMoved(to: Point(9, 9)),
      .resized(width: 1200, height: 800, scale: 1), .resetView, .zoomStep(0),
      .panStep(dx: 0, dy: 0), .panStep(dx: .nan, dy: 1),
    ]
    let v = s.viewport
    for input in inputs {
      do { let changed = s.apply(input); #expect(!changed, "\(input)") }
      #expect(s.viewport == v, "\(input)")
    }
  }

  // MARK: - Issue 9: y follows the curves while it is the automatic fit; Esc

  @Test func showingAHiddenCurveRefitsYWhileYIsTheAutomaticFit() {
    var s = ViewerState(width: 1000, height: 700)
    #expect(s.yIsFitted)
    // A zoom in x only leaves y the fit.
    _ = s.apply(.wheel(notches: 2, at: s.viewport.plot.center, axes: .xOnly))
    _ = s.apply(.toggleCurve(.sigmoidSecondDerivative))
    let lobe = sigmoidSecondDerivative(-log(2 + 3.0.squareRoot()))  // S'' min, about -0.096
    #expect(s.viewport.y.min < -0.09 && s.viewport.y.min <= lobe, "S'' lobe shown: \(s.viewport.y)")
    _ = s.apply(.toggleCurve(.sigmoidSecondDerivative))
    #expect(s.viewport.y.min > -0.09, "refitted again when S'' is hidden: \(s.viewport.y)")
    // Once the user sets y (Ctrl+wheel), a toggle leaves it.
    _ = s.apply(.wheel(notches: 1, at: s.viewport.plot.center, axes: .yOnly))
    #expect(!s.yIsFitted)
    let set = s.viewport.y
    _ = s.apply(.toggleCurve(.sigmoidSecondDerivative))
    #expect(s.viewport.y == set)
    // A reset makes y the fit again, to the curves shown (S'' included).
    _ = s.apply(.resetView)
    #expect(s.yIsFitted && s.viewport.y.min <= lobe)
  }

  @Test func aYRangeFromTheCommandLineIsNeverRefitted() {
    var s = ViewerState(width: 1000, height: 700, yRange: 0...1)
    #expect(!s.yIsFitted)
    _ = s.apply(.toggleCurve(.sigmoidSecondDerivative))
    #expect(s.viewport.y.min == 0)
  }

  @Test func dismissClosesTheBoxZoomThenTheHelpThenNothing() {
    var s = ViewerState(width: 1000, height: 700)
    _ = s.apply(.toggleHelp)
    let c = s.viewport.plot.center
    _ = s.apply(.boxBegan(at: c))
    _ = s.apply(.boxMoved(to: Point(c.x + 50, c.y + 40)))
    let closedBox = s.apply(.dismiss)
    #expect(closedBox && s.selection == nil && s.display.showsHelp)
    _ = s.apply(.boxEnded)  // the button let go afterwards zooms to nothing
    #expect(s.viewport.x.min == -10)
    let closedHelp = s.apply(.dismiss)
    #expect(closedHelp && !s.display.showsHelp)
    let closedNothing = s.apply(.dismiss)
    #expect(!closedNothing, "nothing open: the window leaves fullscreen or quits")
  }
}
