// Turns a Canvas into the bytes of a BMP file, through SDL's own BMP writer, in memory.
// No files here (BMPWriter does the file system), so encoding is testable on its own.

import CSDL2
import PlotRender

enum BMPEncoder {
  /// The BMP bytes of `canvas`: 24 bits per pixel, bottom-up rows padded to 4 bytes.
  ///
  /// The canvas is wrapped (not copied) as an SDL_PIXELFORMAT_RGB888 surface: that is
  /// ARGB8888 with the alpha byte ignored, and because it has no alpha mask SDL_SaveBMP_RW
  /// writes a plain 24-bit BITMAPINFOHEADER file. `keepingAlpha` wraps it as ARGB8888
  /// instead, and SDL then writes 32 bits with a V4 header and channel masks, which some
  /// viewers get wrong; it exists so tests can check that path too. Needs no SDL_Init.
  static func encode(_ canvas: Canvas, keepingAlpha: Bool = false) throws(SDLError) -> [UInt8] {
    guard canvas.width > 0, canvas.height > 0 else {
      throw SDLError(call: "BMPEncoder.encode", reason: "nothing to save: the frame is \(canvas.width)×\(canvas.height)")
    }
    // Upper bound of the file: 14-byte file header + at most a 124-byte info header +
    // the rows: 24-bit rows padded to 4 bytes, or 4 bytes a pixel with alpha. Exact for
    // the common case, so a 16384² frame needs 768 MiB here, not 1 GiB.
    let rows = keepingAlpha ? 4 * canvas.width * canvas.height : ((3 * canvas.width + 3) & ~3) * canvas.height
    var bytes = [UInt8](repeating: 0, count: 14 + 124 + rows + 64)
    // The closures report failure as a Result: withUnsafeMutableBytes only rethrows untyped.
    let written: Result<Int, SDLError> = canvas.withUnsafePixels { pixels in
      // SDL only reads the pixels when saving; the mutable pointer is what its API takes.
      guard let surface = SDL_CreateRGBSurfaceWithFormatFrom(
        UnsafeMutableRawPointer(mutating: pixels.baseAddress), Int32(canvas.width), Int32(canvas.height),
        32, Int32(canvas.width * 4), (keepingAlpha ? SDL_PIXELFORMAT_ARGB8888 : SDL_PIXELFORMAT_RGB888).rawValue)
      else { return .failure(SDLError(call: "SDL_CreateRGBSurfaceWithFormatFrom")) }
      defer { SDL_FreeSurface(surface) }
      return bytes.withUnsafeMutableBytes { buffer in
        guard let stream = SDL_RWFromMem(buffer.baseAddress, Int32(buffer.count)) else {
          return .failure(SDLError(call: "SDL_RWFromMem"))
        }
        defer { SDL_RWclose(stream) }
        guard SDL_SaveBMP_RW(surface, stream, 0) == 0 else { return .failure(SDLError(call: "SDL_SaveBMP_RW")) }
        return .success(Int(SDL_RWtell(stream)))
      }
    }
    bytes.removeSubrange(try written.get()...)
    return bytes
  }
}
