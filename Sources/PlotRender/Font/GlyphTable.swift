// The 'loca' and 'glyf' tables: where each glyph's data is, and how to decode it into
// a GlyphOutline (simple glyphs and composites). No hinting instructions are run.

/// The glyph data of a font: 'loca' offsets plus the 'glyf' bytes they point into.
struct GlyphTable: Sendable {
  /// The 'glyf' table.
  let glyf: FontBytes
  /// numGlyphs + 1 byte offsets into 'glyf' (already doubled for the short format);
  /// glyph g spans offsets[g]..<offsets[g + 1], and an empty span means no outline.
  let offsets: [Int]

  /// Deepest nesting of composite glyphs followed; real fonts use 1 or 2, and the
  /// limit stops a glyph that includes itself.
  static let maxCompositeDepth = 8
  /// Most points one outline may decode, summed over all its components: 16× the
  /// largest simple glyph TrueType allows. With ``maxComponents`` it bounds the work
  /// for a composite that fans out wide at every level, which would otherwise take
  /// time exponential in the depth.
  static let maxOutlinePoints = 16 * 65_536
  /// Most components one outline may visit, summed over all levels.
  static let maxComponents = 65_536

  /// What one decode has used so far, against the two limits above.
  private struct Budget {
    var points = 0
    var components = 0
  }

  init(loca: FontBytes, glyf: FontBytes, numGlyphs: Int, longOffsets: Bool) throws(FontError) {
    var offsets: [Int] = []
    offsets.reserveCapacity(numGlyphs + 1)
    for g in 0...numGlyphs {
      offsets.append(longOffsets ? Int(try loca.u32(4 * g)) : 2 * Int(try loca.u16(2 * g)))
    }
    self.glyf = glyf
    self.offsets = offsets
  }

  /// The bytes of glyph `g`, or nil for a glyph without outline (such as space).
  func data(glyph g: Int) throws(FontError) -> FontBytes? {
    guard g >= 0, g + 1 < offsets.count else {
      throw .damaged(table: "glyf", detail: "has no glyph \(g) (font has \(offsets.count - 1))")
    }
    let start = offsets[g]
    let end = offsets[g + 1]
    guard start <= end else {
      throw .damaged(table: "loca", detail: "gives glyph \(g) a negative length "
        + "(\(start) to \(end))")
    }
    if start == end { return nil }
    do {
      return try glyf.slice(at: start, length: end - start)
    } catch {
      throw .damaged(table: "loca", detail: "points glyph \(g) past the end of 'glyf' "
        + "(\(start) to \(end), 'glyf' has \(glyf.count) bytes)")
    }
  }

  /// Glyph `g`'s 10-byte header; nil for a glyph without outline.
  func header(glyph g: Int) throws(FontError) -> GlyphHeader? {
    guard let d = try data(glyph: g) else { return nil }
    return GlyphHeader(
      numberOfContours: Int(try d.i16(0)),
      bounds: GlyphBounds(xMin: Int(try d.i16(2)), yMin: Int(try d.i16(4)),
                          xMax: Int(try d.i16(6)), yMax: Int(try d.i16(8))))
  }

  /// Decodes glyph `g`, following composites, into an outline in font units.
  func outline(glyph g: Int) throws(FontError) -> GlyphOutline {
    var budget = Budget()
    return try decode(glyph: g, depth: 0, budget: &budget)
  }

  // MARK: - Simple glyphs

  /// Decodes glyph `g` in its own coordinates.
  private func decode(glyph g: Int, depth: Int,
                      budget: inout Budget) throws(FontError) -> GlyphOutline {
    guard let d = try data(glyph: g) else { return GlyphOutline() }
    let contourCount = Int(try d.i16(0))
    if contourCount >= 0 {
      return try decodeSimple(d, contourCount: contourCount, budget: &budget)
    }
    guard depth < Self.maxCompositeDepth else {
      throw .damaged(table: "glyf", detail: "nests composite glyphs more than "
        + "\(Self.maxCompositeDepth) deep at glyph \(g) (a glyph that includes itself?)")
    }
    return try decodeComposite(d, depth: depth, budget: &budget)
  }

  // Simple-glyph flag bits (OpenType 'glyf' spec): the point's own two, and one pair per
  // coordinate axis (see CoordinateFlags).
  private static let onCurve: UInt8 = 0x01
  private static let repeatFlag: UInt8 = 0x08

