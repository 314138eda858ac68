// Every binding from what the user does in the window to what the viewer does, in one
// table. Pure: takes a small Swift description of an event (SDLEventTranslation.swift makes
// it from SDL_Event), so the bindings are unit-tested without SDL or a display.

import PlotCore

/// The keys the viewer binds; everything else arrives as `.other` and is ignored.
/// Keys are by meaning (SDL keycodes, so they follow the keyboard layout), not position.
enum Key: Equatable, Sendable {
  case r, home, plus, equals, keypadPlus, minus, keypadMinus
  case left, right, up, down
  case q, escape, s, f12
  case other
}

/// Modifier keys held during an event.
struct KeyModifiers: OptionSet, Equatable, Sendable {
  let rawValue: UInt8
  static let shift = KeyModifiers(rawValue: 1 << 0)
  static let control = KeyModifiers(rawValue: 1 << 1)
  static let alt = KeyModifiers(rawValue: 1 << 2)
}

/// Mouse buttons the viewer tells apart.
enum MouseButton: Equatable, Sendable {
  case left, other
}

/// One window event, reduced to what the bindings look at. Positions are in window
/// coordinates (points, SDL's mouse space, integral), not device pixels.
enum WindowEvent: Equatable, Sendable {
  /// Vertical wheel amount as SDL reports it (preciseY: > 0 away from the user, may be
  /// fractional); `flipped` is SDL_MOUSEWHEEL_FLIPPED ("natural scrolling"), which
  /// inverts the sign SDL reports.
  case wheel(amount: Double, flipped: Bool, x: Int, y: Int, modifiers: KeyModifiers)
  /// `clicks` is SDL's click count: 1 single, 2 double click, ...
  case buttonDown(MouseButton, clicks: Int, x: Int, y: Int)
  case buttonUp(MouseButton, x: Int, y: Int)
  case motion(x: Int, y: Int, leftHeld: Bool)
  /// `isRepeat` is true for auto-repeat while the key is held.
  case keyDown(Key, modifiers: KeyModifiers, isRepeat: Bool)
  /// The window's close button or SDL_QUIT (e.g. Ctrl-C in the terminal).
  case closeRequested
}

/// What the window loop does for an event.
enum WindowAction: Equatable, Sendable {
  /// Hand this to the FrameModel.
  case input(ViewerInput)
  case quit
  /// Save the frame on screen as a BMP.
  case screenshot
}

enum InputMap {
  /// Arrow keys pan by this fraction of the plot area per press (and per auto-repeat).
  /// (ViewerState's number, so the state's documentation and the keys agree.)
  static let panFraction = ViewerState.panStepFraction

  /// The action for `event`, or nil when it is not bound. `scale` is device pixels per
  /// window point (drawable width / window width), so positions reach the model in the
  /// canvas's pixel space.
  static func action(for event: WindowEvent, scale: Double) -> WindowAction? {
    switch event {
    // Event                                   · Action
    case let .wheel(amount, flipped, x, y, modifiers):
      //   wheel away from the user / touchpad up · zoom in about the pointer (notches > 0)
      //   Shift + wheel                          · zoom x only
      //   Ctrl + wheel                           · zoom y only (Shift + Ctrl: both axes)
      let notches = flipped ? -amount : amount
      guard notches != 0, notches.isFinite else { return nil }
      return .input(.wheel(notches: notches, at: devicePoint(x, y, scale), axes: axes(modifiers)))

    case let .buttonDown(.left, clicks, x, y):
      //   left double-click                      · reset the view
      //   left press                             · start dragging (pan)
      return .input(clicks == 2 ? .resetView : .dragBegan(at: devicePoint(x, y, scale)))
    case let .motion(x, y, leftHeld: true):
      //   move with left held                    · the grabbed point follows the pointer
      return .input(.dragMoved(to: devicePoint(x, y, scale)))
    case .buttonUp(.left, _, _):
      //   left release                           · end the drag
      return .input(.dragEnded)
    case .buttonDown(.other, _, _, _), .buttonUp(.other, _, _), .motion(_, _, leftHeld: false):
      return nil

    case let .keyDown(key, _, isRepeat):
      return action(for: key, isRepeat: isRepeat)

    case .closeRequested:
      //   window close button, SDL_QUIT          · quit (exit status 0)
      return .quit
    }
  }

  private static func action(for key: Key, isRepeat: Bool) -> WindowAction? {
    switch key {
    // Key                          · Action (auto-repeat repeats only zoom and pan)
    case .r, .home:                 // R, Home      · reset the view
      return isRepeat ? nil : .input(.resetView)
    case .plus, .equals, .keypadPlus:  // + = KP+   · zoom in one step about the centre
      return .input(.zoomStep(1))     //   (= is + unshifted on US keyboards)
    case .minus, .keypadMinus:      // - KP-        · zoom out one step
      return .input(.zoomStep(-1))
    case .left:                     // ←            · view moves left by 1/10 of the plot
      return .input(.panStep(dx: -panFraction, dy: 0))
    case .right:                    // →            · view moves right
      return .input(.panStep(dx: panFraction, dy: 0))
    case .up:                       // ↑            · view moves up (towards larger y)
      return .input(.panStep(dx: 0, dy: panFraction))
    case .down:                     // ↓            · view moves down
      return .input(.panStep(dx: 0, dy: -panFraction))
    case .q, .escape:               // Q, Escape    · quit
      return isRepeat ? nil : .quit
    case .s, .f12:                  // S, F12       · screenshot of the frame on screen
      return isRepeat ? nil : .screenshot
    case .other:
      return nil
    }
  }

  /// The centre of the device pixels under window point (x, y): SDL reports the pointer's
  /// integral window coordinate, which covers `scale × scale` device pixels.
  static func devicePoint(_ x: Int, _ y: Int, _ scale: Double) -> Point {
    Point((Double(x) + 0.5) * scale, (Double(y) + 0.5) * scale)
  }

  private static func axes(_ modifiers: KeyModifiers) -> ZoomAxes {
    switch (modifiers.contains(.shift), modifiers.contains(.control)) {
    case (true, false): return .xOnly
    case (false, true): return .yOnly
    default: return .both
    }
  }
}
