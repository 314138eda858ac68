// What the window reports and what it does, in plain Swift: the window's SDL events reduced
// to what the bindings look at (SDLEventTranslation.swift in the program makes them), and
// the actions the loop carries out. No SDL, so the bindings are tested without a display.

import PlotCore

/// A key the bindings can name. Keys are by meaning (SDL keycodes, so they follow the
/// keyboard layout), not position. A key that types a character is that character, so a
/// binding for a new letter is one row of ``BindingTable`` and nothing else.
public enum Key: Hashable, Sendable, ExpressibleByUnicodeScalarLiteral {
  /// A key that types `scalar`: letters in lower case ("r", whatever Shift says), the
  /// digits of the main row and the keypad alike ("1"), "+", "=", and "-" (the keypad's
  /// + and - are "+" and "-" too).
  case character(Unicode.Scalar)
  case home, left, right, up, down, escape, backspace
  /// Tab and Enter (Return or the keypad's Enter).
  case tab, enter
  /// End (the slider panel's maximum).
  case end
  /// F1 ... F12.
  case function(Int)
  /// Any other key: nothing binds it.
  case other

  /// `"r"` is the R key.
  public init(unicodeScalarLiteral scalar: Unicode.Scalar) {
    self = .character(scalar)
  }
}

/// Modifier keys held during an event.
public struct KeyModifiers: OptionSet, Hashable, Sendable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }
  public static let shift = KeyModifiers(rawValue: 1 << 0)
  public static let control = KeyModifiers(rawValue: 1 << 1)
  public static let alt = KeyModifiers(rawValue: 1 << 2)
}

/// Mouse buttons the viewer tells apart.
public enum MouseButton: Hashable, Sendable {
  case left, right, other
}

/// The buttons held during a motion event.
public struct MouseButtons: OptionSet, Equatable, Sendable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }
  public static let left = MouseButtons(rawValue: 1 << 0)
  public static let right = MouseButtons(rawValue: 1 << 1)
}

/// One window event, reduced to what the bindings look at. Positions are in window
/// coordinates (points, SDL's mouse space, integral), not device pixels.
public enum WindowEvent: Equatable, Sendable {
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
public enum WindowAction: Equatable, Sendable {
  /// Hand this to the FrameModel.
  case input(ViewerInput)
  case quit
  /// Close the innermost thing open (box zoom in progress, help overlay, then
  /// fullscreen); quit when nothing is.
  case escape
  /// Save the frame on screen in the screenshot formats (BMP by default).
  case screenshot
  /// Save the view on screen as an SVG, named as screenshots are.
  case saveSVG
  /// Print and copy the `render` command line that draws the view on screen again.
  case copyRenderCommand
  /// Copy the probe's readout to the clipboard and print it on stdout.
  case copyReadout
  /// Switch between the window and fullscreen at the desktop's resolution.
  case toggleFullscreen
  /// A left click (press and release without dragging) at a device point: the loop asks
  /// the model what is there (a legend entry toggles its curve). Made by PointerGestures.
  case click(at: Point)
  /// A Shift+click at a device point (PointerGestures, the `.modifiedClick` row): a
  /// legend entry's function becomes primary, a picker row's function too.
  case primaryClick(at: Point)
}
