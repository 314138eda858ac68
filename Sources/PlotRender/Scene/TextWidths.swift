// The widths of the strings a frame measures, kept between frames: the legend's entries,
// the title, the axis labels and most tick labels are the same strings at the same sizes
// frame after frame of a zoom or a drag, and measuring one walks its glyphs and looks up
// a kerning pair for each (a tenth of the catalogue scene's layout).

/// Measured widths by (face size, kerning, string), for one scene's font.
///
/// A width is a pure function of the key for a given font (``FontFace/measure(_:)``), so
/// a hit returns exactly what measuring again would; the scene's font never changes, so
/// it is not part of the key. Bounded: when full the whole table is dropped and refilled
/// (a long zoom makes new tick labels without end).
struct TextWidths {
  /// Most strings kept (a frame measures a few dozen).
  static let capacity = 512

  private struct Key: Hashable {
    var pixelSize: UInt64
    var kerning: Bool
    var text: String
  }

  private var widths: [Key: Double] = [:]
  /// Strings actually measured (misses), for tests.
  private(set) var measureCount = 0

  init() {}

  /// `text`'s width in `face`, device pixels: ``FontFace/measure(_:)``'s, measured once.
  mutating func width(_ text: String, _ face: FontFace) -> Double {
    let key = Key(pixelSize: face.pixelSize.bitPattern, kerning: face.kerning, text: text)
    if let w = widths[key] { return w }
    let w = face.measure(text).width
    if widths.count >= Self.capacity { widths.removeAll(keepingCapacity: true) }
    widths[key] = w
    measureCount += 1
    return w
  }
}
