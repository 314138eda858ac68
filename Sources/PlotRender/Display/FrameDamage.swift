// What changed between the frame a canvas holds and the next one, as tiles: the raster
// backend then redraws only those (TileMask), pixel for pixel what a full redraw gives.
//
// Why it is exact: a pixel's value is the background followed by every item that touches
// it, in order. The items of the two lists are matched in order (equal drawing, equal
// geometry); every tile an unmatched item (old or new) may touch is marked. In an unmarked
// tile, then, the items touching it are the same matched items in the same order in both
// frames, and so are its pixels. A rectangle replaced by one of the same paint is the one
// refinement: in a tile inside both interiors it paints every pixel alike over the same
// matched items, so such tiles need not be marked for it.
//
// It pays where a frame changes little: a parameter drag moves the curves, markers and
// a few texts, and the grid, axes, labels and most of the shading stay. A frame where
// most items change (a zoom) is drawn whole, with no more work than the match.

import PlotCore

/// The backend's memory of the frame a canvas holds, and the tiles the next one changes.
struct FrameDamage {
  /// The frame drawn last: its items, their geometry, and where each may draw (nil: not
  /// worked out yet; an empty box for items that draw nothing themselves).
  private var items: [DisplayItem] = []
  private var geometry = Polylines()
  private var boxes: [ClipRect?] = []
  /// The canvas it was drawn into, as it was just after (nil: nothing remembered).
  private var stamp: Canvas.Stamp?
  private var size = (width: 0, height: 0)
  /// Scratch: the new list's boxes, the drawing items' indices and the match.
  private var newBoxes: [ClipRect?] = []
  private var oldDrawn: [Int] = [], newDrawn: [Int] = []
  /// The match's unmatched items: old and new, or replaced (both), as item indices.
  private var changes: [(old: Int?, new: Int?)] = []
  /// The clip in force at each item of the old and the new list (worked out once a frame
  /// is to be drawn in part), and the stack that walk keeps.
  private var oldClips: [ClipRect] = [], newClips: [ClipRect] = []
  private var clipStack: [ClipRect] = []

  /// The share of tiles above which a frame is drawn whole: masked drawing skips pixel
  /// writes, not raster work, so when most tiles change it saves nothing.
  static let wholeFrameShare = 0.5
  /// The most items a list may have for its frame to be matched at all.
  static let itemLimit = 1024

  /// Each new item's box, valid after ``tiles(changedBy:on:text:into:)`` returned true.
  func box(of index: Int) -> ClipRect? { newBoxes[index] }

  /// Marks in `mask` the tiles where `list` draws differently from the frame `canvas`
  /// holds, and returns true; false when the frame must be drawn whole (the canvas holds
  /// another frame or has been written since, another background, or most tiles change).
  mutating func tiles(
    changedBy list: DisplayList, on canvas: Canvas, text: inout TextPainter,
    into mask: inout TileMask
  ) -> Bool {
    guard let stamp, stamp == canvas.stamp, size == (canvas.width, canvas.height),
          mask.width == canvas.width, mask.height == canvas.height
    else { return false }
    // A list of thousands of items (the precision overlay draws its step curve column
    // by column) changes in too many places to pay for matching: drawn whole.
    guard list.items.count <= Self.itemLimit, items.count <= Self.itemLimit else { return false }
    mask.removeAll()
    oldDrawn.removeAll(keepingCapacity: true)
    newDrawn.removeAll(keepingCapacity: true)
    for (i, item) in items.enumerated() where item.content.draws { oldDrawn.append(i) }
    for (i, item) in list.items.enumerated() where item.content.draws { newDrawn.append(i) }
    // The same clear first in both, to the background the canvas knows it holds.
    guard let first = newDrawn.first, let oldFirst = oldDrawn.first,
          case .clear(let color) = list.items[first].content,
          items[oldFirst].content == list.items[first].content,
          canvas.background == color.argb | 0xFF00_0000
    else { return false }
    newBoxes.removeAll(keepingCapacity: true)
    newBoxes.append(contentsOf: repeatElement(nil, count: list.items.count))

    // First the match alone, which is cheap: a frame where more than a quarter of the
    // items change (a zoom changes nearly all) gives up here, before any box is worked
    // out. A parameter drag changes about one item in ten.
    changes.removeAll(keepingCapacity: true)
    var i = 0, j = 0
    let limit = (oldDrawn.count + newDrawn.count) / 8
    while i < oldDrawn.count || j < newDrawn.count {
      if i < oldDrawn.count, j < newDrawn.count,
         Self.sameDrawing(items[oldDrawn[i]], geometry, list.items[newDrawn[j]], list.geometry) {
        newBoxes[newDrawn[j]] = boxes[oldDrawn[i]]
        i += 1
        j += 1
        continue
      }
      // A few items inserted or removed: find the other side's item a little further on.
      if j < newDrawn.count, let skip = lookAhead(for: list.items[newDrawn[j]], list, inOld: i) {
        for k in i..<(i + skip) { changes.append((oldDrawn[k], nil)) }
        i += skip
      } else if i < oldDrawn.count, let skip = lookAhead(forOld: items[oldDrawn[i]], list, inNew: j) {
        for k in j..<(j + skip) { changes.append((nil, newDrawn[k])) }
        j += skip
      } else if i < oldDrawn.count, j < newDrawn.count {
        changes.append((oldDrawn[i], newDrawn[j]))  // one item replaced by another
        i += 1
        j += 1
      } else if i < oldDrawn.count {
        changes.append((oldDrawn[i], nil))
        i += 1
      } else {
        changes.append((nil, newDrawn[j]))
        j += 1
      }
      if changes.count > limit { return false }
    }
    ItemBounds.clipsInForce(items, size: size, stack: &clipStack, into: &oldClips)
    ItemBounds.clipsInForce(list.items, size: size, stack: &clipStack, into: &newClips)
    for change in changes {
      switch change {
      case let (old?, new?): markReplaced(old: old, new: new, in: list, text: &text, into: &mask)
      case let (old?, nil): mark(old: old, text: &text, into: &mask)
      case let (nil, new?): mark(new: new, in: list, text: &text, into: &mask)
      case (nil, nil): break
      }
      if mask.fraction > Self.wholeFrameShare { return false }
    }
    if mask.fraction > Self.wholeFrameShare { return false }
    // Items that draw nothing themselves keep an empty box; every drawing item has one.
    fillBoxes(of: list, text: &text)
    return true
  }

