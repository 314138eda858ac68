// CSDL2: SDL2 for Swift. No Swift API of its own: it includes SDL and wraps, as static
// inline functions, the few SDL macros that do not import into Swift.
#ifndef SIGMOID_VIEWER_CSDL2_SHIM_H
#define SIGMOID_VIEWER_CSDL2_SHIM_H

#include <SDL2/SDL.h>
#include <X11/Xlib.h>
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

/// SDL_WINDOWPOS_CENTERED is a macro expression; Swift cannot import it.
static inline int csdl_windowpos_centered(void) { return (int)SDL_WINDOWPOS_CENTERED; }

/// SDL_BUTTON(X) is a function-like macro: the bit of button X in a button-state mask.
static inline Uint32 csdl_button_mask(int button) { return SDL_BUTTON(button); }

/// SDL_MUSTLOCK is a function-like macro: whether the surface's pixels may be touched only
/// between SDL_LockSurface and SDL_UnlockSurface (RLE surfaces).
static inline int csdl_mustlock(SDL_Surface *surface) { return SDL_MUSTLOCK(surface) ? 1 : 0; }

/// SDL_SaveBMP is a macro over SDL_SaveBMP_RW.
static inline int csdl_save_bmp(SDL_Surface *surface, const char *path) {
  return SDL_SaveBMP(surface, path);
}

/// Tolerates BadWindow on X_SendEvent (request 25); any other protocol error ends the
/// program as Xlib's default handler would, with one line on standard error.
__attribute__((used)) static int csdl_x_error_handler(Display *display, XErrorEvent *event) {
  (void)display;
  if (event->error_code == BadWindow && event->request_code == 25) return 0;
  fprintf(stderr, "sigmoid-viewer: X protocol error %d on request %d.%d; the X server "
          "connection cannot be trusted any more\n", event->error_code, event->request_code,
          event->minor_code);
  exit(1);
}

/// Xlib's default error handler exits the program on any protocol error, and SDL keeps it
/// (behind a safety net for exclusive fullscreen, which this viewer does not use).
/// Sending an event to a window that has just gone away is such an error (a clipboard
/// reader or a window being torn down), and it arrives asynchronously, so a viewer could
/// die at random on quit. This makes that one error harmless. libX11 is
/// not linked: SDL has loaded it, so it is found with RTLD_NOLOAD, and nothing happens
/// under another video driver. Call after SDL_Init; returns 1 when installed.
static inline int csdl_tolerate_vanished_x_windows(void) {
  void *x11 = dlopen("libX11.so.6", RTLD_NOW | RTLD_NOLOAD);
  if (!x11) return 0;
  XErrorHandler (*set)(XErrorHandler) =
      (XErrorHandler (*)(XErrorHandler))dlsym(x11, "XSetErrorHandler");
  dlclose(x11);  // SDL still holds its own reference
  if (!set) return 0;
  set(csdl_x_error_handler);
  return 1;
}

#endif
