// Shows a finished Canvas through the window's own surface (SDL_GetWindowSurface): on X11
// that is a shared-memory XImage (MIT-SHM), and the canvas is drawn straight into it
// (lendableMemory), so a frame costs one XShmPutImage, with no copy and no GL at all. Not used where the surface would be below full
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

  /// The surface's pixels where a canvas can draw straight into them: 32-bit ARGB8888 or
  /// XRGB8888 (the canvas's own layout; X ignores the alpha byte), rows unpadded, no lock
  /// needed. X11's MIT-SHM image and the dummy and Wayland framebuffers all are. The
  /// memory is SDL's and lasts until the surface changes (after a resize).
  func lendableMemory() throws(SDLError) -> (memory: UnsafeMutableBufferPointer<UInt32>, width: Int, height: Int)? {
    let surface = try SDL.check("SDL_GetWindowSurface", SDL_GetWindowSurface(window))
    let s = surface.pointee
    guard let pixels = s.pixels, let format = s.format?.pointee.format,
          format == SDL_PIXELFORMAT_ARGB8888.rawValue || format == SDL_PIXELFORMAT_RGB888.rawValue,
          Int(s.pitch) == Int(s.w) * 4, csdl_mustlock(surface) == 0
    else { return nil }
    let width = Int(s.w), height = Int(s.h)
    let memory = UnsafeMutableBufferPointer(
      start: pixels.bindMemory(to: UInt32.self, capacity: width * height), count: width * height)
    return (memory, width, height)
  }

  /// Copies `canvas` into the window surface; nothing to do for a canvas drawn into the
  /// surface itself (``lendableMemory()``). The canvas must have the surface's size
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
    if canvas.lentAddress == UnsafeRawPointer(pixels) { return }
    let width = min(canvas.width, Int(s.w)), height = min(canvas.height, Int(s.h))
    guard width > 0, height > 0 else { return }
    let pitch = Int(s.pitch), rowBytes = canvas.width * 4
    let status: Int32 = canvas.withUnsafePixels { pixels32 in
      let source = UnsafeRawBufferPointer(pixels32)
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
