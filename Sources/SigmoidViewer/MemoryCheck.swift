// Asks for a large allocation's memory before making it. Swift arrays trap when the
// allocation fails (an abort with a crash report); malloc returns nil, which we can
// report in one line. Under an address-space limit (ulimit -v) the answer is exact;
// with overcommit it is the best the system will say in advance.

import Glibc
import PlotRender

enum MemoryCheck {
  /// Headroom for everything else a render allocates (font, glyph cache, scene rows).
  static let slack = 64 << 20

  /// Bytes a `width`×`height` render holds at its peak: the canvas (4 bytes a pixel),
  /// the 24-bit BMP being encoded from it and SDL's 24-bit copy of the frame made while
  /// saving, plus ``slack``.
  static func renderBytes(width: Int, height: Int) -> Int {
    let canvas = 4 * width * height
    let bmp = 54 + ((3 * width + 3) & ~3) * height
    return canvas + 2 * bmp + slack
  }

  /// Throws out of memory unless `bytes` can be allocated now. The probe is freed at
  /// once; nothing is touched, so it costs no real memory.
  static func ensure(bytes: Int, for what: String, path: RawPath) throws(BMPWriteError) {
    guard let probe = malloc(bytes) else {
      throw BMPWriteError(path: path, problem: .outOfMemory(
        detail: "\(what) needs about \(mebibytes(bytes)) MiB and the system refused it "
          + "(free memory, raise ulimit -v, or choose a smaller --size)"))
    }
    free(probe)
  }

  static func mebibytes(_ bytes: Int) -> Int { (bytes + (1 << 20) - 1) >> 20 }
}
