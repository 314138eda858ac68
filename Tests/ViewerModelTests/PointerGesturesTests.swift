// PointerGestures: a left press and release within 3 points is a click at the press;
// further is a drag that pans, with no nudge of the view before the slop is passed.

import PlotCore
import Testing
@testable import ViewerModel

@Suite struct PointerGesturesTests {
  /// Feeds `events` through one PointerGestures; returns every action in order.
  func run(
    _ events: [WindowEvent], scale: Double = 1, clickable: (Point) -> Bool = { _ in false }
  ) -> [WindowAction] {
    var gestures = PointerGestures()
    return events.flatMap { gestures.actions(for: $0, scale: scale, clickable: clickable) }
  }

  func clicks(_ actions: [WindowAction]) -> [Point] {
    actions.compactMap { if case let .click(at) = $0 { return at } else { return nil } }
  }

  func drags(_ actions: [WindowAction]) -> [Point] {
    actions.compactMap { if case let .input(.dragMoved(to)) = $0 { return to } else { return nil } }
  }

  @Test func pressAndReleaseInPlaceIsAClickAtThePressInDevicePixels() {
    let actions = run([.buttonDown(.left, clicks: 1, x: 10, y: 20), .buttonUp(.left, x: 10, y: 20)], scale: 2)
    #expect(clicks(actions) == [Point(21, 41)])
    // It is still a (zero-length) drag for the state, which ends it.
    #expect(actions.first == .input(.dragBegan(at: Point(21, 41))))
    #expect(actions.contains(.input(.dragEnded)))
  }

  @Test func jitterWithinTheSlopIsStillAClickAndDoesNotPan() {
    let s = Int(PointerGestures.slop)
    let actions = run([
      .buttonDown(.left, clicks: 1, x: 10, y: 20),
      .motion(x: 10 + s, y: 20, buttons: .left),
      .motion(x: 10, y: 20 - s, buttons: .left),
      .buttonUp(.left, x: 10, y: 20 - s),
    ])
    #expect(clicks(actions) == [Point(10.5, 20.5)])
    #expect(drags(actions).isEmpty, "a click must not nudge the view")
    // The probe still follows the hand.
    #expect(actions.contains(.input(.hover(Point(10.5 + Double(s), 20.5)))))
  }

  @Test func goingPastTheSlopIsADragThatCatchesUpAtOnce() {
    let s = Int(PointerGestures.slop)
    let actions = run([
      .buttonDown(.left, clicks: 1, x: 10, y: 20),
      .motion(x: 12, y: 20, buttons: .left),
      .motion(x: 10 + s, y: 20 + 1, buttons: .left),  // √(s² + 1) > s: past the slop
      .motion(x: 11, y: 20, buttons: .left),  // back near the press: still dragging
      .buttonUp(.left, x: 10, y: 20),
    ])
    #expect(clicks(actions).isEmpty)
    #expect(drags(actions) == [Point(10.5 + Double(s), 21.5), Point(11.5, 20.5)])
  }

  @Test func theSecondPressOfADoubleClickResetsAndIsNoClick() {
    let actions = run([
      .buttonDown(.left, clicks: 1, x: 5, y: 5), .buttonUp(.left, x: 5, y: 5),
      .buttonDown(.left, clicks: 2, x: 5, y: 5), .buttonUp(.left, x: 5, y: 5),
    ])
    #expect(clicks(actions) == [Point(5.5, 5.5)])
    #expect(actions.contains(.input(.resetView)))
  }

  /// A quick second click on a legend entry (as fast as a double click) toggles it again
  /// and leaves the view alone; the same double click beside the entry still resets.
  @Test func aDoubleClickOnSomethingClickableIsTwoClicks() {
    let entry = { (p: Point) in p.x < 20 && p.y < 20 }
    let onEntry = run([
      .buttonDown(.left, clicks: 1, x: 5, y: 5), .buttonUp(.left, x: 5, y: 5),
      .buttonDown(.left, clicks: 2, x: 5, y: 5), .buttonUp(.left, x: 5, y: 5),
    ], clickable: entry)
    #expect(clicks(onEntry) == [Point(5.5, 5.5), Point(5.5, 5.5)])
    #expect(!onEntry.contains(.input(.resetView)))
    let beside = run([
      .buttonDown(.left, clicks: 1, x: 25, y: 5), .buttonUp(.left, x: 25, y: 5),
      .buttonDown(.left, clicks: 2, x: 25, y: 5), .buttonUp(.left, x: 25, y: 5),
    ], clickable: entry)
    #expect(clicks(beside) == [Point(25.5, 5.5)])
    #expect(beside.contains(.input(.resetView)))
  }

  @Test func rightAndOtherButtonsNeverClick() {
    let actions = run([
      .buttonDown(.right, clicks: 1, x: 5, y: 5), .buttonUp(.right, x: 5, y: 5),
      .buttonDown(.other, clicks: 1, x: 5, y: 5), .buttonUp(.other, x: 5, y: 5),
      // A release with no press seen (pressed outside the window) is no click either.
      .buttonUp(.left, x: 5, y: 5),
    ])
    #expect(clicks(actions).isEmpty)
  }

  @Test func otherEventsPassThroughUnchanged() {
    let events: [WindowEvent] = [
      .wheel(amount: 1, flipped: false, x: 1, y: 2, modifiers: []),
      .motion(x: 3, y: 4, buttons: []), .motion(x: 3, y: 4, buttons: .right), .pointerLeft,
      .keyDown("g", modifiers: [], isRepeat: false), .closeRequested,
    ]
    for e in events {
      #expect(run([e], scale: 2) == InputMap.actions(for: e, scale: 2), "\(e)")
    }
  }
}
