// The plot scene: background, shading, grid, curves, frame, ticks, labels, title, legend,
// story markers, probe, box-zoom rectangle, key help and notice, drawn into a Canvas for
// one SceneFrame. It owns the reusable buffers of every stage, so
// a frame allocates next to nothing once the first has been drawn. Where things go is
// PlotScene+Layout.swift; this file draws what the layout decided.

import PlotCore

/// Draws frames of the sigmoid plot. Keep one per window (or render command): it caches
/// glyph bitmaps, sampled curves and raster scratch between frames.
///
/// `render(_:into:)` draws a whole frame; the stages it runs are public so the benchmark
/// can time them one by one, and must be called in the order `render` calls them.
public struct PlotScene {
  public var style: PlotStyle
  public var title = "Sigmoid Function and Its Derivative"
  public var xLabel = "x"
  public var yLabel = "Value"

  /// Where everything went in the last frame drawn (set by ``drawGridAndAxes(_:into:)``):
  /// text boxes, frame, tick marks and legend, in device pixels.
  public private(set) var lastLayout = SceneLayout()

  var text: TextPainter
  var raster = CoverageRaster()
  var stroker = Stroker()
  private var sampler = CurveSampler()
  var strokePath = Path()
  /// Scratch for placing the readout (curve heights beside the probe, boxes it avoids),
  /// reused across frames.
  var coverGrid = CoverGrid()
  var readoutAvoid: [Box] = []
  /// One row of constant coverage for ``tint(_:_:opacity:_:)``, reused across frames.
  private var tintRow: [Float] = []
  /// This frame's sampled curves, parallel to `SceneFrame.curves`.
  private(set) var sampled: [SampledCurve] = []

  public init(font: TrueTypeFont, style: PlotStyle = PlotStyle()) {
    self.style = style
    text = TextPainter(font: font)
  }

  /// Draws `frame` over the whole canvas.
  public mutating func render(_ frame: SceneFrame, into canvas: inout Canvas) {
    sampleCurves(frame)
    drawBackground(into: &canvas)
    drawGridAndAxes(frame, into: &canvas)
    drawCurves(frame, into: &canvas)
    drawMarkersAndProbe(into: &canvas)
    drawText(frame, into: &canvas)
    drawOverlays(into: &canvas)
  }

  // MARK: - Stages

  /// Samples every visible curve for the frame's view (cached while the view is unchanged).
  public mutating func sampleCurves(_ frame: SceneFrame) {
    sampled.removeAll(keepingCapacity: true)
    for curve in frame.curves {
      sampled.append(sampler.sample(curve, in: frame.viewport))
    }
  }

  public mutating func drawBackground(into canvas: inout Canvas) {
    canvas.clear(to: style.background)
  }

  /// Lays the frame out (``lastLayout``), then draws what lies under the curves: the
  /// vanishing-gradient shading, the box-zoom fill, the grid at the major ticks (if shown)
  /// and the probe line; then the frame around the plot and the outward tick marks.
  public mutating func drawGridAndAxes(_ frame: SceneFrame, into canvas: inout Canvas) {
    let s = effectiveScale(frame, width: canvas.width, height: canvas.height)
    let layout = AxisLayout(viewport: frame.viewport, scale: s)
    var placed = lastLayout
    lastLayout = SceneLayout()  // one owner, so filling it reuses its arrays in place
    makeLayout(frame, axes: layout, width: canvas.width, height: canvas.height, into: &placed)
    lastLayout = placed
    drawShading(into: &canvas)
    if let box = placed.selection {
      tint(box, style.selectionFill, opacity: style.selectionOpacity, &canvas)
    }
    if frame.display.showsGrid {
      let plot = frame.viewport.plot
      let grid = lineWidth(style.gridWidth, scale: s)
      let (left, right) = (plot.left.rounded(), plot.right.rounded())
      let (top, bottom) = (plot.top.rounded(), plot.bottom.rounded())
      for t in layout.x.ticks {
        let (x0, x1) = crisp(t.pixel, width: grid)
        fill(Box(x0: x0, y0: top, x1: x1, y1: bottom), style.grid, &canvas)
      }
      for t in layout.y.ticks {
        let (y0, y1) = crisp(t.pixel, width: grid)
        fill(Box(x0: left, y0: y0, x1: right, y1: y1), style.grid, &canvas)
      }
    }
    if let probe = placed.probe { fill(probe.line, style.probeLine, &canvas) }
    for box in placed.tickMarks { fill(box, style.foreground, &canvas) }
    for box in placed.frameLines { fill(box, style.foreground, &canvas) }
  }

  /// Strokes the sampled curves, clipped to the plot area, and the probe's tangent to S.
  public mutating func drawCurves(_ frame: SceneFrame, into canvas: inout Canvas) {
    let plot = frame.viewport.plot
    let clip = ClipRect(x0: Int(plot.left.rounded()), y0: Int(plot.top.rounded()),
                        x1: Int(plot.right.rounded()), y1: Int(plot.bottom.rounded()))
    let s = effectiveScale(frame, width: canvas.width, height: canvas.height)
    let stroke = Stroke(width: style.curveWidth * s)
    for (curve, samples) in zip(frame.curves, sampled) {
      strokePath.removeAll()
      for i in samples.runEnds.indices {
        stroker.append(samples.run(i), stroke: stroke, to: &strokePath)
      }
      raster.fill(strokePath, color: style.color(for: curve), clip: clip, into: &canvas)
    }
    if let probe = lastLayout.probe, frame.display.tangentCurve != nil {
      drawTangent(frame, x: probe.x, clip: clip, into: &canvas)
    }
  }

