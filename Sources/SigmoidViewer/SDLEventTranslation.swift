// Reads raw SDL_Event unions into InputMap's WindowEvent. The only place that knows SDL's
// event layout besides the loop's own window events (size, expose); holds no bindings.

import CSDL2

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
  init(sdl code: SDL_Keycode) {
    switch Int(code) {
    case Int(SDLK_r.rawValue): self = .r
    case Int(SDLK_HOME.rawValue): self = .home
    case Int(SDLK_PLUS.rawValue): self = .plus
    case Int(SDLK_EQUALS.rawValue): self = .equals
    case Int(SDLK_KP_PLUS.rawValue): self = .keypadPlus
    case Int(SDLK_MINUS.rawValue): self = .minus
    case Int(SDLK_KP_MINUS.rawValue): self = .keypadMinus
    case Int(SDLK_LEFT.rawValue): self = .left
    case Int(SDLK_RIGHT.rawValue): self = .right
    case Int(SDLK_UP.rawValue): self = .up
    case Int(SDLK_DOWN.rawValue): self = .down
    case Int(SDLK_q.rawValue): self = .q
    case Int(SDLK_ESCAPE.rawValue): self = .escape
    case Int(SDLK_s.rawValue): self = .s
    case Int(SDLK_F12.rawValue): self = .f12
    case Int(SDLK_1.rawValue), Int(SDLK_KP_1.rawValue): self = .one
    case Int(SDLK_2.rawValue), Int(SDLK_KP_2.rawValue): self = .two
    case Int(SDLK_3.rawValue), Int(SDLK_KP_3.rawValue): self = .three
    case Int(SDLK_m.rawValue): self = .m
    case Int(SDLK_g.rawValue): self = .g
    case Int(SDLK_h.rawValue): self = .h
    case Int(SDLK_F1.rawValue): self = .f1
    case Int(SDLK_l.rawValue): self = .l
    case Int(SDLK_k.rawValue): self = .k
    case Int(SDLK_a.rawValue): self = .a
    case Int(SDLK_c.rawValue): self = .c
    case Int(SDLK_f.rawValue): self = .f
    case Int(SDLK_BACKSPACE.rawValue): self = .backspace
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
