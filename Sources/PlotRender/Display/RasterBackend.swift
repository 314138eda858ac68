// Draws a DisplayList into a Canvas: the pixel backend. Rectangles through the exact-area
// rectangle fill, strokes through the Stroker (dashes through the Dasher first), disks and
// polygons through the coverage raster, text through the glyph cache. It keeps all their
// scratch between frames, so drawing a warm frame allocates nothing; and it remembers the
// frame it drew last, so a frame that changes little (a parameter drag) is drawn only in
// the tiles it changes (FrameDamage.swift), with the same pixels.

import PlotCore

/// Turns display lists into pixels. Keep one per scene: it owns the raster's, the
/// stroker's and the glyph cache's reusable storage.
public struct RasterBackend {
  var text: TextPainter
  private var raster = CoverageRaster()
  private var stroker = Stroker()
  private var dasher = Dasher()
  /// Scratch: the outline being filled, and the dashes of the run being dashed.
  private var outline = Path()
  private var dashes = Polylines()
  /// The clip rectangles in force, innermost last.
  private var clips: [ClipRect] = []
  /// Scratch for ``sparedByLaterFills(after:in:canvas:)``: its clip stack and its result.
  private var scanClips: [ClipRect] = []
  private var spared: [ClipRect] = []
  /// The frame the canvas holds, and the tiles this one changes while ``masked``.
  private var damage = FrameDamage()
  private var mask = TileMask(width: 0, height: 0)
  private var masked = false

  /// A backend drawing text in `font`.
  public init(font: TrueTypeFont) {
    text = TextPainter(font: font)
  }

  /// Draws every item of `list` into `canvas`, in order.
  public mutating func draw(_ list: DisplayList, into canvas: inout Canvas) {
    beginFrame(list, on: &canvas)
    draw(list, items: list.items.indices, into: &canvas)
    endFrame(list, on: &canvas)
  }

  /// Starts drawing `list` whole into `canvas` (``draw(_:items:into:)``, section by
  /// section, then ``endFrame(_:on:)``): where the canvas still holds the frame this
  /// backend drew last, only the tiles whose drawing changed are written, and items that
  /// touch none of them are skipped.
  public mutating func beginFrame(_ list: DisplayList, on canvas: inout Canvas) {
    if mask.width != canvas.width || mask.height != canvas.height {
      mask = TileMask(width: canvas.width, height: canvas.height)
    }
    masked = damage.tiles(changedBy: list, on: canvas, text: &text, into: &mask)
    canvas.writeMask = masked ? mask : nil
  }

  /// Ends the frame ``beginFrame(_:on:)`` began: the canvas now holds `list`.
  public mutating func endFrame(_ list: DisplayList, on canvas: inout Canvas) {
    canvas.writeMask = nil
    damage.remember(list, on: canvas, boxesKnown: masked)
    redrawnShare = masked ? mask.fraction : 1
    masked = false
  }

  /// The share of the canvas's tiles the last frame wrote (1: all of them).
  public private(set) var redrawnShare = 1.0

  /// Draws the items `range` of `list` (a ``DisplayList/range(of:)`` section, say); clips
  /// opened before the range are not in force. A clear in the range leaves the pixels
  /// that later opaque rectangles of the list cover wholly as they were, so draw the
  /// list's sections in order before reading the pixels.
  public mutating func draw(_ list: DisplayList, items range: Range<Int>,
                            into canvas: inout Canvas) {
    clips.removeAll(keepingCapacity: true)
    for i in range {
      // Masked, an item that touches no changed tile would write nothing: skip its work.
      if masked, let box = damage.box(of: i), !box.isEmpty, !mask.meets(box) {
        switch list.items[i].content {
        case .beginClip, .endClip, .clear: break
        default: continue
        }
      }
      if case .clear(let color) = list.items[i].content {
        sparedByLaterFills(after: i, in: list, canvas: canvas.bounds)
        canvas.clear(to: color, sparing: spared)
        continue
      }
      draw(list.items[i], of: list, into: &canvas)
    }
  }

