// The font's faces by em size, made once per size: shared by the layout (which measures)
// and the text painter (which draws), so both use the same metrics for a size.

/// Faces of one font by em size (device pixels).
struct FaceCache {
  let font: TrueTypeFont
  private var faces: [UInt64: FontFace] = [:]

  init(font: TrueTypeFont) {
    self.font = font
  }

  /// The face for an em size in device pixels, made once per size.
  mutating func face(pixelSize: Double) -> FontFace {
    if let face = faces[pixelSize.bitPattern] { return face }
    let face = FontFace(font: font, pixelSize: pixelSize)
    faces[pixelSize.bitPattern] = face
    return face
  }
}
