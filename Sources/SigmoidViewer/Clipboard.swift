// The system clipboard, through SDL (X11 selections, Wayland data devices). Setting it
// needs SDL's video subsystem running. On X11 the viewer owns the CLIPBOARD selection
// until another program takes it or the viewer exits, when the text goes with it, as
// with any X client that has no clipboard manager behind it.

import CSDL2

enum Clipboard {
  /// Puts `text` (UTF-8) on the clipboard, replacing what was there, and returns once the
  /// display server holds it: on X11, SDL only queues the selection request, so a paste
  /// right after (another program, or a script that read our stdout) could find no owner.
  /// Asking whether there is clipboard text is a round trip (XGetSelectionOwner), which
  /// flushes the request and waits until the server has processed it.
  static func set(_ text: String) throws(SDLError) {
    try SDL.check("SDL_SetClipboardText", SDL_SetClipboardText(text))
    _ = SDL_HasClipboardText()
  }
}