  /// A simple glyph's flag bits for one axis: x_SHORT_VECTOR and
  /// X_IS_SAME_OR_POSITIVE_X_SHORT_VECTOR, or their y pair.
  private struct CoordinateFlags {
    var short: UInt8
    var sameOrPositive: UInt8
    static let x = CoordinateFlags(short: 0x02, sameOrPositive: 0x10)
    static let y = CoordinateFlags(short: 0x04, sameOrPositive: 0x20)
  }

  /// Decodes a simple glyph: contour end indices, instructions (skipped), flags with
  /// repeats, then x deltas and y deltas, each 1 byte (sign in the flag) or 2 bytes.
  private func decodeSimple(_ d: FontBytes, contourCount: Int,
                            budget: inout Budget) throws(FontError) -> GlyphOutline {
    var outline = GlyphOutline()
    guard contourCount > 0 else { return outline }
    var ends: [Int] = []
    ends.reserveCapacity(contourCount)
    var previousEnd = -1
    for i in 0..<contourCount {
      let end = Int(try d.u16(10 + 2 * i))
      guard end > previousEnd else {
        throw .damaged(table: "glyf", detail: "has contour end points out of order "
          + "(\(end) after \(previousEnd))")
      }
      ends.append(end + 1)
      previousEnd = end
    }
    let pointCount = previousEnd + 1
    budget.points += pointCount
    guard budget.points <= Self.maxOutlinePoints else {
      throw .damaged(table: "glyf", detail: "builds an outline of more than "
        + "\(Self.maxOutlinePoints) points")
    }
    let instructionLength = Int(try d.u16(10 + 2 * contourCount))
    var cursor = 12 + 2 * contourCount + instructionLength

    // Each point needs at least one flag byte or a share of a repeat, so the loop
    // ends after at most pointCount iterations whatever the data says.
    var flags: [UInt8] = []
    flags.reserveCapacity(pointCount)
    while flags.count < pointCount {
      let flag = try d.u8(cursor)
      cursor += 1
      flags.append(flag)
      if flag & Self.repeatFlag != 0 {
        let repeats = Int(try d.u8(cursor))
        cursor += 1
        guard flags.count + repeats <= pointCount else {
          throw .damaged(table: "glyf", detail: "repeats a flag past the glyph's "
            + "\(pointCount) points")
        }
        flags.append(contentsOf: repeatElement(flag, count: repeats))
      }
    }

    let xs = try readCoordinates(d, flags: flags, cursor: &cursor, axis: .x)
    let ys = try readCoordinates(d, flags: flags, cursor: &cursor, axis: .y)
    outline.points.reserveCapacity(pointCount)
    for i in 0..<pointCount {
      outline.points.append(.init(x: Double(xs[i]), y: Double(ys[i]),
                                  onCurve: flags[i] & Self.onCurve != 0))
    }
    outline.contourEnds = ends
    return outline
  }

  /// Reads one axis of coordinates: deltas accumulated from 0. A short delta is one
  /// unsigned byte whose sign is the "same or positive" bit; otherwise that bit set
  /// means "repeat the previous coordinate" and clear means a signed 16-bit delta.
  private func readCoordinates(_ d: FontBytes, flags: [UInt8], cursor: inout Int,
                               axis: CoordinateFlags) throws(FontError) -> [Int] {
    let (short, sameOrPositive) = (axis.short, axis.sameOrPositive)
    var values: [Int] = []
    values.reserveCapacity(flags.count)
    var value = 0
    for flag in flags {
      if flag & short != 0 {
        let delta = Int(try d.u8(cursor))
        cursor += 1
        value += flag & sameOrPositive != 0 ? delta : -delta
      } else if flag & sameOrPositive == 0 {
        value += Int(try d.i16(cursor))
        cursor += 2
      }
      values.append(value)
    }
    return values
  }

  // MARK: - Composite glyphs

  // Composite-glyph component flag bits (OpenType 'glyf' spec).
  private static let argsAreWords: UInt16 = 0x0001
  private static let argsAreXYValues: UInt16 = 0x0002
  private static let haveScale: UInt16 = 0x0008
  private static let moreComponents: UInt16 = 0x0020
  private static let haveXYScale: UInt16 = 0x0040
  private static let haveTwoByTwo: UInt16 = 0x0080
  private static let scaledComponentOffset: UInt16 = 0x0800
  private static let unscaledComponentOffset: UInt16 = 0x1000

