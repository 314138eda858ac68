// CSDL2: SDL2 for Swift. No Swift API of its own: it includes SDL and wraps, as static
// inline functions, the few SDL macros that do not import into Swift.
#ifndef SIGMOID_VIEWER_CSDL2_SHIM_H
#define SIGMOID_VIEWER_CSDL2_SHIM_H

#include <SDL2/SDL.h>

/// SDL_WINDOWPOS_CENTERED is a macro expression; Swift cannot import it.
static inline int csdl_windowpos_centered(void) { return (int)SDL_WINDOWPOS_CENTERED; }

/// SDL_BUTTON(X) is a function-like macro: the bit of button X in a button-state mask.
static inline Uint32 csdl_button_mask(int button) { return SDL_BUTTON(button); }

/// SDL_SaveBMP is a macro over SDL_SaveBMP_RW.
static inline int csdl_save_bmp(SDL_Surface *surface, const char *path) {
  return SDL_SaveBMP(surface, path);
}

#endif
