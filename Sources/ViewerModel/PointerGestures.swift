// Tells a left click from a drag, the one binding that needs memory of earlier events.
// Wraps the stateless InputMap: the loop feeds every event through here. No SDL.
// The click is BindingTable's `.click(.left)` row.

import PlotCore

/// A left press and release with the pointer kept within ``slop`` of the press is a
/// click (it can toggle a legend entry); one that goes further is a drag (it pans).
///
/// While the press is still a click, the drag's motion is held back, so clicking the
/// legend never nudges the view by a hand's tremor. Once the pointer goes past the slop
/// the held-back motion is released as one `dragMoved` to where the pointer is: the pan
/// works from the press's snapshot, so the grabbed point lands exactly under the pointer.
/// The second press of a double click resets the view (InputMap) and is never a click,
/// except on something a click acts on (a legend entry): there every press is a click of
/// its own, so toggling an entry off and on again quickly never resets the view instead.
public struct PointerGestures: Sendable {
  /// How far, in window points, the pointer may move between press and release for the
  /// pair to count as a click: 3, as in the usual toolkits' drag thresholds.
  public static let slop = 3.0

  /// The window point of a left press that may still become a click.
  private var pendingPress: (x: Int, y: Int)?

  /// Whether a left press in progress is still a click (has stayed within the slop).
  public var isClickPending: Bool { pendingPress != nil }

  public init() {}

  /// What the loop does for `event`: InputMap's actions, minus the motion of a press that
  /// is still a click, plus `.click(at:)` (device pixels, the press's point) on a click's
  /// release. `clickable` tells whether a click at a device point would act on something
  /// (the loop asks the model's legend); presses there are never part of a double click.
  public mutating func actions(
    for event: WindowEvent, scale: Double, modifiers: KeyModifiers = [],
    slidersShown: Bool = false,
    clickable: (Point) -> Bool = { _ in false }
  ) -> [WindowAction] {
    var event = event
    if case let .buttonDown(.left, clicks, x, y) = event, clicks > 1,
      clickable(InputMap.devicePoint(x, y, scale)) {
      event = .buttonDown(.left, clicks: 1, x: x, y: y)
    }
    var actions = InputMap.actions(for: event, scale: scale, slidersShown: slidersShown)
    switch event {
    case let .buttonDown(.left, clicks, x, y):
      pendingPress = clicks == 1 && Self.clicks ? (x, y) : nil
    case let .motion(x, y, buttons) where buttons.contains(.left):
      if let press = pendingPress {
        if Self.withinSlop(press, (x, y)) {
          actions.removeAll { if case .input(.dragMoved) = $0 { return true } else { return false } }
        } else {
          pendingPress = nil
        }
      }
    case let .buttonUp(.left, x, y):
      if let press = pendingPress, Self.withinSlop(press, (x, y)) {
        let at = InputMap.devicePoint(press.x, press.y, scale)
        let held = modifiers.intersection(.shift)
        let modified = held.isEmpty ? nil : BindingTable.actions[.modifiedClick(.left, held)]
        actions.append(modified == .primaryAt ? .primaryClick(at: at) : .click(at: at))
      }
      pendingPress = nil
    default:
      break
    }
    return actions
  }

  /// Whether the table binds a left click (BindingTable's `.click(.left)` row): without
  /// one, a press is a drag from the start.
  private static let clicks = BindingTable.actions[.click(.left)] == .clickAt

  private static func withinSlop(_ a: (x: Int, y: Int), _ b: (x: Int, y: Int)) -> Bool {
    let dx = Double(b.x - a.x), dy = Double(b.y - a.y)
    return (dx * dx + dy * dy).squareRoot() <= slop
  }
}
