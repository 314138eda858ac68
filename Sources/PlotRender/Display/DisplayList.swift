// What one frame draws, in drawing order, as a list of a few kinds of item: filled
// rectangles, disks and polygons, stroked polylines (with their Stroke and dash), text
// runs and clip rectangles, each tagged with what it is. The scene builds it; a backend
// (RasterBackend: pixels; later SVG) consumes it; hit-testing reads its groups. It holds
// meaning, not pixels: a curve stays a polyline with a stroke, a label stays a string.

import PlotCore

/// One frame's drawing, in order. Reused across frames: ``removeAll()`` keeps the
/// storage, so once warm building a list allocates nothing.
///
/// Polylines and polygons live in one flat point buffer (``geometry``); items refer to
/// runs of it by index range. Text runs hold their strings (the layout's own, shared).
public struct DisplayList: Hashable, Sendable {
  /// The items, back to front.
  public private(set) var items: [DisplayItem] = []
  /// Every polyline's and polygon's points; ``DisplayItem/Content`` cases name runs of it.
  public private(set) var geometry = Polylines()
  /// The legend's name of each curve drawn, for a vector writer's titles ("GELU'" when
  /// several functions are shown); a curve missing here goes by its own legend name.
  public var curveNames: [PlottedCurve: String] = [:]
  /// Where each ``Section`` starts in ``items`` (index by `Section.rawValue`), for the
  /// sections begun so far; a section runs to the next one's start. Lets a backend, or
  /// the benchmark, draw part of a frame.
  private var sectionStarts: [Int] = []
  /// Groups and clips opened and not yet closed (indices into ``items``).
  private var open: [Int] = []

  public init() {}

  /// The stages of a frame, in drawing order: what lies under the curves, the curves,
  /// the dots on them, the texts and legend, the overlays.
  public enum Section: Int, CaseIterable, Hashable, Sendable {
    case background, underlay, curves, dots, text, overlays
  }

  /// The items of `section`.
  public func range(of section: Section) -> Range<Int> {
    let s = section.rawValue
    guard s < sectionStarts.count else { return items.count..<items.count }
    return sectionStarts[s]..<(s + 1 < sectionStarts.count ? sectionStarts[s + 1] : items.count)
  }

  /// Empties the list, keeping its storage.
  public mutating func removeAll() {
    items.removeAll(keepingCapacity: true)
    geometry.removeAll()
    open.removeAll(keepingCapacity: true)
    sectionStarts.removeAll(keepingCapacity: true)
    curveNames.removeAll(keepingCapacity: true)
  }

  // MARK: - Building

  /// Starts `section`: the items appended from now on belong to it. Sections are begun
  /// in order; one skipped is empty, and items before the first begun belong to none.
  public mutating func begin(_ section: Section) {
    while sectionStarts.count <= section.rawValue { sectionStarts.append(items.count) }
  }

  /// Appends one item as it is (the helpers below build the usual ones).
  public mutating func append(_ item: DisplayItem) {
    items.append(item)
  }

  /// Clears the canvas to `color`.
  public mutating func clear(_ color: Color, role: DisplayRole = .background) {
    append(DisplayItem(role: role, content: .clear(color)))
  }

  /// Fills `box` (device pixels) with `color` at `opacity`: exact area coverage when
  /// opaque; a translucent fill covers the box's whole pixels (edges rounded).
  public mutating func fill(_ box: Box, _ color: Color, opacity: Float = 1, role: DisplayRole) {
    append(DisplayItem(role: role, content: .rect(box, Paint(color, opacity: opacity))))
  }

  /// A filled disk.
  public mutating func disk(center: Point, radius: Double, _ color: Color, role: DisplayRole) {
    append(DisplayItem(role: role, content: .disk(center: center, radius: radius,
                                                  Paint(color))))
  }

  /// A filled polygon (non-zero rule) of the closed contours `contours`, each a point
  /// sequence whose last point joins its first.
  public mutating func polygon<C: Sequence<Point>>(_ contours: some Sequence<C>, _ color: Color,
                                                    role: DisplayRole) {
    let first = geometry.count
    for contour in contours { geometry.append(run: contour) }
    append(DisplayItem(role: role, content: .polygon(runs: first..<geometry.count,
                                                      Paint(color))))
  }

  /// How many runs ``geometry`` holds: note it, add a stroke's runs with ``addRun(_:)``
  /// (or ``addPoint(_:)`` and ``endRun()``), then call
  /// ``stroke(runsFrom:_:dash:_:role:)`` with it. Points go straight into the list's
  /// buffer, with no copy in between.
  public var runCount: Int { geometry.count }

  /// Adds one polyline (a run) to the item being built.
  public mutating func addRun<Run: Sequence<Point>>(_ run: Run) { geometry.append(run: run) }

  /// Adds a point to the run being built.
  public mutating func addPoint(_ p: Point) { geometry.add(p) }

  /// Ends the run being built.
  public mutating func endRun() { geometry.endRun() }

  /// The points of the run being built (since the last run ended).
  public var openRunCount: Int { geometry.points.count - (geometry.runEnds.last ?? 0) }

  /// Strokes the runs added since `firstRun` (``runCount`` before adding them) as one
  /// shape: where the runs overlap, the stroke is filled once. With `dash`, each run is
  /// dashed from its start and each dash is a shape of its own.
  public mutating func stroke(runsFrom firstRun: Int, _ stroke: Stroke, dash: Dash? = nil,
                              _ color: Color, role: DisplayRole) {
    append(DisplayItem(role: role, content: .stroke(
      runs: firstRun..<geometry.count, stroke, dash: dash, Paint(color))))
  }

  /// A line of text.
  public mutating func text(_ run: TextRun, role: DisplayRole) {
    append(DisplayItem(role: role, content: .text(run)))
  }

  /// Items until the matching ``endClip()`` draw only inside `clip` (and any enclosing
  /// clip).
  public mutating func beginClip(_ clip: ClipRect, role: DisplayRole) {
    open.append(items.count)
    append(DisplayItem(role: role, content: .beginClip(clip)))
  }

  /// Closes the last clip begun (``beginClip(_:role:)``).
  public mutating func endClip() { close() }

  /// Items until the matching ``endGroup()`` belong to a `role` whose region is `bounds`
  /// (device pixels): what hit-testing finds there, and what a writer may group (an SVG
  /// `<g>`). Groups nest.
  public mutating func beginGroup(_ role: DisplayRole, bounds: Box) {
    open.append(items.count)
    append(DisplayItem(role: role, content: .beginGroup(bounds: bounds, end: items.count)))
  }

  /// Closes the last group begun.
  public mutating func endGroup() { close() }

  /// Appends the end of the last group or clip opened, with its role, and records where
  /// a group ends in its opening item.
  private mutating func close() {
    guard let start = open.popLast() else { return }
    let opening = items[start]
    switch opening.content {
    case .beginGroup(let bounds, _):
      append(DisplayItem(role: opening.role, content: .endGroup))
      items[start].content = .beginGroup(bounds: bounds, end: items.count - 1)
    default:
      append(DisplayItem(role: opening.role, content: .endClip))
    }
  }
}