  /// Remembers `list` as what `canvas` now holds (after drawing it whole or masked).
  /// `boxesKnown`: the boxes of ``tiles(changedBy:on:text:into:)`` are this list's.
  mutating func remember(_ list: DisplayList, on canvas: Canvas, boxesKnown: Bool) {
    items.removeAll(keepingCapacity: true)
    items.append(contentsOf: list.items)
    geometry.replace(with: list.geometry)
    boxes.removeAll(keepingCapacity: true)
    if boxesKnown {
      boxes.append(contentsOf: newBoxes)
    } else {
      boxes.append(contentsOf: repeatElement(nil, count: items.count))
    }
    stamp = canvas.stamp
    size = (canvas.width, canvas.height)
  }

  // MARK: - Matching

  /// How far past old item `i` (in ``oldDrawn``) an item drawing as `item` comes, within
  /// a few items; nil when not found.
  private func lookAhead(for item: DisplayItem, _ list: DisplayList, inOld i: Int) -> Int? {
    let end = Swift.min(oldDrawn.count, i + 8)
    guard i + 1 < end else { return nil }
    for k in (i + 1)..<end where Self.sameDrawing(items[oldDrawn[k]], geometry, item, list.geometry) {
      return k - i
    }
    return nil
  }

  /// How far past new item `j` (in ``newDrawn``) an item drawing as old `item` comes.
  private func lookAhead(forOld item: DisplayItem, _ list: DisplayList, inNew j: Int) -> Int? {
    let end = Swift.min(newDrawn.count, j + 8)
    guard j + 1 < end else { return nil }
    for k in (j + 1)..<end
    where Self.sameDrawing(item, geometry, list.items[newDrawn[k]], list.geometry) {
      return k - j
    }
    return nil
  }

  /// Whether two items draw the same pixels: the same content, polylines and polygons
  /// point for point (a NaN point never matches, which only costs a redraw).
  static func sameDrawing(_ a: DisplayItem, _ ga: Polylines, _ b: DisplayItem,
                          _ gb: Polylines) -> Bool {
    switch a.content {
    case let .stroke(ra, sa, da, pa):
      guard case let .stroke(rb, sb, db, pb) = b.content else { return false }
      return sa == sb && da == db && pa == pb && sameRuns(ra, ga, rb, gb)
    case let .polygon(ra, pa):
      guard case let .polygon(rb, pb) = b.content else { return false }
      return pa == pb && sameRuns(ra, ga, rb, gb)
    case let .rect(box, paint):
      guard case let .rect(other, otherPaint) = b.content else { return false }
      return box == other && paint == otherPaint
    case let .text(run):
      guard case let .text(other) = b.content else { return false }
      return run == other
    default:
      return a.content == b.content
    }
  }

  private static func sameRuns(_ ra: Range<Int>, _ ga: Polylines, _ rb: Range<Int>,
                               _ gb: Polylines) -> Bool {
    guard ra.count == rb.count else { return false }
    for (x, y) in zip(ra, rb) where ga.run(x) != gb.run(y) { return false }
    return true
  }

