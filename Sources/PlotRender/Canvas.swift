// The pixels every frame is drawn into: 32-bit ARGB8888, the layout SDL's streaming
// texture and BMP writer take without conversion. Blending is source-over, and the
// blend functions here are the only code that writes pixels after `clear`.

/// An sRGB colour with 8-bit channels, stored as 0xAARRGGBB.
public struct Color: Hashable, Sendable {
  public var argb: UInt32

  @inlinable public init(argb: UInt32) { self.argb = argb }

  @inlinable public init(red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8 = 255) {
    argb = UInt32(alpha) << 24 | UInt32(red) << 16 | UInt32(green) << 8 | UInt32(blue)
  }

  public static let white = Color(argb: 0xFFFF_FFFF)
  public static let black = Color(argb: 0xFF00_0000)
}

/// A width × height image of opaque ARGB8888 pixels, row-major, top row first.
///
/// Alpha stays 255 everywhere, so a BMP saved from it has no stray transparency.
public struct Canvas: Sendable {
  /// Size in device pixels.
  public let width: Int
  public let height: Int
  /// Pixels, `width` per row, no padding: pixel (x, y) is `pixels[y * width + x]`.
  public var pixels: [UInt32]

  /// A canvas filled with `background`. Width and height must not be negative.
  public init(width: Int, height: Int, background: Color = .white) {
    precondition(width >= 0 && height >= 0, "canvas size must not be negative")
    self.width = width
    self.height = height
    pixels = Array(repeating: background.argb | 0xFF00_0000, count: width * height)
  }

  /// Fills every pixel with `color` (made opaque).
  public mutating func clear(to color: Color) {
    let value = color.argb | 0xFF00_0000
    pixels.withUnsafeMutableBufferPointer { $0.update(repeating: value) }
  }

  @inlinable public subscript(x: Int, y: Int) -> UInt32 {
    pixels[y * width + x]
  }

  /// The pixel rectangle covering the whole canvas.
  public var bounds: ClipRect { ClipRect(x0: 0, y0: 0, x1: width, y1: height) }

  // MARK: - Blending

  /// Blends opaque `color` over pixel (x, y) at `coverage` (clamped to 0...1).
  ///
  /// See ``blend(row:from:coverage:color:)`` for the rule; (x, y) must be on the canvas.
  public mutating func blend(x: Int, y: Int, color: Color, coverage: Float) {
    precondition(x >= 0 && x < width && y >= 0 && y < height, "pixel off the canvas")
    let alpha = Canvas.alpha(forCoverage: coverage)
    if alpha == 0 { return }
    pixels[y * width + x] = Canvas.blend(color.argb, over: pixels[y * width + x], alpha: alpha)
  }

  /// Blends opaque `color` over pixels x..<x+coverage.count of row y, pixel i at
  /// `coverage[i]`. The rule is ``SpanBlender``'s; the span must lie on the canvas.
  public mutating func blend(
    row y: Int, from x: Int, coverage: UnsafeBufferPointer<Float>, color: Color
  ) {
    withSpanBlender(color: color) { $0.blend(row: y, from: x, coverage: coverage) }
  }

  /// Runs `body` with a blender for `color` over this canvas's pixels. The pixel buffer is
  /// entered once for the whole call, so a rasterizer emitting thousands of short spans
  /// pays for the uniqueness check once. The blender must not escape `body`.
  public mutating func withSpanBlender<R>(
    color: Color, _ body: (SpanBlender) throws -> R
  ) rethrows -> R {
    let width = self.width, height = self.height
    return try pixels.withUnsafeMutableBufferPointer { pixels in
      try body(SpanBlender(pixels: pixels, width: width, height: height,
                           source: color.argb | 0xFF00_0000))
    }
  }