  /// Fills ``spared`` with the whole-pixel interiors (inside their clips) of the large
  /// opaque rectangles that come after item `index` of `list`: every pixel there ends up
  /// exactly the rectangle's colour whatever it held, so a clear at `index` need not
  /// write it. Looks past a drawn range's end: the sections of a list are drawn in order
  /// (``draw(_:items:into:)``).
  private mutating func sparedByLaterFills(after index: Int, in list: DisplayList,
                                           canvas: ClipRect) {
    spared.removeAll(keepingCapacity: true)
    scanClips.removeAll(keepingCapacity: true)
    scanClips.append(clip ?? canvas)
    for item in list.items[(index + 1)...] {
      switch item.content {
      case .beginClip(let rect):
        scanClips.append(scanClips.last!.intersection(rect))
      case .endClip:
        if scanClips.count > 1 { scanClips.removeLast() } else { return }  // not ours
      case .rect(let box, let paint) where paint.opacity >= 1:
        let area = scanClips.last!.intersection(canvas)
        guard !box.x0.isNaN, !box.x1.isNaN, !box.y0.isNaN, !box.y1.isNaN else { continue }
        // Columns and rows the rectangle covers wholly: there ``CoverageRaster/fillRect``
        // writes its colour at full coverage, exactly.
        let x0 = ceilInt(Swift.max(box.x0, Double(area.x0)))
        let x1 = floorInt(Swift.min(box.x1, Double(area.x1)))
        let y0 = ceilInt(Swift.max(box.y0, Double(area.y0)))
        let y1 = floorInt(Swift.min(box.y1, Double(area.y1)))
        let interior = ClipRect(x0: x0, y0: y0, x1: x1, y1: y1)
        // Small ones are not worth the clear's per-block check.
        if !interior.isEmpty && (x1 - x0) * (y1 - y0) >= 4096 {
          spared.append(interior)
          if spared.count == 8 { return }
        }
      default:
        continue
      }
    }
  }

  /// The clip in force, or nil for the whole canvas.
  private var clip: ClipRect? { clips.last }

  private mutating func draw(_ item: DisplayItem, of list: DisplayList,
                             into canvas: inout Canvas) {
    switch item.content {
    case .clear(let color):
      canvas.clear(to: color)
    case .rect(let box, let paint):
      if paint.opacity >= 1 {
        raster.fillRect((box.x0, box.y0, box.x1, box.y1), color: paint.color, clip: clip,
                        into: &canvas)
      } else {
        tint(box, paint, &canvas)
      }
    case .disk(let center, let radius, let paint):
      guard radius > 0 else { return }
      outline.removeAll()
      stroker.append(CollectionOfOne(center), stroke: Stroke(width: 2 * radius), to: &outline)
      raster.fill(outline, color: paint.color, clip: clip, into: &canvas)
    case .polygon(let runs, let paint):
      outline.removeAll()
      for i in runs {
        let start = outline.points.count
        outline.points.append(contentsOf: list.geometry.run(i))
        outline.closeContour(from: start)
      }
      raster.fill(outline, color: paint.color, clip: clip, into: &canvas)
    case .stroke(let runs, let stroke, let dash, let paint):
      if let dash, dash.isValid {
        // All dashes in one outline and one fill, as for solid runs: the raster's non-zero
        // rule takes their exact union, and a fill per dash (hundreds on a long curve)
        // repeated the edge and row set-up for each.
        outline.removeAll()
        for i in runs {
          dashes.removeAll()
          dasher.append(dashesOf: list.geometry.run(i), dash: dash, to: &dashes)
          for d in 0..<dashes.count { stroker.append(dashes.run(d), stroke: stroke, to: &outline) }
        }
        raster.fill(outline, color: paint.color, clip: clip, into: &canvas)
      } else {
        outline.removeAll()
        for i in runs { stroker.append(list.geometry.run(i), stroke: stroke, to: &outline) }
        raster.fill(outline, color: paint.color, clip: clip, into: &canvas)
      }
    case .text(let run):
      let face = text.face(pixelSize: run.pixelSize)
      switch run.rotation {
      case .none:
        text.draw(run.text, face: face, x: run.anchorPoint.x, baseline: run.anchorPoint.y,
                  anchor: run.anchor, color: run.color, into: &canvas)
      case .up:
        text.drawRotated(run.text, face: face, baselineX: run.anchorPoint.x,
                         anchorY: run.anchorPoint.y, anchor: run.anchor, color: run.color,
                         into: &canvas)
      }
    case .beginClip(let rect):
      clips.append(clip.map { $0.intersection(rect) } ?? rect)
    case .endClip:
      _ = clips.popLast()
    case .beginGroup, .endGroup:
      break
    }
  }

  /// Lays `paint` over the whole-pixel part of `box` (inside the clip): what a
  /// translucent fill gives, through the blender's coverage.
  private mutating func tint(_ box: Box, _ paint: Paint, _ canvas: inout Canvas) {
    let area = canvas.bounds.intersection(clip ?? canvas.bounds)
    let x0 = Swift.max(area.x0, Int(box.x0.rounded())), x1 = Swift.min(area.x1, Int(box.x1.rounded()))
    let y0 = Swift.max(area.y0, Int(box.y0.rounded())), y1 = Swift.min(area.y1, Int(box.y1.rounded()))
    guard x0 < x1, y0 < y1 else { return }
    // One alpha for every pixel, converted once (the coverage rule's own conversion).
    let alpha = Canvas.alpha(forCoverage: Swift.max(0, paint.opacity))
    guard alpha > 0 else { return }
    canvas.withSpanBlender(color: paint.color) { blender in
      blender.blend(rows: y0..<y1, from: x0, count: x1 - x0) { _ in alpha }
    }
  }
}