  // MARK: - Marking

  private mutating func mark(old index: Int, text: inout TextPainter, into mask: inout TileMask) {
    Self.markFinely(items[index], geometry, box: oldBox(index, text: &text), into: &mask)
  }

  private mutating func mark(new index: Int, in list: DisplayList, text: inout TextPainter,
                             into mask: inout TileMask) {
    let box = newBox(index, in: list, text: &text)
    Self.markFinely(list.items[index], list.geometry, box: box, into: &mask)
  }

  /// A rectangle replaced by one of the same paint marks the tiles of both but those
  /// inside both interiors; anything else marks both items' tiles.
  private mutating func markReplaced(old: Int, new: Int, in list: DisplayList,
                                     text: inout TextPainter, into mask: inout TileMask) {
    let oldBox = oldBox(old, text: &text), newBox = newBox(new, in: list, text: &text)
    if case let .rect(a, pa) = items[old].content, case let .rect(b, pb) = list.items[new].content,
       pa == pb, let ia = ItemBounds.interior(a, paint: pa), let ib = ItemBounds.interior(b, paint: pb),
       Self.unclipped(oldBox, a, size) && Self.unclipped(newBox, b, size) {
      let both = ia.intersection(ib)
      mask.mark(oldBox, except: both)
      mask.mark(newBox, except: both)
      return
    }
    Self.markFinely(items[old], geometry, box: oldBox, into: &mask)
    Self.markFinely(list.items[new], list.geometry, box: newBox, into: &mask)
  }

  /// Whether `box` (the item's box after its clips) is the rectangle's whole outline on
  /// the canvas: no clip cuts its interior.
  private static func unclipped(_ box: ClipRect, _ rect: Box, _ size: (width: Int, height: Int))
    -> Bool
  {
    box == ItemBounds.outline(rect).intersection(ClipRect(x0: 0, y0: 0, x1: size.width, y1: size.height))
  }

  /// Marks where `item` may draw: a stroke along its polylines, piece by piece (a curve
  /// across the plot touches a thin band of tiles, not its bounding box), anything else
  /// its box.
  private static func markFinely(_ item: DisplayItem, _ geometry: Polylines, box: ClipRect,
                                 into mask: inout TileMask) {
    guard case let .stroke(runs, stroke, _, _) = item.content else {
      mask.mark(box)
      return
    }
    let reach = ItemBounds.strokeReach(stroke)
    for r in runs {
      var piece: (x0: Double, y0: Double, x1: Double, y1: Double)?
      for p in geometry.run(r) {
        guard p.x.isFinite, p.y.isFinite else { continue }
        if var b = piece {
          b = (Swift.min(b.x0, p.x), Swift.min(b.y0, p.y), Swift.max(b.x1, p.x), Swift.max(b.y1, p.y))
          piece = b
          // A piece grows to about two tiles either way, then is marked and a new one
          // starts at this point (so the segment into it is covered by both).
          if b.x1 - b.x0 > 24 || b.y1 - b.y0 > 24 {
            mask.mark(ItemBounds.pixels(b, reach: reach).intersection(box))
            piece = (p.x, p.y, p.x, p.y)
          }
        } else {
          piece = (p.x, p.y, p.x, p.y)
        }
      }
      if let b = piece { mask.mark(ItemBounds.pixels(b, reach: reach).intersection(box)) }
    }
  }

  // MARK: - Boxes

  private mutating func oldBox(_ index: Int, text: inout TextPainter) -> ClipRect {
    if let box = boxes[index] { return box }
    let box = ItemBounds.box(of: items[index], geometry, clip: oldClips[index], size: size, text: &text)
    boxes[index] = box
    return box
  }

  private mutating func newBox(_ index: Int, in list: DisplayList, text: inout TextPainter)
    -> ClipRect
  {
    if let box = newBoxes[index] { return box }
    let box = ItemBounds.box(of: list.items[index], list.geometry, clip: newClips[index], size: size,
                       text: &text)
    newBoxes[index] = box
    return box
  }

  /// Works out the boxes the match left unknown (items matched to ones never boxed).
  private mutating func fillBoxes(of list: DisplayList, text: inout TextPainter) {
    for i in list.items.indices where newBoxes[i] == nil {
      newBoxes[i] = ItemBounds.box(of: list.items[i], list.geometry, clip: newClips[i], size: size,
                             text: &text)
    }
  }
}

extension DisplayItem.Content {
  /// Whether the item draws pixels or changes what later ones draw (a clip); groups only
  /// name regions.
  var draws: Bool {
    switch self {
    case .beginGroup, .endGroup: return false
    default: return true
    }
  }
}
