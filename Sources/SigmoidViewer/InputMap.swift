// Every binding from what the user does in the window to what the viewer does, in one
// table. Pure and stateless: takes a small Swift description of an event
// (SDLEventTranslation.swift makes it from SDL_Event), so the bindings are unit-tested
// without SDL or a display. Telling a click from a drag needs memory: PointerGestures.swift.

import PlotCore

/// The keys the viewer binds; everything else arrives as `.other` and is ignored.
/// Keys are by meaning (SDL keycodes, so they follow the keyboard layout), not position.
enum Key: Equatable, Sendable {
  case r, home, plus, equals, keypadPlus, minus, keypadMinus
  case left, right, up, down
  case q, escape, s, f12
  /// The digits of the main row and the keypad alike.
  case one, two, three
  case m, g, h, f1, l, k, a, c, f, backspace
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
  case left, right, other
}

/// The buttons held during a motion event.
struct MouseButtons: OptionSet, Equatable, Sendable {
  let rawValue: UInt8
  static let left = MouseButtons(rawValue: 1 << 0)
  static let right = MouseButtons(rawValue: 1 << 1)
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
  /// The pointer moved; `buttons` are those held (none: hovering).
  case motion(x: Int, y: Int, buttons: MouseButtons)
  /// The pointer left the window.
  case pointerLeft
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
  /// Close the innermost thing open (box zoom in progress, help overlay, then
  /// fullscreen); quit when nothing is.
  case escape
  /// Save the frame on screen as a BMP.
  case screenshot
  /// Copy the probe's readout to the clipboard and print it on stdout.
  case copyReadout
  /// Switch between the window and fullscreen at the desktop's resolution.
  case toggleFullscreen
  /// A left click (press and release without dragging) at a device point: the loop asks
  /// the model what is there (a legend entry toggles its curve). Made by PointerGestures.
  case click(at: Point)
}

enum InputMap {
  /// Arrow keys pan by this fraction of the plot area per press (and per auto-repeat).
  /// (ViewerState's number, so the state's documentation and the keys agree.)
  static let panFraction = ViewerState.panStepFraction

  /// What the loop does for `event`, in order; empty when it is not bound. `scale` is
  /// device pixels per window point (drawable width / window width), so positions reach
  /// the model in the canvas's pixel space.
  static func actions(for event: WindowEvent, scale: Double) -> [WindowAction] {
    switch event {
    // Event                                   · Action
    case let .wheel(amount, flipped, x, y, modifiers):
      //   wheel away from the user / touchpad up · zoom in about the pointer (notches > 0)
      //   Shift + wheel                          · zoom x only
      //   Ctrl + wheel                           · zoom y only (Shift + Ctrl: both axes)
      let notches = flipped ? -amount : amount
      guard notches != 0, notches.isFinite else { return [] }
      return [.input(.wheel(notches: notches, at: devicePoint(x, y, scale), axes: axes(modifiers)))]

    case let .buttonDown(.left, clicks, x, y):
      //   left double-click                      · reset the view
      //   left press                             · start dragging (pan)
      return [.input(clicks == 2 ? .resetView : .dragBegan(at: devicePoint(x, y, scale)))]
    case .buttonUp(.left, _, _):
      //   left release                           · end the drag
      return [.input(.dragEnded)]
    case let .buttonDown(.right, _, x, y):
      //   right press                            · start a box zoom
      return [.input(.boxBegan(at: devicePoint(x, y, scale)))]
    case .buttonUp(.right, _, _):
      //   right release                          · zoom to the box
      return [.input(.boxEnded)]
    case .buttonDown(.other, _, _, _), .buttonUp(.other, _, _):
      return []

    case let .motion(x, y, buttons):
      //   move with left held                    · the grabbed point follows the pointer
      //   move with right held                   · the box's far corner follows it
      //   any move                               · the probe follows the pointer
      let p = devicePoint(x, y, scale)
      var result: [WindowAction] = []
      if buttons.contains(.left) { result.append(.input(.dragMoved(to: p))) }
      if buttons.contains(.right) { result.append(.input(.boxMoved(to: p))) }
      result.append(.input(.hover(p)))
      return result
    case .pointerLeft:
      //   pointer leaves the window              · hide the probe
      return [.input(.hover(nil))]

    case let .keyDown(key, modifiers, isRepeat):
      return action(for: key, modifiers: modifiers, isRepeat: isRepeat).map { [$0] } ?? []

    case .closeRequested:
      //   window close button, SDL_QUIT          · quit (exit status 0)
      return [.quit]
    }
  }

  /// Whether holding a key repeats its action: only zooming and panning do; a held
  /// toggle would flicker, a held S would fill the disk.
  private static func repeats(_ action: WindowAction) -> Bool {
    switch action {
    case .input(.zoomStep), .input(.panStep): return true
    default: return false
    }
  }

  private static func action(for key: Key, modifiers: KeyModifiers, isRepeat: Bool) -> WindowAction? {
    guard let action = action(for: key, alt: modifiers.contains(.alt)) else { return nil }
    return isRepeat && !repeats(action) ? nil : action
  }

  /// The key table. Auto-repeat repeats only zoom and pan (see `repeats`).
  private static func action(for key: Key, alt: Bool) -> WindowAction? {
    switch key {
    // Key                          · Action
    case .r, .home:                 // R, Home      · reset the view
      return .input(.resetView)
    case .plus, .equals, .keypadPlus:  // + = KP+   · zoom in one step about the centre
      return .input(.zoomStep(1))     //   (= is + unshifted on US keyboards)
    case .minus, .keypadMinus:      // - KP-        · zoom out one step
      return .input(.zoomStep(-1))
    case .left where alt:           // Alt+←        · back to the previous view
      return .input(.historyBack)
    case .right where alt:          // Alt+→        · forward again
      return .input(.historyForward)
    case .backspace:                // Backspace    · back to the previous view
      return .input(.historyBack)
    case .left:                     // ←            · view moves left by 1/10 of the plot
      return .input(.panStep(dx: -panFraction, dy: 0))
    case .right:                    // →            · view moves right
      return .input(.panStep(dx: panFraction, dy: 0))
    case .up:                       // ↑            · view moves up (towards larger y)
      return .input(.panStep(dx: 0, dy: panFraction))
    case .down:                     // ↓            · view moves down
      return .input(.panStep(dx: 0, dy: -panFraction))
    case .a:                        // A            · fit y to the visible curves
      return .input(.fitY)
    case .one:                      // 1            · show / hide S
      return .input(.toggleCurve(.sigmoid))
    case .two:                      // 2            · show / hide S'
      return .input(.toggleCurve(.sigmoidDerivative))
    case .three:                    // 3            · show / hide S''
      return .input(.toggleCurve(.sigmoidSecondDerivative))
    case .l:                        // L            · log y scale (again: linear)
      return .input(.toggleYScale(.log))
    case .k:                        // K            · logit y scale (again: linear)
      return .input(.toggleYScale(.logit))
    case .m:                        // M            · show / hide the story markers
      return .input(.toggleMarkers)
    case .g:                        // G            · show / hide the grid
      return .input(.toggleGrid)
    case .h, .f1:                   // H, F1        · show / hide the key help
      return .input(.toggleHelp)
    case .c:                        // C            · copy the probe's readout (and print it)
      return .copyReadout
    case .f:                        // F            · fullscreen on / off
      return .toggleFullscreen
    case .q:                        // Q            · quit
      return .quit
    case .escape:                   // Escape       · close box zoom, help, fullscreen;
      return .escape                //                quit when none is open
    case .s, .f12:                  // S, F12       · screenshot of the frame on screen
      return .screenshot
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
