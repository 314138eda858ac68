// The system clipboard, through SDL (X11 selections, Wayland data devices). Setting it
// needs SDL's video subsystem running. On X11 the viewer owns the CLIPBOARD selection
// until another program takes it or the viewer exits, when the text goes with it, as
// with any X client that has no clipboard manager behind it.

import CSDL2

enum Clipboard {
  /// Puts `text` (UTF-8) on the clipboard, replacing what was there.
  static func set(_ text: String) throws(SDLError) {
    try SDL.check("SDL_SetClipboardText", SDL_SetClipboardText(text))
  }
}
