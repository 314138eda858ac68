// Shows a finished Canvas through the window's own surface (SDL_GetWindowSurface): on X11
// that is a shared-memory XImage (MIT-SHM), so a frame costs one row copy and one
// XShmPutImage, with no GL at all. Not used where the surface would be below full
// resolution (high-DPI scaling); TextureOutput.swift covers that case.

import CSDL2
import PlotRender

struct SurfaceOutput {
  let window: OpaquePointer

  /// The surface's size in device pixels. SDL makes a new surface after a resize; asking
  /// for it here is cheap and always returns the current one.
  func size() throws(SDLError) -> (width: Int, height: Int) {
    let surface = try SDL.check("SDL_GetWindowSurface", SDL_GetWindowSurface(window))
    return (Int(surface.pointee.w), Int(surface.pointee.h))
  }

  /// Copies `canvas` into the window surface. The canvas must have the surface's size
  /// (the loop re-reads the size after every resize event; a resize that arrives between
  /// the two is clipped here and repainted by its own event). Rows go at the surface's
  /// pitch; ARGB8888 and XRGB8888 (SDL's RGB888) take a plain copy, anything else SDL's
  /// pixel conversion.
  func upload(_ canvas: Canvas) throws(SDLError) {
    let surface = try SDL.check("SDL_GetWindowSurface", SDL_GetWindowSurface(window))
    try SDL.check("SDL_LockSurface", SDL_LockSurface(surface))
    defer { SDL_UnlockSurface(surface) }
    let s = surface.pointee
    guard let pixels = s.pixels, let format = s.format?.pointee.format else {
      throw SDLError(call: "SDL_GetWindowSurface", reason: "surface has no pixels")
    }
    let width = min(canvas.width, Int(s.w)), height = min(canvas.height, Int(s.h))
    guard width > 0, height > 0 else { return }
    let pitch = Int(s.pitch), rowBytes = canvas.width * 4
    let status: Int32 = canvas.pixels.withUnsafeBytes { source in
      guard let base = source.baseAddress else { return 0 }
      if format == SDL_PIXELFORMAT_ARGB8888.rawValue || format == SDL_PIXELFORMAT_RGB888.rawValue {
        if pitch == rowBytes && width == canvas.width {
          pixels.copyMemory(from: base, byteCount: rowBytes * height)
        } else {
          for row in 0..<height {
            (pixels + row * pitch).copyMemory(from: base + row * rowBytes, byteCount: width * 4)
          }
        }
        return 0
      }
      return SDL_ConvertPixels(
        Int32(width), Int32(height), SDL_PIXELFORMAT_ARGB8888.rawValue, base, Int32(rowBytes),
        format, pixels, Int32(pitch))
    }
    try SDL.check("SDL_ConvertPixels", status)
  }

  /// Puts the surface on screen; also repaints it unchanged after an expose.
  func present() throws(SDLError) {
    try SDL.check("SDL_UpdateWindowSurface", SDL_UpdateWindowSurface(window))
  }
}
