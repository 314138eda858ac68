// The pixels every frame is drawn into: 32-bit ARGB8888, the layout SDL's streaming
// texture and BMP writer take without conversion. Blending is source-over.

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
}