  /// The story markers' dots and the probe's dots, over the curves (``drawCurves`` first).
  public mutating func drawMarkersAndProbe(into canvas: inout Canvas) {
    drawMarkerDots(into: &canvas)
    drawProbeDots(into: &canvas)
  }

  /// Tick labels, axis offsets, axis labels, title, legend, marker labels and notice, where
  /// ``lastLayout`` put them (``drawGridAndAxes(_:into:)`` must run first).
  public mutating func drawText(_ frame: SceneFrame, into canvas: inout Canvas) {
    let m = metrics(scale: lastLayout.scale)
    let ink = style.foreground
    if let box = lastLayout.legend {
      let border = lineWidth(1, scale: m.scale)
      fill(box, style.legendBorder, &canvas)
      fill(Box(x0: box.x0 + border, y0: box.y0 + border, x1: box.x1 - border, y1: box.y1 - border),
           style.background, &canvas)
      for (swatch, row) in zip(lastLayout.legendSwatches, lastLayout.legendRows) {
        let color = style.color(for: row.curve)
        fill(swatch, row.dimmed ? style.faded(color) : color, &canvas)
      }
    }
    var legendRow = 0  // entries are in texts in legend order
    for placed in lastLayout.texts {
      switch placed.role {
      case .title:
        draw(placed, m.titleFace, ink, &canvas)
      case .xLabel:
        draw(placed, m.labelFace, ink, &canvas)
      case .yLabel:
        text.drawRotated(placed.text, face: m.labelFace, baselineX: placed.baseline,
                         centerY: (placed.box.y0 + placed.box.y1) / 2, color: ink, into: &canvas)
      case .xOffset, .yOffset, .xTick, .yTick:
        draw(placed, m.tickFace, ink, &canvas)
      case .legendEntry:
        let rows = lastLayout.legendRows
        let dimmed = legendRow < rows.count && rows[legendRow].dimmed
        legendRow += 1
        draw(placed, text.face(pixelSize: lastLayout.legendTextSize),
             dimmed ? style.hiddenLegendText : ink, &canvas)
      case .marker:
        draw(placed, text.face(pixelSize: style.markerLabelSize * m.scale), style.annotation,
             &canvas)
      case .readoutLabel, .readoutValue, .helpTitle, .helpKeys, .helpAction,
           .helpHint:
        break  // overlays: drawOverlays draws them from their own layouts
      case .notice:
        if let box = lastLayout.notice { fill(box, ink, &canvas) }
        draw(placed, m.legendFace, style.background, &canvas)
      }
    }
  }

  /// What covers the plot: the box-zoom outline, the probe's readout, then the key help
  /// over everything (``drawText(_:into:)`` first).
  public mutating func drawOverlays(into canvas: inout Canvas) {
    if let box = lastLayout.selection {
      let w = lineWidth(1, scale: lastLayout.scale)
      for edge in [Box(x0: box.x0, y0: box.y0, x1: box.x1, y1: box.y0 + w),
                   Box(x0: box.x0, y0: box.y1 - w, x1: box.x1, y1: box.y1),
                   Box(x0: box.x0, y0: box.y0, x1: box.x0 + w, y1: box.y1),
                   Box(x0: box.x1 - w, y0: box.y0, x1: box.x1, y1: box.y1)] {
        fill(edge, style.selectionOutline, &canvas)
      }
    }
    drawReadout(into: &canvas)
    drawHelp(into: &canvas)
  }

  private mutating func draw(_ placed: PlacedText, _ face: FontFace, _ color: Color,
                             _ canvas: inout Canvas) {
    text.draw(placed.text, face: face, x: placed.box.x0, baseline: placed.baseline,
              anchor: .left, color: color, into: &canvas)
  }

  // MARK: - Helpers

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

  private mutating func fill(_ box: Box, _ color: Color, _ canvas: inout Canvas) {
    raster.fillRect((box.x0, box.y0, box.x1, box.y1), color: color, into: &canvas)
  }

  /// Fills `box` (device pixels) with opaque `color`.
  mutating func fillBox(_ box: Box, _ color: Color, _ canvas: inout Canvas) {
    fill(box, color, &canvas)
  }

  /// A filled disk of `radius` device pixels centred on `center`, clipped to the canvas.
  mutating func fillDot(_ center: Point, radius: Double, _ color: Color, _ canvas: inout Canvas) {
    guard radius > 0 else { return }
    strokePath.removeAll()
    stroker.append(CollectionOfOne(center), stroke: Stroke(width: 2 * radius), to: &strokePath)
    raster.fill(strokePath, color: color, into: &canvas)
  }

  /// Lays `color` over the whole-pixel part of `box` at `opacity` (0...1): what a
  /// translucent fill would give, through the blender's coverage.
  mutating func tint(_ box: Box, _ color: Color, opacity: Float, _ canvas: inout Canvas) {
    let x0 = Swift.max(0, Int(box.x0.rounded())), x1 = Swift.min(canvas.width, Int(box.x1.rounded()))
    let y0 = Swift.max(0, Int(box.y0.rounded())), y1 = Swift.min(canvas.height, Int(box.y1.rounded()))
    guard x0 < x1, y0 < y1 else { return }
    if tintRow.count < x1 - x0 { tintRow = Array(repeating: 0, count: x1 - x0) }
    tintRow.withUnsafeMutableBufferPointer { row in
      let span = UnsafeMutableBufferPointer(rebasing: row[0..<(x1 - x0)])
      span.update(repeating: opacity)
      canvas.withSpanBlender(color: color) { blender in
        for y in y0..<y1 { blender.blend(row: y, from: x0, coverage: UnsafeBufferPointer(span)) }
      }
    }
  }
}
