// The tests' one BMP reader, deliberately small and independent of the program's writer
// and of SDL: BITMAPINFOHEADER and V4/V5 headers, 24 and 32 bits per pixel (BI_RGB or
// BI_BITFIELDS), bottom-up or top-down rows, rows padded to 4 bytes. Plus helpers to find
// pixels by colour in what it read, and the plain 24-bit writer the golden images are
// recorded with.

import Foundation

public struct TestBMPError: Error, CustomStringConvertible {
  public var description: String
}

/// A decoded BMP: pixels as 0xAARRGGBB (alpha 255 unless the file has an alpha mask),
/// row-major, top row first, like Canvas.
public struct TestBMPImage: Equatable, Sendable {
  public var width: Int
  public var height: Int
  public var bitsPerPixel: Int
  public var pixels: [UInt32]

  public init(width: Int, height: Int, bitsPerPixel: Int, pixels: [UInt32]) {
    self.width = width
    self.height = height
    self.bitsPerPixel = bitsPerPixel
    self.pixels = pixels
  }

  public subscript(x: Int, y: Int) -> UInt32 { pixels[y * width + x] }

  public static func read(path: String) throws -> TestBMPImage {
    try decode([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
  }

  public static func decode(_ b: [UInt8]) throws -> TestBMPImage {
    func u16(_ o: Int) throws -> Int {
      guard o + 2 <= b.count else { throw TestBMPError(description: "truncated at \(o)") }
      return Int(b[o]) | Int(b[o + 1]) << 8
    }
    func u32(_ o: Int) throws -> UInt32 {
      guard o + 4 <= b.count else { throw TestBMPError(description: "truncated at \(o)") }
      return UInt32(b[o]) | UInt32(b[o + 1]) << 8 | UInt32(b[o + 2]) << 16 | UInt32(b[o + 3]) << 24
    }
    guard b.count >= 54, b[0] == 0x42, b[1] == 0x4D else { throw TestBMPError(description: "not a BMP") }
    let dataOffset = Int(try u32(10))
    let headerSize = Int(try u32(14))
    let width = Int(Int32(bitPattern: try u32(18)))
    let rawHeight = Int(Int32(bitPattern: try u32(22)))
    let bpp = try u16(28)
    let compression = try u32(30)
    guard headerSize >= 40, width > 0, rawHeight != 0 else { throw TestBMPError(description: "bad header") }
    guard bpp == 24 || bpp == 32 else { throw TestBMPError(description: "unsupported \(bpp) bpp") }
    guard compression == 0 || (compression == 3 && bpp == 32) else {
      throw TestBMPError(description: "unsupported compression \(compression)")
    }
    // Channel masks: BI_BITFIELDS stores them after the 40-byte header (inside V4/V5 ones).
    var masks: (r: UInt32, g: UInt32, b: UInt32, a: UInt32) = (0x00FF_0000, 0x0000_FF00, 0x0000_00FF, 0)
    if compression == 3 {
      masks = (try u32(54), try u32(58), try u32(62), headerSize >= 56 ? try u32(66) : 0)
    }
    let height = abs(rawHeight)
    let bottomUp = rawHeight > 0
    let rowBytes = (bpp * width + 31) / 32 * 4
    guard dataOffset + rowBytes * height <= b.count else { throw TestBMPError(description: "pixel data truncated") }

    func channel(_ value: UInt32, _ mask: UInt32) -> UInt32 {
      guard mask != 0 else { return 255 }
      let shift = UInt32(mask.trailingZeroBitCount)
      let maxValue = mask >> shift
      return ((value & mask) >> shift) * 255 / maxValue
    }
    var pixels = [UInt32](repeating: 0, count: width * height)
    for row in 0..<height {
      let fileRow = bottomUp ? height - 1 - row : row
      let base = dataOffset + fileRow * rowBytes
      for x in 0..<width {
        let o = base + x * bpp / 8
        if bpp == 24 {
          pixels[row * width + x] = 0xFF00_0000 | UInt32(b[o + 2]) << 16 | UInt32(b[o + 1]) << 8 | UInt32(b[o])
        } else {
          let v = UInt32(b[o]) | UInt32(b[o + 1]) << 8 | UInt32(b[o + 2]) << 16 | UInt32(b[o + 3]) << 24
          pixels[row * width + x] = channel(v, masks.a) << 24 | channel(v, masks.r) << 16
            | channel(v, masks.g) << 8 | channel(v, masks.b)
        }
      }
    }
    return TestBMPImage(width: width, height: height, bitsPerPixel: bpp, pixels: pixels)
  }

  /// A 24-bit bottom-up BMP of `pixels` (0xAARRGGBB, top row first; alpha dropped): the
  /// simplest file the reader takes, for recording golden images.
  public static func encode24(width: Int, height: Int, pixels: [UInt32]) -> [UInt8] {
    let rowBytes = (width * 3 + 3) / 4 * 4
    let size = 54 + rowBytes * height
    var b = [UInt8](repeating: 0, count: size)
    func put(_ v: Int, _ at: Int, _ n: Int) { for i in 0..<n { b[at + i] = UInt8((v >> (8 * i)) & 0xFF) } }
    b[0] = 0x42; b[1] = 0x4D
    put(size, 2, 4); put(54, 10, 4); put(40, 14, 4); put(width, 18, 4)
    put(height, 22, 4); put(1, 26, 2); put(24, 28, 2); put(rowBytes * height, 34, 4)
    for y in 0..<height {
      let row = 54 + (height - 1 - y) * rowBytes
      for x in 0..<width {
        let p = pixels[y * width + x]
        b[row + 3 * x] = UInt8(p & 0xFF)
        b[row + 3 * x + 1] = UInt8((p >> 8) & 0xFF)
        b[row + 3 * x + 2] = UInt8((p >> 16) & 0xFF)
      }
    }
    return b
  }

  // MARK: - Finding pixels by colour (for end-to-end checks against the real scene)

  /// Whether `pixel`'s R, G and B are each within `tolerance` of `color`'s (alpha ignored),
  /// which absorbs anti-aliasing at curve edges.
  public static func matches(_ pixel: UInt32, _ color: UInt32, tolerance: Int) -> Bool {
    for shift in [16, 8, 0] as [UInt32] {
      let a = Int((pixel >> shift) & 0xFF), b = Int((color >> shift) & 0xFF)
      if abs(a - b) > tolerance { return false }
    }
    return true
  }

  /// Every (x, y) whose colour matches `color` within `tolerance`, optionally only in column
  /// `column` or inside `region` (device pixels). E.g. "where is the blue sigmoid in column
  /// 400?" is `locate(0xFF1F77B4, tolerance: 40, column: 400)`.
  public func locate(_ color: UInt32, tolerance: Int = 0, column: Int? = nil,
              region: (x: Range<Int>, y: Range<Int>)? = nil) -> [(x: Int, y: Int)] {
    let xs = column.map { $0..<($0 + 1) } ?? region?.x ?? 0..<width
    let ys = region?.y ?? 0..<height
    var found: [(x: Int, y: Int)] = []
    for y in ys.clamped(to: 0..<height) {
      for x in xs.clamped(to: 0..<width) where Self.matches(self[x, y], color, tolerance: tolerance) {
        found.append((x, y))
      }
    }
    return found
  }

  /// The mean position of the pixels matching `color`, or nil when there are none:
  /// a sub-pixel estimate of where a curve or marker of that colour is.
  public func centroid(of color: UInt32, tolerance: Int = 0, column: Int? = nil,
                region: (x: Range<Int>, y: Range<Int>)? = nil) -> (x: Double, y: Double)? {
    let hits = locate(color, tolerance: tolerance, column: column, region: region)
    guard !hits.isEmpty else { return nil }
    let n = Double(hits.count)
    return (hits.reduce(0) { $0 + Double($1.x) } / n + 0.5, hits.reduce(0) { $0 + Double($1.y) } / n + 0.5)
  }
}