  /// Decodes each component: flags, glyph index, two arguments (an offset, or a pair
  /// of point numbers to align), and an optional scale / x-y scale / 2×2 matrix.
  /// Instructions after the last component are skipped; ROUND_XY_TO_GRID is ignored
  /// because nothing here is hinted.
  private func decodeComposite(_ d: FontBytes, depth: Int,
                               budget: inout Budget) throws(FontError) -> GlyphOutline {
    var outline = GlyphOutline()
    var cursor = 10
    // Each component takes at least 6 bytes, so the loop ends within the glyph.
    while true {
      budget.components += 1
      guard budget.components <= Self.maxComponents else {
        throw .damaged(table: "glyf", detail: "builds an outline from more than "
          + "\(Self.maxComponents) components")
      }
      let flags = try d.u16(cursor)
      let component = Int(try d.u16(cursor + 2))
      cursor += 4
      let arg1: Int
      let arg2: Int
      let argsAreOffsets = flags & Self.argsAreXYValues != 0
      if flags & Self.argsAreWords != 0 {
        arg1 = argsAreOffsets ? Int(try d.i16(cursor)) : Int(try d.u16(cursor))
        arg2 = argsAreOffsets ? Int(try d.i16(cursor + 2)) : Int(try d.u16(cursor + 2))
        cursor += 4
      } else {
        arg1 = argsAreOffsets ? Int(try d.i8(cursor)) : Int(try d.u8(cursor))
        arg2 = argsAreOffsets ? Int(try d.i8(cursor + 1)) : Int(try d.u8(cursor + 1))
        cursor += 2
      }
      var m = ComponentMatrix.identity
      if flags & Self.haveScale != 0 {
        m.a = try d.f2dot14(cursor); m.d = m.a
        cursor += 2
      } else if flags & Self.haveXYScale != 0 {
        m.a = try d.f2dot14(cursor); m.d = try d.f2dot14(cursor + 2)
        cursor += 4
      } else if flags & Self.haveTwoByTwo != 0 {
        m.a = try d.f2dot14(cursor); m.b = try d.f2dot14(cursor + 2)
        m.c = try d.f2dot14(cursor + 4); m.d = try d.f2dot14(cursor + 6)
        cursor += 8
      }

      // Decode the component in its own coordinates first, then place it.
      var part = try decode(glyph: component, depth: depth + 1, budget: &budget)
      for i in part.points.indices {
        (part.points[i].x, part.points[i].y) = m.apply(part.points[i].x, part.points[i].y)
      }
      if argsAreOffsets {
        var dx = Double(arg1)
        var dy = Double(arg2)
        let scaleOffset = flags & Self.scaledComponentOffset != 0
          && flags & Self.unscaledComponentOffset == 0
        if scaleOffset { (dx, dy) = m.apply(dx, dy) }
        for i in part.points.indices { part.points[i].x += dx; part.points[i].y += dy }
      } else {
        // Point matching: move the component so its point arg2 lands on the parent's
        // point arg1 (both in the parent's coordinates so far).
        guard outline.points.indices.contains(arg1), part.points.indices.contains(arg2) else {
          throw .damaged(table: "glyf", detail: "aligns a component by point numbers "
            + "\(arg1) and \(arg2), which do not exist")
        }
        let dx = outline.points[arg1].x - part.points[arg2].x
        let dy = outline.points[arg1].y - part.points[arg2].y
        for i in part.points.indices { part.points[i].x += dx; part.points[i].y += dy }
      }
      let base = outline.points.count
      outline.points.append(contentsOf: part.points)
      outline.contourEnds.append(contentsOf: part.contourEnds.map { base + $0 })
      if flags & Self.moreComponents == 0 { return outline }
    }
  }
}

/// The fixed header every glyph with an outline starts with.
public struct GlyphHeader: Sendable, Equatable {
  /// Contours in a simple glyph; negative (usually −1) for a composite glyph.
  public var numberOfContours: Int
  /// The box the font says the outline fills.
  public var bounds: GlyphBounds

  public var isComposite: Bool { numberOfContours < 0 }
}

/// A glyph's box in font units (x right, y up), as stored in its 'glyf' header.
public struct GlyphBounds: Sendable, Equatable {
  /// The corners, as the 'glyf' header stores them (xMin, yMin, xMax, yMax).
  public var xMin, yMin, xMax, yMax: Int

  public init(xMin: Int, yMin: Int, xMax: Int, yMax: Int) {
    self.xMin = xMin; self.yMin = yMin; self.xMax = xMax; self.yMax = yMax
  }
}

/// The 2×2 matrix that scales or shears a composite's component:
/// x' = a·x + c·y, y' = b·x + d·y (the OpenType spec's naming; its offset is separate).
struct ComponentMatrix: Sendable {
  var a = 1.0, b = 0.0, c = 0.0, d = 1.0

  static let identity = ComponentMatrix()

  func apply(_ x: Double, _ y: Double) -> (Double, Double) {
    (a * x + c * y, b * x + d * y)
  }
}
