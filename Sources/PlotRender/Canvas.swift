// The pixels every frame is drawn into: 32-bit ARGB8888, the layout SDL's streaming
// texture and BMP writer take without conversion. Blending is source-over, and the
// span blender (Canvas+SpanBlender.swift) is the only code that writes pixels after `clear`.

import Glibc

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
  ///
  /// Changing pixels through this property rather than the blend functions is fine, but
  /// the canvas then no longer knows what it holds, and the next ``clear(to:)`` is a full one.
  public var pixels: [UInt32] {
    get { storage.array }
    set {
      storage.assign(newValue)
      stamp.generation &+= 1
      damage.background = nil
      damage.solidColor = 0
    }
    _modify {
      stamp.generation &+= 1
      damage.background = nil
      damage.solidColor = 0
      var array = storage.take()
      defer { storage.assign(array) }
      yield &array
    }
  }

  /// The pixels, read in place: what showing or saving a frame uses, since for a canvas
  /// drawn into lent memory ``pixels`` is a copy.
  public func withUnsafePixels<R>(_ body: (UnsafeBufferPointer<UInt32>) throws -> R) rethrows -> R {
    try storage.withPixels(body)
  }

  /// The address of the memory this canvas draws into when it was lent one (see
  /// ``init(lending:width:height:background:)``); nil when it owns its pixels.
  public var lentAddress: UnsafeRawPointer? {
    guard case let .lent(memory) = storage else { return nil }
    return UnsafeRawPointer(memory.baseAddress)
  }

  /// The pixels; only the blend functions and `clear` write them directly.
  private var storage: CanvasMemory
  /// What the blend functions touched since the last clear.
  private var damage: DamageMap
  /// While set, the blender and ``clear(to:sparing:)`` write only inside its tiles: the
  /// raster backend redrawing just what changed since the frame the canvas holds.
  var writeMask: TileMask?
  /// Which canvas this is and how many times its pixels were written: the raster backend
  /// notes it after a frame, and a canvas whose stamp still matches holds that frame.
  private(set) var stamp = Stamp(id: UInt64.random(in: 1...UInt64.max), generation: 0)

  /// See ``stamp``. Copies of a canvas share its id, and the generation tells a written
  /// copy from its original only until both have been written equally often; the window
  /// and the benchmark keep one canvas.
  struct Stamp: Hashable, Sendable {
    var id: UInt64
    var generation: UInt64
  }

  /// The colour the canvas was last cleared to while it knows its pixels (none after
  /// they were changed through ``pixels``).
  var background: UInt32? { damage.background }

  /// A canvas filled with `background`. Width and height must not be negative.
  public init(width: Int, height: Int, background: Color = .white) {
    precondition(width >= 0 && height >= 0, "canvas size must not be negative")
    self.width = width
    self.height = height
    let value = background.argb | 0xFF00_0000
    storage = .owned(Canvas.pixelStorage(count: width * height, value: value))
    damage = DamageMap(width: width, height: height, background: value)
  }

  /// A canvas drawing into `memory`, `width` pixels a row with no padding, filled with
  /// `background`: the window's surface, so a frame is drawn where it is shown and
  /// presenting it copies nothing. The caller keeps the memory alive and touches it only
  /// through this canvas while the canvas is used; copies of the canvas share it (see
  /// ``CanvasMemory``).
  public init(
    lending memory: UnsafeMutableBufferPointer<UInt32>, width: Int, height: Int,
    background: Color = .white
  ) {
    precondition(width >= 0 && height >= 0 && memory.count == width * height,
                 "lent memory must hold width × height pixels")
    self.width = width
    self.height = height
    let value = background.argb | 0xFF00_0000
    memory.update(repeating: value)
    storage = .lent(memory)
    damage = DamageMap(width: width, height: height, background: value)
  }

  /// `count` pixels of `value`, in memory the kernel is asked to back with 2 MB pages
  /// before it is first touched. A frame touches its canvas row by row down the curves,
  /// grid lines and text, each row of a 1920-pixel canvas on its own 4 KB page: with
  /// small pages nearly every row of a curve is a TLB miss, with large ones a few.
  static func pixelStorage(count: Int, value: UInt32) -> [UInt32] {
    [UInt32](unsafeUninitializedCapacity: count) { buffer, initialized in
      if let base = buffer.baseAddress, count * 4 >= 4 << 20 {
        let huge = 2 << 20
        let start = (Int(bitPattern: base) + huge - 1) & ~(huge - 1)
        let end = (Int(bitPattern: base + count)) & ~(huge - 1)
        if end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) {
          _ = madvise(pointer, end - start, MADV_HUGEPAGE)  // advice only: ignore refusal
        }
      }
      buffer.initialize(repeating: value)
      initialized = count
    }
  }

  /// Fills every pixel with `color` (made opaque). When the canvas was last cleared to
  /// the same colour, only the blocks drawn on since then are rewritten.
  public mutating func clear(to color: Color) {
    clear(to: color, sparing: [])
  }

  /// ``clear(to:)``, except that the 16-pixel blocks wholly inside a `spared` rectangle
  /// keep what they hold: for pixels an opaque fill drawn later in the same frame
  /// overwrites anyway (the shading, most of the plot under a steep sigmoid), clearing is
  /// a wasted pass over memory. The caller must cover every spared pixel before the
  /// pixels are read.
  ///
  /// Under a ``writeMask`` only its tiles are cleared, and the canvas must already have
  /// been cleared to `color` (the tiles outside keep what they hold).
  mutating func clear(to color: Color, sparing spared: [ClipRect]) {
    let value = color.argb | 0xFF00_0000
    let width = self.width
    stamp.generation &+= 1
    precondition(writeMask == nil || damage.background == value,
                 "a masked clear keeps the background the canvas holds")
    if damage.background == value {
      storage.withMutablePixels { pixels in
        damage.drain(width: width, sparing: spared, within: writeMask) { y, xs in
          UnsafeMutableBufferPointer(rebasing: pixels[(y * width + xs.lowerBound)..<(y * width + xs.upperBound)])
            .update(repeating: value)
        }
      }
    } else {
      storage.withMutablePixels { $0.update(repeating: value) }
      damage.reset(background: value)
    }
  }

  public subscript(x: Int, y: Int) -> UInt32 {
    storage.withPixels { $0[y * width + x] }
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
    withSpanBlender(color: color) { $0.blend(rows: y..<(y + 1), from: x, count: 1) { _ in alpha } }
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
    let width = self.width, height = self.height, wordsPerRow = damage.wordsPerRow
    stamp.generation &+= 1
    let maskBits = writeMask?.bits ?? [], masked = writeMask != nil
    // Moved out and back, so the blender can hold all of them at once (no copies).
    var bits = damage.bits, solid = damage.solid, solidColor = damage.solidColor
    damage.bits = []
    damage.solid = []
    defer {
      damage.bits = bits
      damage.solid = solid
      damage.solidColor = solidColor
    }
    return try storage.withMutablePixels { pixels in
      try maskBits.withUnsafeBufferPointer { mask in
      try bits.withUnsafeMutableBufferPointer { bits in
        try solid.withUnsafeMutableBufferPointer { solid in
          try withUnsafeMutablePointer(to: &solidColor) { solidColor in
            try body(SpanBlender(
              pixels: pixels, damage: bits, solid: solid, solidColor: solidColor,
              mask: masked ? mask : nil, wordsPerRow: wordsPerRow, width: width, height: height,
              source: color.argb | 0xFF00_0000))
          }
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
