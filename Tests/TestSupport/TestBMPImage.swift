// A deliberately small BMP reader for the tests, independent of SDL: BITMAPINFOHEADER and
// V4/V5 headers, 24 and 32 bits per pixel (BI_RGB or BI_BITFIELDS), bottom-up or top-down
// rows, rows padded to 4 bytes. Plus helpers to find pixels by colour in what it read.

import Foundation

struct TestBMPError: Error, CustomStringConvertible {
  var description: String
}

/// A decoded BMP: pixels as 0xAARRGGBB (alpha 255 unless the file has an alpha mask),
/// row-major, top row first, like Canvas.
struct TestBMPImage: Equatable {
  var width: Int
  var height: Int
  var bitsPerPixel: Int
  var pixels: [UInt32]

  subscript(x: Int, y: Int) -> UInt32 { pixels[y * width + x] }

  static func read(path: String) throws -> TestBMPImage {
    try decode([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
  }

  static func decode(_ b: [UInt8]) throws -> TestBMPImage {
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

  // MARK: - Finding pixels by colour (for end-to-end checks against the real scene)

  /// Whether `pixel`'s R, G and B are each within `tolerance` of `color`'s (alpha ignored),
  /// which absorbs anti-aliasing at curve edges.
  static func matches(_ pixel: UInt32, _ color: UInt32, tolerance: Int) -> Bool {
    for shift in [16, 8, 0] as [UInt32] {
      let a = Int((pixel >> shift) & 0xFF), b = Int((color >> shift) & 0xFF)
      if abs(a - b) > tolerance { return false }
    }
    return true
  }

  /// Every (x, y) whose colour matches `color` within `tolerance`, optionally only in column
  /// `column` or inside `region` (device pixels). E.g. "where is the blue sigmoid in column
  /// 400?" is `locate(0xFF1F77B4, tolerance: 40, column: 400)`.
  func locate(_ color: UInt32, tolerance: Int = 0, column: Int? = nil,
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
  func centroid(of color: UInt32, tolerance: Int = 0, column: Int? = nil,
                region: (x: Range<Int>, y: Range<Int>)? = nil) -> (x: Double, y: Double)? {
    let hits = locate(color, tolerance: tolerance, column: column, region: region)
    guard !hits.isEmpty else { return nil }
    let n = Double(hits.count)
    return (hits.reduce(0) { $0 + Double($1.x) } / n + 0.5, hits.reduce(0) { $0 + Double($1.y) } / n + 0.5)
  }
}
