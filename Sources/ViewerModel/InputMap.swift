// From what the user does in the window to what the viewer does: each event's trigger
// looked up in BindingTable. Pure and stateless: takes a small Swift description of an
// event (WindowEvent.swift), so the bindings are unit-tested without SDL or a display.
// Telling a click from a drag needs memory: PointerGestures.swift.

import PlotCore

public enum InputMap {
  /// Arrow keys pan by this fraction of the plot area per press (BindingTable's number).
  public static let panFraction = BindingTable.panFraction

  /// What the loop does for `event`, in order; empty when it is not bound. `scale` is
  /// device pixels per window point (drawable width / window width), so positions reach
  /// the model in the canvas's pixel space.
  /// While `slidersShown`, the slider panel's rows come first for keys (the arrows step
  /// the selected parameter); a key no row binds stops a playing parameter.
  public static func actions(for event: WindowEvent, scale: Double,
                             slidersShown: Bool = false) -> [WindowAction] {
    switch event {
    case let .wheel(amount, flipped, x, y, modifiers):
      // Away from the user (touchpad up) zooms in: notches > 0.
      let notches = flipped ? -amount : amount
      guard notches != 0, notches.isFinite else { return [] }
      switch action(for: .wheel(), held: modifiers) {
      case let .zoomAboutPointer(axes)?:
        return [.input(.wheel(notches: notches, at: devicePoint(x, y, scale), axes: axes))]
      case let .perform(action)?: return [action]
      default: return []
      }

    case let .buttonDown(button, clicks, x, y):
      if clicks == 2, case let .perform(action)? = BindingTable.actions[.doubleClick(button)] {
        return [action]
      }
      let p = devicePoint(x, y, scale)
      switch BindingTable.actions[.drag(button)] {
      case .pan?: return [.input(.dragBegan(at: p))]
      case .boxZoom?: return [.input(.boxBegan(at: p))]
      default: return []
      }
    case let .buttonUp(button, _, _):
      switch BindingTable.actions[.drag(button)] {
      case .pan?: return [.input(.dragEnded)]
      case .boxZoom?: return [.input(.boxEnded)]
      default: return []
      }

    case let .motion(x, y, buttons):
      // A drag's far end follows the pointer; the probe always does.
      let p = devicePoint(x, y, scale)
      var result: [WindowAction] = []
      for (held, button) in [(MouseButtons.left, MouseButton.left), (.right, .right)]
      where buttons.contains(held) {
        switch BindingTable.actions[.drag(button)] {
        case .pan?: result.append(.input(.dragMoved(to: p)))
        case .boxZoom?: result.append(.input(.boxMoved(to: p)))
        default: break
        }
      }
      result.append(.input(.hover(p)))
      return result
    case .pointerLeft:
      // The probe goes with the pointer.
      return [.input(.hover(nil))]

    case let .keyDown(key, modifiers, isRepeat):
      if slidersShown, let action = sliderAction(for: key, held: modifiers) {
        return !isRepeat || BindingAction.perform(action).repeatsWhileHeld ? [action] : []
      }
      guard case let .perform(action)? = self.action(for: .key(key), held: modifiers) else {
        return isRepeat ? [] : [.input(.parameter(.stop))]
      }
      guard
        !isRepeat || BindingAction.perform(action).repeatsWhileHeld else { return [] }
      return [action]

    case .closeRequested:
      // The window's close button, SDL_QUIT: quit (exit status 0).
      return [.quit]
    }
  }

  /// The action bound to `trigger` (given without modifiers) with `held` held: the row
  /// naming exactly the held modifiers among those the rows for this trigger look at (so
  /// Shift+A is A, and Alt+Up pans like Up), else the row naming none (Shift+Ctrl+Wheel
  /// zooms both axes, as the plain wheel).
  static func action(for trigger: Trigger, held: KeyModifiers) -> BindingAction? {
    let looked = held.intersection(BindingTable.modifiersLookedAt[trigger] ?? [])
    let specific: Trigger
    switch trigger {
    case let .key(k, _): specific = .key(k, looked)
    case .wheel: specific = .wheel(looked)
    default: specific = trigger
    }
    return BindingTable.actions[specific] ?? BindingTable.actions[trigger]
  }

  /// The centre of the device pixels under window point (x, y): SDL reports the pointer's
  /// integral window coordinate, which covers `scale × scale` device pixels.
  public static func devicePoint(_ x: Int, _ y: Int, _ scale: Double) -> Point {
    Point((Double(x) + 0.5) * scale, (Double(y) + 0.5) * scale)
  }
}