  /// Writes spans of one opaque colour at given coverage into a canvas's pixels.
  ///
  /// The rule is Agg's and cairo's default: source-over per channel in 8-bit sRGB,
  /// `round((color·a + pixel·(255 − a)) / 255)` with `a = round(coverage · 255)`. So full
  /// coverage writes the colour exactly and coverage under 0.5/255 leaves the pixel alone.
  public struct SpanBlender {
    let pixels: UnsafeMutableBufferPointer<UInt32>
    /// Canvas size in pixels.
    let width, height: Int
    /// The colour as opaque ARGB.
    let source: UInt32

    /// Blends pixels x..<x+coverage.count of row y, pixel i at `coverage[i]`.
    public func blend(row y: Int, from x: Int, coverage: UnsafeBufferPointer<Float>) {
      precondition(y >= 0 && y < height, "row off the canvas")
      precondition(x >= 0 && x + coverage.count <= width, "span off the canvas")
      let start = y &* width &+ x
      for i in 0..<coverage.count {
        let alpha = Canvas.alpha(forCoverage: coverage[i])
        if alpha == 0 { continue }
        pixels[start &+ i] = alpha == 255
          ? source : Canvas.blend(source, over: pixels[start &+ i], alpha: alpha)
      }
    }

    /// Blends pixels x..<x+alphas.count of row y, pixel i at 8-bit `alphas[i]` (as
    /// ``Canvas/alpha(forCoverage:)`` gives): the rule of ``blend(row:from:coverage:)``
    /// for coverage converted ahead of time (cached glyphs, rectangles' repeated rows).
    @inline(__always)
    func blend(row y: Int, from x: Int, alphas: UnsafeBufferPointer<UInt8>) {
      blend(rows: y..<(y + 1), from: x, alphas: alphas)
    }

    /// Blends pixels x..<x+alphas.count of every row in `rows` alike, pixel i at `alphas[i]`.
    func blend(rows: Range<Int>, from x: Int, alphas: UnsafeBufferPointer<UInt8>) {
      precondition(rows.isEmpty || rows.lowerBound >= 0 && rows.upperBound <= height,
                   "row off the canvas")
      precondition(x >= 0 && x + alphas.count <= width, "span off the canvas")
      for y in rows {
        let start = y &* width &+ x
        for i in 0..<alphas.count {
          let alpha = UInt32(alphas[i])
          if alpha == 255 {
            pixels[start &+ i] = source
          } else if alpha != 0 {
            pixels[start &+ i] = Canvas.blend(source, over: pixels[start &+ i], alpha: alpha)
          }
        }
      }
    }
  }

  /// Coverage in 0...1 as an 8-bit alpha, rounded to nearest; NaN counts as 0.
  @inlinable static func alpha(forCoverage coverage: Float) -> UInt32 {
    guard coverage > 0 else { return 0 }
    return coverage >= 1 ? 255 : UInt32(Double(coverage) * 255 + 0.5)
  }

  /// Source-over of opaque `source` onto opaque `destination` at `alpha` (0...255), per
  /// channel, rounded to nearest. Red and blue share one word in 16-bit lanes; each lane's
  /// t = s·a + d·(255 − a) ≤ 65025, and (t + 128 + ((t + 128) >> 8)) >> 8 equals
  /// round(t / 255) for every such t (checked exhaustively), with no carry between lanes.
  @inlinable static func blend(_ source: UInt32, over destination: UInt32, alpha: UInt32)
    -> UInt32
  {
    let inverse = 255 &- alpha
    var rb = (source & 0xFF_00FF) &* alpha &+ (destination & 0xFF_00FF) &* inverse &+ 0x80_0080
    rb = ((rb &+ ((rb >> 8) & 0xFF_00FF)) >> 8) & 0xFF_00FF
    var g = ((source >> 8) & 0xFF) &* alpha &+ ((destination >> 8) & 0xFF) &* inverse &+ 0x80
    g = ((g &+ (g >> 8)) >> 8) & 0xFF
    return 0xFF00_0000 | rb | g << 8
  }
}
