// The plot scene: background, grid, curves, frame, ticks, labels, title, legend and notice,
// drawn into a Canvas for one SceneFrame. It owns the reusable buffers of every stage, so
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
  private var raster = CoverageRaster()
  private var stroker = Stroker()
  private var sampler = CurveSampler()
  private var strokePath = Path()
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
    drawText(frame, into: &canvas)
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

  /// Lays the frame out (``lastLayout``), then draws the grid at the major ticks, the
  /// frame around the plot and the outward tick marks.
  public mutating func drawGridAndAxes(_ frame: SceneFrame, into canvas: inout Canvas) {
    let s = effectiveScale(frame, width: canvas.width, height: canvas.height)
    let layout = AxisLayout(viewport: frame.viewport, scale: s)
    var placed = lastLayout
    lastLayout = SceneLayout()  // one owner, so filling it reuses its arrays in place
    makeLayout(frame, axes: layout, width: canvas.width, height: canvas.height, into: &placed)
    lastLayout = placed
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
    for box in placed.tickMarks { fill(box, style.foreground, &canvas) }
    for box in placed.frameLines { fill(box, style.foreground, &canvas) }
  }

  /// Strokes the sampled curves, clipped to the plot area.
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
  }

  /// Tick labels, axis offsets, axis labels, title, legend and notice, where
  /// ``lastLayout`` put them (``drawGridAndAxes(_:into:)`` must run first).
  public mutating func drawText(_ frame: SceneFrame, into canvas: inout Canvas) {
    let m = metrics(scale: lastLayout.scale)
    let ink = style.foreground
    if let box = lastLayout.legend {
      let border = lineWidth(1, scale: m.scale)
      fill(box, style.legendBorder, &canvas)
      fill(Box(x0: box.x0 + border, y0: box.y0 + border, x1: box.x1 - border, y1: box.y1 - border),
           style.background, &canvas)
      for (swatch, curve) in zip(lastLayout.legendSwatches, frame.curves) {
        fill(swatch, style.color(for: curve), &canvas)
      }
    }
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
        draw(placed, text.face(pixelSize: lastLayout.legendTextSize), ink, &canvas)
      case .notice:
        let em = m.legendFace.pixelSize
        let b = placed.box
        fill(Box(x0: (b.x0 - 0.8 * em).rounded(), y0: (b.y0 - 0.4 * em).rounded(),
                 x1: (b.x1 + 0.8 * em).rounded(), y1: (b.y1 + 0.4 * em).rounded()),
             ink, &canvas)
        draw(placed, m.legendFace, style.background, &canvas)
      }
    }
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
}
