// The plot scene: background, shading, grid, curves, frame, ticks, labels, title, legend,
// story markers, probe, box-zoom rectangle, key help and notice for one SceneFrame. A
// frame is made in stages: sample the curves, lay the frame out (SceneLayout: where
// everything goes, PlotScene+Layout.swift), describe it as a DisplayList (what is drawn,
// in order, PlotScene+DisplayList.swift), and hand the list to the raster backend for
// pixels. The scene owns every stage's reusable buffers, so a warm frame allocates next
// to nothing.

import PlotCore

/// Draws frames of the sigmoid plot. Keep one per window (or render command): it caches
/// glyph bitmaps, sampled curves, the display list and raster scratch between frames.
///
/// `render(_:into:)` draws a whole frame; the stages it runs are public so the benchmark
/// can time them one by one, and must be called in the order `render` calls them.
public struct PlotScene {
  public var style: PlotStyle
  public var title = PlotScene.defaultTitle
  /// The seed's title, which every frame has unless a caller changes it.
  public static let defaultTitle = "Sigmoid Function and Its Derivative"
  public var xLabel = "x"
  public var yLabel = "Value"
  /// What the key help overlay lists (the viewer gives it its bindings table's rows).
  public var help = KeyHelp()

  /// Where everything went in the last frame laid out (set by ``layOut(_:width:height:)``):
  /// text boxes, frame, tick marks and legend, in device pixels.
  public private(set) var lastLayout = SceneLayout()
  /// What the last frame drew, in order (set by ``buildDisplayList(_:)``): the pixels
  /// come from it, and so does hit-testing (``legendCurve(at:)``), so the two agree.
  public private(set) var displayList = DisplayList()

  /// Faces by size, for measuring (the backend has its own for drawing: same font).
  var faces: FaceCache
  private var backend: RasterBackend
  private var sampler = CurveSampler()
  /// The story points, shadings and kinks of the families shown, per parameter point.
  var storyCache = StoryCache()
  /// Scratch for placing the readout (curve heights beside the probe, boxes it avoids),
  /// reused across frames.
  var coverGrid = CoverGrid()
  var readoutAvoid: [Box] = []
  /// Measured text widths and the legend's entry names, kept between frames
  /// (TextWidths.swift, LegendEntries.swift).
  var textWidths = TextWidths()
  var legendEntries = LegendEntries()
  /// The ticks of the last views (AxisLayoutCache.swift).
  var axisCache = AxisLayoutCache()
  /// How many curves the sampler has sampled (cache misses) since the scene was made:
  /// a parameter change must re-sample its own curves and only those.
  public var samplingCount: Int { sampler.samplingCount }
  /// This frame's sampled curves, parallel to `SceneFrame.curves`.
  private(set) var sampled: [SampledCurve] = []
  /// This frame's colours and line styles (set from its display choices by
  /// ``sampleCurves(_:)`` and ``buildDisplayList(_:)``).
  var look = CurveLook()
  /// The precision overlay's caches and this frame's formula, columns and events
  /// (PlotScene+Precision.swift); untouched while no format is chosen.
  var precisionCache = PrecisionCache()
  var precisionFrameLab: PrecisionFormula?
  /// This frame's columns: the cache's own (never copied, so updating them in place
  /// next frame allocates nothing).
  var precisionColumns: FormatColumns { precisionCache.columns }
  var precisionEvents: [FormatEvents] = []
  var precisionExtents: [(Double, Double)] = []
  /// Whether a frame may draw the overlay provisionally (the window: a parameter value
  /// or view whose exact columns and thresholds would stall the frame), leaving
  /// ``precisionNeedsRefinement`` set for an exact frame once input pauses. Off (always
  /// exact) for `render`, figures and tests.
  public var progressivePrecision = false
  /// The threshold list's lines and their widths at a text size, as last measured: the
  /// same list frame after frame of a zoom is not measured again.
  var precisionListWidths: (lines: [String], size: Double, widths: [Double])?
  /// The drawn curves counted on cells, for placing the threshold list (storage reused).
  var precisionCover = CoverGrid()
  /// Whether the last frame sampled drew the overlay provisionally.
  public internal(set) var precisionNeedsRefinement = false

  public init(font: TrueTypeFont, style: PlotStyle = PlotStyle()) {
    self.style = style
    faces = FaceCache(font: font)
    backend = RasterBackend(font: font)
  }

  /// Draws `frame` over the whole canvas.
  public mutating func render(_ frame: SceneFrame, into canvas: inout Canvas) {
    sampleCurves(frame)
    layOut(frame, width: canvas.width, height: canvas.height)
    buildDisplayList(frame)
    rasterize(into: &canvas)
  }

