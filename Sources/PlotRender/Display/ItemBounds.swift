// Where a display item may draw: a conservative pixel box for each kind of item, inside
// the clip in force, for FrameDamage to mark and test tiles with. Geometry only; wrong
// here means stale pixels, so every box errs on the large side (stroke reach, an em of
// slack around text, a pixel round rectangles).

import PlotCore

/// Pixel boxes of display items.
enum ItemBounds {
  /// The whole pixels a rectangle paints at one coverage: for an opaque one those it
  /// covers wholly, for a tint (drawn over its rounded box) that box less a pixel each side.
  static func interior(_ b: Box, paint: Paint) -> ClipRect? {
    guard b.x0.isFinite, b.x1.isFinite, b.y0.isFinite, b.y1.isFinite else { return nil }
    if paint.opacity >= 1 {
      return ClipRect(x0: clamp(b.x0.rounded(.up)), y0: clamp(b.y0.rounded(.up)),
                      x1: clamp(b.x1.rounded(.down)), y1: clamp(b.y1.rounded(.down)))
    }
    return ClipRect(x0: clamp(b.x0.rounded()) + 1, y0: clamp(b.y0.rounded()) + 1,
                    x1: clamp(b.x1.rounded()) - 1, y1: clamp(b.y1.rounded()) - 1)
  }

  /// How far from its polyline a stroke's pixels can reach: half its width, a miter's
  /// point at its limit, and the edge pixels' coverage.
  static func strokeReach(_ stroke: Stroke) -> Double {
    let half = stroke.width.isFinite ? Swift.max(0, stroke.width / 2) : 0
    switch stroke.join {
    case .round: return half + 2
    case .miter(let limit): return half * Swift.max(1, limit.isFinite ? limit : 1) + 2
    }
  }

  static func pixels(_ b: (x0: Double, y0: Double, x1: Double, y1: Double),
                             reach: Double) -> ClipRect {
    ClipRect(x0: clamp((b.x0 - reach).rounded(.down)), y0: clamp((b.y0 - reach).rounded(.down)),
             x1: clamp((b.x1 + reach).rounded(.up)) + 1, y1: clamp((b.y1 + reach).rounded(.up)) + 1)
  }

  /// The clip in force at each of `items` (the canvas where none is): one walk, so a
  /// list of thousands of items (the precision overlay's columns) costs no more.
  static func clipsInForce(_ items: [DisplayItem], size: (width: Int, height: Int),
                           stack: inout [ClipRect], into clips: inout [ClipRect]) {
    stack.removeAll(keepingCapacity: true)
    stack.append(ClipRect(x0: 0, y0: 0, x1: size.width, y1: size.height))
    clips.removeAll(keepingCapacity: true)
    for item in items {
      clips.append(stack.last!)
      switch item.content {
      case .beginClip(let rect): stack.append(stack.last!.intersection(rect))
      case .endClip: if stack.count > 1 { stack.removeLast() }
      default: continue
      }
    }
  }

  /// The pixels `item` may touch inside `clip`, the clip in force there: for a clip, its
  /// rectangle (changing it changes what the items inside draw). Empty for items that
  /// draw nothing.
  static func box(of item: DisplayItem, _ geometry: Polylines, clip: ClipRect,
                  size: (width: Int, height: Int), text: inout TextPainter) -> ClipRect {
    let canvas = ClipRect(x0: 0, y0: 0, x1: size.width, y1: size.height)
    return own(item, geometry, text: &text, canvas: canvas).intersection(clip)
  }

  /// An item's own box, before clips.
  static func own(_ item: DisplayItem, _ geometry: Polylines, text: inout TextPainter,
                          canvas: ClipRect) -> ClipRect {
    let none = ClipRect(x0: 0, y0: 0, x1: 0, y1: 0)
    switch item.content {
    case .clear: return canvas
    case .rect(let b, _): return outline(b)
    case .disk(let c, let r, _):
      guard c.x.isFinite, c.y.isFinite, r.isFinite else { return canvas }
      return pixels((c.x - r, c.y - r, c.x + r, c.y + r), reach: 2)
    case .polygon(let runs, _):
      return bounds(runs, geometry, reach: 2) ?? none
    case .stroke(let runs, let stroke, _, _):
      return bounds(runs, geometry, reach: strokeReach(stroke)) ?? none
    case .text(let run):
      let width = text.face(pixelSize: run.pixelSize).measure(run.text).width
      let size = run.pixelSize, p = run.anchorPoint
      guard width.isFinite, size.isFinite, p.x.isFinite, p.y.isFinite else { return canvas }
      let start: Double
      switch run.anchor {
      case .left: start = 0
      case .center: start = -width / 2
      case .right: start = -width
      }
      // Glyphs overhang their advances and accents rise above the ascent: an em of slack.
      switch run.rotation {
      case .none:
        return pixels((p.x + start - size, p.y - 2 * size, p.x + start + width + size, p.y + size),
                      reach: 2)
      case .up:
        return pixels((p.x - 2 * size, p.y - start - width - size, p.x + size, p.y - start + size),
                      reach: 2)
      }
    case .beginClip(let rect): return rect
    case .endClip, .beginGroup, .endGroup: return none
    }
  }

  /// The whole pixels any part of `b` falls in, a pixel more each side.
  static func outline(_ b: Box) -> ClipRect {
    guard b.x0.isFinite, b.x1.isFinite, b.y0.isFinite, b.y1.isFinite else {
      return ClipRect(x0: -clampLimit, y0: -clampLimit, x1: clampLimit, y1: clampLimit)
    }
    return ClipRect(x0: clamp(b.x0.rounded(.down)) - 1, y0: clamp(b.y0.rounded(.down)) - 1,
                    x1: clamp(b.x1.rounded(.up)) + 1, y1: clamp(b.y1.rounded(.up)) + 1)
  }

  static func bounds(_ runs: Range<Int>, _ geometry: Polylines, reach: Double) -> ClipRect? {
    var b: (x0: Double, y0: Double, x1: Double, y1: Double)?
    for r in runs {
      for p in geometry.run(r) where p.x.isFinite && p.y.isFinite {
        b = b.map { (Swift.min($0.x0, p.x), Swift.min($0.y0, p.y), Swift.max($0.x1, p.x),
                     Swift.max($0.y1, p.y)) } ?? (p.x, p.y, p.x, p.y)
      }
    }
    return b.map { pixels($0, reach: reach) }
  }

  static let clampLimit = 1 << 40

  /// A whole number of pixels as an Int, held within ±2^40 (no trap on huge values).
  static func clamp(_ v: Double) -> Int {
    v.isNaN ? 0 : Int(Swift.max(-Double(clampLimit), Swift.min(Double(clampLimit), v)))
  }
}
