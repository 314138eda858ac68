// One glyph's outline in font units (y up), as TrueType stores it: on- and off-curve points.
// It knows how to emit itself into a PathBuilder in device pixels; it does not parse 'glyf'.

import PlotCore

/// A glyph's contours in font units, y up, before any scaling.
///
/// Composite glyphs arrive here already flattened into one list of points, with each
/// component's transform applied, so the outline is just contours.
public struct GlyphOutline: Sendable, Equatable {
  /// One outline point in font units (x right, y up).
  public struct OutlinePoint: Sendable, Equatable {
    public var x: Double
    public var y: Double
    /// False for a quadratic control point.
    public var onCurve: Bool
    // Built only by GlyphTable's decoder, so the memberwise initializer stays internal.
  }

  /// All contours' points, one after another.
  public var points: [OutlinePoint] = []
  /// For each contour, the end index (exclusive) of its points in ``points``.
  public var contourEnds: [Int] = []

  public init() {}

  public var contourCount: Int { contourEnds.count }

  /// The smallest box holding every point (on- and off-curve), in font units; nil if empty.
  ///
  /// TrueType's quadratic curves stay inside their control polygon, so this is the
  /// box the 'glyf' header stores (when the font was built correctly).
  public var controlBounds: (xMin: Double, yMin: Double, xMax: Double, yMax: Double)? {
    guard let first = points.first else { return nil }
    var b = (xMin: first.x, yMin: first.y, xMax: first.x, yMax: first.y)
    for p in points {
      b.xMin = min(b.xMin, p.x); b.xMax = max(b.xMax, p.x)
      b.yMin = min(b.yMin, p.y); b.yMax = max(b.yMax, p.y)
    }
    return b
  }

  /// Emits every contour into `builder` in device pixels: font (x, y) maps to
  /// (origin.x + x·xScale, origin.y − y·yScale), flipping y because device y points down.
  public func emit(xScale: Double, yScale: Double, origin: Point,
                   into builder: inout PathBuilder) {
    emit(into: &builder) { Point(origin.x + $0.x * xScale, origin.y - $0.y * yScale) }
  }

  /// Emits every contour into `sink` as moves, lines and quadratic curves, each point
  /// mapped by `device` from font units (x right, y up) to where it is drawn. One walk for
  /// the raster's paths and the SVG's path data, so both read TrueType the same way.
  ///
  /// Between two consecutive off-curve points TrueType implies an on-curve point at
  /// their midpoint; a contour may also start off-curve, in which case it starts at the
  /// last point (if on-curve) or at the implied midpoint of the last and first.
  public func emit<Sink: ContourSink>(into sink: inout Sink, _ device: (Point) -> Point) {
    func at(_ p: OutlinePoint) -> Point { device(Point(p.x, p.y)) }
    var start = 0
    for end in contourEnds {
      defer { start = end }
      let contour = points[start..<end]
      guard let first = contour.first, let last = contour.last, contour.count >= 2 else {
        continue  // a lone point is an anchor for hinting or attachment, not ink
      }
      // Choose a start point that is on the curve, and the points that follow it.
      let startPoint: Point
      let rest: ArraySlice<OutlinePoint>
      if first.onCurve {
        startPoint = at(first)
        rest = contour.dropFirst()
      } else if last.onCurve {
        startPoint = at(last)
        rest = contour.dropLast()
      } else {
        startPoint = midpoint(at(last), at(first))
        rest = contour
      }
      sink.move(to: startPoint)
      var control: Point?
      for p in rest {
        let q = at(p)
        if p.onCurve {
          if let c = control { sink.quad(control: c, to: q) } else { sink.line(to: q) }
          control = nil
        } else {
          if let c = control { sink.quad(control: c, to: midpoint(c, q)) }
          control = q
        }
      }
      // Close back to the start; a straight closing edge is implied by the path itself.
      if let c = control { sink.quad(control: c, to: startPoint) }
      sink.closeContour()
    }
  }

  private func midpoint(_ a: Point, _ b: Point) -> Point {
    Point((a.x + b.x) / 2, (a.y + b.y) / 2)
  }
}

/// Where an outline's contours go: a path for the rasterizer, or SVG path data.
public protocol ContourSink {
  mutating func move(to p: Point)
  mutating func line(to p: Point)
  mutating func quad(control c: Point, to p: Point)
  /// Ends the contour (back to its start).
  mutating func closeContour()
}

extension PathBuilder: ContourSink {}