  // MARK: - Stages

  /// Samples every visible curve for the frame's view (cached while the view is unchanged).
  public mutating func sampleCurves(_ frame: SceneFrame) {
    sampled.removeAll(keepingCapacity: true)
    look = CurveLook(frame.display)
    sampler.sample(frame.curves, in: frame.viewport, into: &sampled)
    samplePrecision(frame)
  }

  /// Lays the frame out on a `width` × `height` canvas into ``lastLayout``, reusing its
  /// storage (``sampleCurves(_:)`` first: the legend and labels avoid the curves).
  public mutating func layOut(_ frame: SceneFrame, width: Int, height: Int) {
    let s = effectiveScale(frame, width: width, height: height)
    var placed = lastLayout
    lastLayout = SceneLayout()  // one owner, so filling it reuses its arrays in place
    makeLayout(frame, axes: axisCache.axes(frame.viewport, scale: s,
                                           uniformDecimals: style.uniformTickDecimals),
               width: width, height: height, into: &placed)
    lastLayout = placed
  }

  /// Describes the frame ``lastLayout`` holds as ``displayList``, reusing its storage
  /// (``layOut(_:width:height:)`` first).
  public mutating func buildDisplayList(_ frame: SceneFrame) {
    var list = displayList
    displayList = DisplayList()  // one owner, so rebuilding it reuses its storage
    list.removeAll()
    look = CurveLook(frame.display)
    emit(frame, into: &list)
    displayList = list
  }

  /// Draws ``displayList`` into `canvas`, whose size the layout was made for.
  public mutating func rasterize(into canvas: inout Canvas) {
    backend.draw(displayList, into: &canvas)
  }

  /// Draws one section of ``displayList`` (the benchmark times them one by one): between
  /// ``beginRaster(into:)`` and ``endRaster(into:)``, drawn in order, they make the whole
  /// frame, as ``rasterize(into:)`` draws it.
  public mutating func rasterize(_ section: DisplayList.Section, into canvas: inout Canvas) {
    backend.draw(displayList, items: displayList.range(of: section), into: &canvas)
  }

  /// Finds the tiles ``displayList`` changes from the frame `canvas` holds (all of them
  /// when it holds another): what the sections drawn next write.
  public mutating func beginRaster(into canvas: inout Canvas) {
    backend.beginFrame(displayList, on: &canvas)
  }

  /// Notes that `canvas` holds ``displayList`` now, after its sections were drawn.
  public mutating func endRaster(into canvas: inout Canvas) {
    backend.endFrame(displayList, on: &canvas)
  }

  /// The share of the canvas the last frame wrote: below 1 when only the tiles it changed
  /// were drawn (RasterBackend).
  public var redrawnShare: Double { backend.redrawnShare }

  // MARK: - Hit-testing

  /// The curve whose legend entry the last frame drew under `point`, or nil: read from
  /// the display list the pixels came from.
  public func legendCurve(at point: Point) -> PlottedCurve? {
    displayList.legendCurve(at: point)
  }

  /// The function picker's row the last frame drew under `point`, or nil.
  public func pickerRow(at point: Point) -> Int? {
    displayList.pickerRow(at: point)
  }

  // MARK: - Helpers

  /// The title `frame` shows: ``title`` (the seed's, for the sigmoid); when the sigmoid
  /// is not the only function and the title is the seed's default, one naming what is
  /// drawn: "GELU and Its Derivatives", or "Sigmoid, Tanh, GELU and SiLU".
  public func title(for frame: SceneFrame) -> String {
    let names = frame.display.functions.map(\.function.names)
    guard title == Self.defaultTitle, !names.isEmpty,
      names.contains(where: { $0.commandLine != "sigmoid" }) else { return title }
    if names.count == 1 { return names[0].legend + " and Its Derivatives" }
    return names.dropLast().map(\.legend).joined(separator: ", ") + " and " + names.last!.legend
  }

  /// `curve`'s colour in this frame (CurveLook.swift: by order, or by function when
  /// several are shown).
  func color(for curve: PlottedCurve) -> Color { look.color(curve, style) }

  /// A line width in whole device pixels (at least 1), so lines are crisp.
  func lineWidth(_ points: Double, scale: Double) -> Double {
    Swift.max(1, (points * scale).rounded())
  }

  /// The start and end of a line of whole-pixel `width` centred as near `center` as
  /// whole pixels allow.
  func crisp(_ center: Double, width: Double) -> (Double, Double) {
    let start = (center - width / 2).rounded()
    return (start, start + width)
  }
}
