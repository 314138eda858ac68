// Reads raw SDL_Event unions into ViewerModel's WindowEvent. The only place that knows
// SDL's event layout besides the loop's own window events (size, expose); holds no
// bindings (BindingTable does): a key that types a character arrives as that character.

import CSDL2
import ViewerModel

extension WindowEvent {
  /// The description of `event`, or nil for events the bindings never look at (window
  /// events other than the pointer leaving are the loop's, since they need SDL queries).
  init?(sdl event: SDL_Event) {
    switch SDL_EventType(event.type) {
    case SDL_MOUSEWHEEL:
      let wheel = event.wheel
      // preciseY (SDL ≥ 2.0.18) carries fractional touchpad / hi-res wheel amounts.
      // mouseX/mouseY (SDL ≥ 2.26) are the pointer at the time of *this* event; SDL_GetMouseState
      // would give the pointer after the whole queue was pumped, which is wrong when a batch
      // of wheel and motion events is drained at once.
      self = .wheel(
        amount: Double(wheel.preciseY),
        flipped: wheel.direction == SDL_MOUSEWHEEL_FLIPPED.rawValue,
        x: Int(wheel.mouseX), y: Int(wheel.mouseY),
        modifiers: KeyModifiers(sdl: SDL_GetModState()))
    case SDL_MOUSEBUTTONDOWN:
      let b = event.button
      self = .buttonDown(MouseButton(sdl: b.button), clicks: Int(b.clicks), x: Int(b.x), y: Int(b.y))
    case SDL_MOUSEBUTTONUP:
      let b = event.button
      self = .buttonUp(MouseButton(sdl: b.button), x: Int(b.x), y: Int(b.y))
    case SDL_MOUSEMOTION:
      let m = event.motion
      var buttons: MouseButtons = []
      if m.state & csdl_button_mask(Int32(SDL_BUTTON_LEFT)) != 0 { buttons.insert(.left) }
      if m.state & csdl_button_mask(Int32(SDL_BUTTON_RIGHT)) != 0 { buttons.insert(.right) }
      self = .motion(x: Int(m.x), y: Int(m.y), buttons: buttons)
    case SDL_WINDOWEVENT where SDL_WindowEventID(UInt32(event.window.event)) == SDL_WINDOWEVENT_LEAVE:
      self = .pointerLeft
    case SDL_KEYDOWN:
      let k = event.key
      self = .keyDown(Key(sdl: k.keysym.sym), modifiers: KeyModifiers(sdl: SDL_Keymod(UInt32(k.keysym.mod))),
                      isRepeat: k.repeat != 0)
    case SDL_QUIT:
      self = .closeRequested
    default:
      return nil
    }
  }
}

extension Key {
  /// Keys that type a character (SDL's keycode is then the character itself, letters in
  /// lower case) are that character; the keypad's digits, + and - are the main row's.
  init(sdl code: SDL_Keycode) {
    let code = Int(code)
    switch code {
    case Int(SDLK_HOME.rawValue): self = .home
    case Int(SDLK_END.rawValue): self = .end
    case Int(SDLK_SPACE.rawValue): self = " "
    case Int(SDLK_LEFT.rawValue): self = .left
    case Int(SDLK_RIGHT.rawValue): self = .right
    case Int(SDLK_UP.rawValue): self = .up
    case Int(SDLK_DOWN.rawValue): self = .down
    case Int(SDLK_ESCAPE.rawValue): self = .escape
    case Int(SDLK_BACKSPACE.rawValue): self = .backspace
    case Int(SDLK_TAB.rawValue): self = .tab
    case Int(SDLK_RETURN.rawValue), Int(SDLK_KP_ENTER.rawValue): self = .enter
    case Int(SDLK_F1.rawValue)...Int(SDLK_F12.rawValue):
      self = .function(code - Int(SDLK_F1.rawValue) + 1)
    case Int(SDLK_KP_1.rawValue)...Int(SDLK_KP_9.rawValue):
      self = .character(Unicode.Scalar(UInt8(ascii: "1") + UInt8(code - Int(SDLK_KP_1.rawValue))))
    case Int(SDLK_KP_0.rawValue): self = "0"
    case Int(SDLK_KP_PLUS.rawValue): self = "+"
    case Int(SDLK_KP_MINUS.rawValue): self = "-"
    // Printable keys: SDL's keycode is their character (no scancode bit, not a control).
    case 0x21..<0x7F, 0xA0..<0x4000_0000:
      self = Unicode.Scalar(UInt32(code)).map { .character($0) } ?? .other
    default: self = .other
    }
  }
}

extension KeyModifiers {
  init(sdl mod: SDL_Keymod) {
    var m: KeyModifiers = []
    if mod.rawValue & KMOD_SHIFT.rawValue != 0 { m.insert(.shift) }
    if mod.rawValue & KMOD_CTRL.rawValue != 0 { m.insert(.control) }
    if mod.rawValue & KMOD_ALT.rawValue != 0 { m.insert(.alt) }
    self = m
  }
}

extension MouseButton {
  init(sdl button: UInt8) {
    switch Int32(button) {
    case SDL_BUTTON_LEFT: self = .left
    case SDL_BUTTON_RIGHT: self = .right
    default: self = .other
    }
  }
}
