import PlotCore
import Testing
@testable import ViewerModel

@Suite struct InputMapTests {
  /// The one action for `e`, nil for none; records an issue when there are several.
  func map(_ e: WindowEvent, scale: Double = 1, sourceLocation: SourceLocation = #_sourceLocation) -> WindowAction? {
    let actions = InputMap.actions(for: e, scale: scale)
    #expect(actions.count <= 1, "\(e) gave \(actions)", sourceLocation: sourceLocation)
    return actions.first
  }

  @Test func wheelZoomsAboutThePointerInDevicePixels() {
    // Window point (10, 20) at scale 2 covers device pixels [20, 22) × [40, 42): centre (21, 41).
    #expect(map(.wheel(amount: 1, flipped: false, x: 10, y: 20, modifiers: []), scale: 2)
      == .input(.wheel(notches: 1, at: Point(21, 41), axes: .both)))
    #expect(map(.wheel(amount: -0.25, flipped: false, x: 0, y: 0, modifiers: []))
      == .input(.wheel(notches: -0.25, at: Point(0.5, 0.5), axes: .both)))
  }

  @Test func flippedWheelIsTurnedBack() {
    #expect(map(.wheel(amount: 2, flipped: true, x: 3, y: 4, modifiers: []))
      == .input(.wheel(notches: -2, at: Point(3.5, 4.5), axes: .both)))
  }

  @Test func modifiersPickTheZoomAxes() {
    func axes(_ m: KeyModifiers) -> ZoomAxes? {
      guard case let .input(.wheel(_, _, axes)) = map(.wheel(amount: 1, flipped: false, x: 0, y: 0, modifiers: m))
      else { return nil }
      return axes
    }
    #expect(axes([.shift]) == .xOnly)
    #expect(axes([.control]) == .yOnly)
    #expect(axes([.shift, .control]) == .both)
    #expect(axes([.alt]) == .both)
  }

  @Test func zeroOrNonFiniteWheelDoesNothing() {
    #expect(map(.wheel(amount: 0, flipped: false, x: 0, y: 0, modifiers: [])) == nil)
    #expect(map(.wheel(amount: .nan, flipped: false, x: 0, y: 0, modifiers: [])) == nil)
  }

  @Test func leftButtonDragsAndTheProbeFollows() {
    #expect(map(.buttonDown(.left, clicks: 1, x: 5, y: 6), scale: 2) == .input(.dragBegan(at: Point(11, 13))))
    #expect(InputMap.actions(for: .motion(x: 7, y: 8, buttons: .left), scale: 1)
      == [.input(.dragMoved(to: Point(7.5, 8.5))), .input(.hover(Point(7.5, 8.5)))])
    #expect(map(.buttonUp(.left, x: 7, y: 8)) == .input(.dragEnded))
    #expect(map(.buttonDown(.other, clicks: 1, x: 5, y: 6)) == nil)
    #expect(map(.buttonUp(.other, x: 5, y: 6)) == nil)
  }

  @Test func rightButtonDrawsAZoomBox() {
    #expect(map(.buttonDown(.right, clicks: 1, x: 5, y: 6), scale: 2) == .input(.boxBegan(at: Point(11, 13))))
    #expect(InputMap.actions(for: .motion(x: 7, y: 8, buttons: .right), scale: 2)
      == [.input(.boxMoved(to: Point(15, 17))), .input(.hover(Point(15, 17)))])
    #expect(map(.buttonUp(.right, x: 7, y: 8)) == .input(.boxEnded))
    // A right double click is just another box (too small to zoom), not a reset.
    #expect(map(.buttonDown(.right, clicks: 2, x: 5, y: 6)) == .input(.boxBegan(at: Point(5.5, 6.5))))
  }

  @Test func hoverFollowsThePointerAndLeavingHidesIt() {
    #expect(map(.motion(x: 7, y: 8, buttons: []), scale: 2) == .input(.hover(Point(15, 17))))
    #expect(map(.pointerLeft) == .input(.hover(nil)))
  }

  @Test func doubleClickResets() {
    #expect(map(.buttonDown(.left, clicks: 2, x: 5, y: 6)) == .input(.resetView))
  }

  @Test func keys() {
    func key(_ k: Key, repeat r: Bool = false) -> WindowAction? {
      map(.keyDown(k, modifiers: [], isRepeat: r))
    }
    for k in [Key("r"), .home] { #expect(key(k) == .input(.resetView)) }
    for k in [Key("+"), "="] { #expect(key(k) == .input(.zoomStep(1))) }
    for k in [Key("-")] { #expect(key(k) == .input(.zoomStep(-1))) }
    let step = InputMap.panFraction
    #expect(key(.left) == .input(.panStep(dx: -step, dy: 0)))
    #expect(key(.right) == .input(.panStep(dx: step, dy: 0)))
    #expect(key(.up) == .input(.panStep(dx: 0, dy: step)))
    #expect(key(.down) == .input(.panStep(dx: 0, dy: -step)))
    #expect(key("q") == .quit)
    // Escape closes what is open first (the loop asks the model, then the window).
    #expect(key(.escape) == .escape)
    for k in [Key("s"), .function(12)] { #expect(key(k) == .screenshot) }
    // A key no row binds only stops a playing parameter (any key stops it).
    #expect(key(.other) == .input(.parameter(.stop)))
    #expect(key("x") == .input(.parameter(.stop)))  // a character no row binds
  }

  /// The explore keys, each with the input it must send; the table in the README lists
  /// the same keys.
  static let exploreKeys: [(Key, WindowAction)] = [
    ("1", .input(.toggleOrder(.value))), ("2", .input(.toggleOrder(.first))),
    ("3", .input(.toggleOrder(.second))), ("n", .input(.togglePicker)),
    ("m", .input(.toggleMarkers)), ("g", .input(.toggleGrid)),
    ("h", .input(.toggleHelp)), (.function(1), .input(.toggleHelp)),
    ("l", .input(.toggleYScale(.log))), ("k", .input(.toggleYScale(.logit))),
    ("a", .input(.fitY)), (.backspace, .input(.historyBack)),
    ("c", .copyReadout), ("f", .toggleFullscreen),
  ]

  @Test func exploreKeys() {
    for (k, action) in Self.exploreKeys {
      #expect(map(.keyDown(k, modifiers: [], isRepeat: false)) == action, "\(k)")
      // Shift held (a sloppy press) does not change what a key does, except for L, whose
      // Shift+L is the log-magnitude scale.
      if k != "l" {
        #expect(map(.keyDown(k, modifiers: [.shift], isRepeat: false)) == action, "Shift+\(k)")
      }
      // Held down, none of them repeats: a toggle would flicker.
      #expect(map(.keyDown(k, modifiers: [], isRepeat: true)) == nil, "\(k) repeated")
    }
  }

  @Test func shiftLChoosesTheLogMagnitudeScale() {
    #expect(map(.keyDown("l", modifiers: [.shift], isRepeat: false))
      == .input(.toggleYScale(.logMagnitude)))
    #expect(map(.keyDown("l", modifiers: [.shift], isRepeat: true)) == nil)
  }

  @Test func altArrowsWalkTheHistoryPlainArrowsPan() {
    #expect(map(.keyDown(.left, modifiers: [.alt], isRepeat: false)) == .input(.historyBack))
    #expect(map(.keyDown(.right, modifiers: [.alt], isRepeat: false)) == .input(.historyForward))
    #expect(map(.keyDown(.left, modifiers: [.alt], isRepeat: true)) == nil)
    #expect(map(.keyDown(.left, modifiers: [.shift], isRepeat: false))
      == .input(.panStep(dx: -InputMap.panFraction, dy: 0)))
    // Alt with ↑ / ↓ has no history meaning: they still pan.
    #expect(map(.keyDown(.up, modifiers: [.alt], isRepeat: false))
      == .input(.panStep(dx: 0, dy: InputMap.panFraction)))
  }

  /// The arrows, run through ViewerState: each moves the view the way its arrow points
  /// (→ shows data further right, ↑ data further up), by InputMap.panFraction of the plot.
  @Test func arrowsMoveTheViewTheWayTheyPoint() {
    let start = ViewerState(width: 800, height: 600)
    func after(_ key: Key) -> Viewport {
      var state = start
      guard case let .input(input) = map(.keyDown(key, modifiers: [], isRepeat: false)) else {
        Issue.record("\(key) is not bound to an input")
        return state.viewport
      }
      let changed = state.apply(input)
      #expect(changed, "\(key) should change the view")
      return state.viewport
    }
    let v = start.viewport
    let dx = InputMap.panFraction * v.x.span, dy = InputMap.panFraction * v.y.span
    let right = after(.right), left = after(.left), up = after(.up), down = after(.down)
    #expect(abs(right.x.min - (v.x.min + dx)) < 1e-9 && right.y == v.y)
    #expect(abs(left.x.min - (v.x.min - dx)) < 1e-9 && left.y == v.y)
    #expect(abs(up.y.max - (v.y.max + dy)) < 1e-9 && up.x == v.x)
    #expect(abs(down.y.max - (v.y.max - dy)) < 1e-9 && down.x == v.x)
  }

  @Test func autoRepeatRepeatsOnlyZoomAndPan() {
    func key(_ k: Key) -> WindowAction? { map(.keyDown(k, modifiers: [], isRepeat: true)) }
    #expect(key(.right) != nil)
    #expect(key("+") != nil)
    for k in [Key("s"), .function(12), "q", .escape, "r", .home] { #expect(key(k) == nil, "\(k)") }
  }

  @Test func closingTheWindowQuits() {
    #expect(map(.closeRequested) == .quit)
  }
}
