// The plot scene: background, grid, curves, frame, ticks, labels, title, legend and notice,
// drawn into a Canvas for one SceneFrame. It owns the reusable buffers of every stage, so
// a frame allocates next to nothing once the first has been drawn.

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

  private var text: TextPainter
  private var raster = CoverageRaster()
  private var stroker = Stroker()
  private var sampler = CurveSampler()
  private var strokePath = Path()
  /// This frame's sampled curves, parallel to `SceneFrame.curves`.
  private var sampled: [SampledCurve] = []
  private var axes: AxisLayout?

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

  // MARK: - Layout

  /// The margins (points) that leave room for every label of `frame`'s view: the y tick
  /// labels' width decides the left margin. Rounded up to 4 points so it changes rarely
  /// while zooming.
  public mutating func margins(for frame: SceneFrame) -> PlotMargins {
    let s = frame.scale
    let tickFace = text.face(pixelSize: style.tickLabelSize * s)
    let labelFace = text.face(pixelSize: style.axisLabelSize * s)
    let titleFace = text.face(pixelSize: style.titleSize * s)
    let layout = AxisLayout(frame: frame, face: tickFace, gap: style.gap * s)
    let labelHeight = labelFace.ascent + labelFace.descent
    func points(_ px: Double) -> Double { (px / s / 4).rounded(.up) * 4 }
    let left = (style.tickLength + 2.5 * style.gap) * s + layout.yLabelWidth + labelHeight
    let bottom = (style.tickLength + 3 * style.gap) * s + tickFace.ascent + tickFace.descent
      + labelHeight
    let top = 3 * style.gap * s + titleFace.ascent + titleFace.descent
    let lastLabel = layout.x.ticks.last.map { tickFace.measure($0.label).width / 2 } ?? 0
    return PlotMargins(left: points(left + style.gap * s), top: points(top),
                       right: Swift.max(24, points(lastLabel + style.gap * s)),
                       bottom: points(bottom))
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

  /// The grid at the major ticks, the frame around the plot and the outward tick marks.
  public mutating func drawGridAndAxes(_ frame: SceneFrame, into canvas: inout Canvas) {
    let s = frame.scale
    let plot = frame.viewport.plot
    let layout = AxisLayout(frame: frame, face: text.face(pixelSize: style.tickLabelSize * s),
                            gap: style.gap * s)
    axes = layout
    let grid = lineWidth(style.gridWidth, scale: s)
    let line = lineWidth(style.frameWidth, scale: s)
    let tick = style.tickLength * s
    let (left, right) = (plot.left.rounded(), plot.right.rounded())
    let (top, bottom) = (plot.top.rounded(), plot.bottom.rounded())
    for t in layout.x.ticks {
      let (x0, x1) = crisp(t.pixel, width: grid)
      fill(x0, top, x1, bottom, style.grid, &canvas)
      let (m0, m1) = crisp(t.pixel, width: line)
      fill(m0, bottom, m1, bottom + tick, style.foreground, &canvas)
    }
    for t in layout.y.ticks {
      let (y0, y1) = crisp(t.pixel, width: grid)
      fill(left, y0, right, y1, style.grid, &canvas)
      let (m0, m1) = crisp(t.pixel, width: line)
      fill(left - tick, m0, left, m1, style.foreground, &canvas)
    }
    // The frame: each side on whole pixels centred as near the plot's edge as they allow.
    let (l0, l1) = crisp(left, width: line), (r0, r1) = crisp(right, width: line)
    let (t0, t1) = crisp(top, width: line), (b0, b1) = crisp(bottom, width: line)
    fill(l0, t0, r1, t1, style.foreground, &canvas)
    fill(l0, b0, r1, b1, style.foreground, &canvas)
    fill(l0, t0, l1, b1, style.foreground, &canvas)
    fill(r0, t0, r1, b1, style.foreground, &canvas)
  }

  /// Strokes the sampled curves, clipped to the plot area.
  public mutating func drawCurves(_ frame: SceneFrame, into canvas: inout Canvas) {
    let plot = frame.viewport.plot
    let clip = ClipRect(x0: Int(plot.left.rounded()), y0: Int(plot.top.rounded()),
                        x1: Int(plot.right.rounded()), y1: Int(plot.bottom.rounded()))
    let stroke = Stroke(width: style.curveWidth * frame.scale)
    for (curve, samples) in zip(frame.curves, sampled) {
      strokePath.removeAll()
      for i in samples.runEnds.indices {
        stroker.append(samples.run(i), stroke: stroke, to: &strokePath)
      }
      raster.fill(strokePath, color: style.color(for: curve), clip: clip, into: &canvas)
    }
  }

  /// Tick labels, axis offsets, axis labels, title, legend and notice.
  public mutating func drawText(_ frame: SceneFrame, into canvas: inout Canvas) {
    let s = frame.scale
    let plot = frame.viewport.plot
    let ink = style.foreground
    let gap = style.gap * s
    let tick = style.tickLength * s
    let tickFace = text.face(pixelSize: style.tickLabelSize * s)
    let labelFace = text.face(pixelSize: style.axisLabelSize * s)
    let titleFace = text.face(pixelSize: style.titleSize * s)
    let layout = axes ?? AxisLayout(frame: frame, face: tickFace, gap: gap)

    let xBaseline = plot.bottom + tick + gap + tickFace.ascent
    for (t, shown) in zip(layout.x.ticks, layout.xLabelShown) where shown {
      text.draw(t.label, face: tickFace, x: t.pixel, baseline: xBaseline, anchor: .center,
                color: ink, into: &canvas)
    }
    let digitMiddle = 0.36 * tickFace.pixelSize  // half the height of DejaVu's digits
    for (t, shown) in zip(layout.y.ticks, layout.yLabelShown) where shown {
      text.draw(t.label, face: tickFace, x: plot.left - tick - gap,
                baseline: t.pixel + digitMiddle, anchor: .right, color: ink, into: &canvas)
    }
    let labelBaseline = xBaseline + tickFace.descent + gap + labelFace.ascent
    text.draw(xLabel, face: labelFace, x: plot.center.x, baseline: labelBaseline,
              anchor: .center, color: ink, into: &canvas)
    if let offset = layout.x.offsetLabel {
      text.draw(offset, face: tickFace, x: plot.right, baseline: labelBaseline, anchor: .right,
                color: ink, into: &canvas)
    }
    if let offset = layout.y.offsetLabel {
      text.draw(offset, face: tickFace, x: plot.left, baseline: plot.top - gap, anchor: .left,
                color: ink, into: &canvas)
    }
    let yLabelX = plot.left - tick - 2.5 * gap - layout.yLabelWidth - labelFace.descent
    text.drawRotated(yLabel, face: labelFace, baselineX: yLabelX, centerY: plot.center.y,
                     color: ink, into: &canvas)
    text.draw(title, face: titleFace, x: plot.center.x,
              baseline: plot.top - 2 * gap - titleFace.descent, anchor: .center, color: ink,
              into: &canvas)
    drawLegend(frame, into: &canvas)
    if let notice = frame.notice { drawNotice(notice, frame, into: &canvas) }
  }

  // MARK: - Legend and notice

  private mutating func drawLegend(_ frame: SceneFrame, into canvas: inout Canvas) {
    guard !frame.curves.isEmpty else { return }
    let s = frame.scale
    let face = text.face(pixelSize: style.legendSize * s)
    let em = face.pixelSize
    let pad = (0.6 * em).rounded(), swatch = (2 * em).rounded(), between = (0.7 * em).rounded()
    let row = (face.lineHeight + 0.3 * em).rounded()
    let textWidth = frame.curves.map { face.measure($0.displayName).width }.max() ?? 0
    let width = (2 * pad + swatch + between + textWidth).rounded(.up)
    let height = 2 * pad + row * Double(frame.curves.count)
    let box = LegendPlacement.best(width: width, height: height, in: frame.viewport.plot,
                                   inset: pad, curves: sampled)
    let border = lineWidth(1, scale: s)
    fill(box.x0, box.y0, box.x1, box.y1, style.legendBorder, &canvas)
    fill(box.x0 + border, box.y0 + border, box.x1 - border, box.y1 - border, style.background,
         &canvas)
    let stroke = lineWidth(style.curveWidth, scale: s)
    for (i, curve) in frame.curves.enumerated() {
      let middle = box.y0 + pad + row * (Double(i) + 0.5)
      let (y0, y1) = crisp(middle, width: stroke)
      fill(box.x0 + pad, y0, box.x0 + pad + swatch, y1, style.color(for: curve), &canvas)
      text.draw(curve.displayName, face: face, x: box.x0 + pad + swatch + between,
                baseline: middle + 0.36 * em, anchor: .left, color: style.foreground,
                into: &canvas)
    }
  }

  /// A dark box with light text, centred near the bottom of the plot.
  private mutating func drawNotice(_ notice: String, _ frame: SceneFrame,
                                   into canvas: inout Canvas) {
    let face = text.face(pixelSize: style.legendSize * frame.scale)
    let em = face.pixelSize
    let width = face.measure(notice).width + 1.6 * em
    let height = face.lineHeight + 0.8 * em
    let plot = frame.viewport.plot
    let x0 = (plot.center.x - width / 2).rounded(), y1 = (plot.bottom - em).rounded()
    fill(x0, y1 - height, x0 + width.rounded(), y1, style.foreground, &canvas)
    text.draw(notice, face: face, x: plot.center.x, baseline: y1 - 0.4 * em - face.descent,
              anchor: .center, color: style.background, into: &canvas)
  }

  // MARK: - Helpers

  /// A line width in whole device pixels (at least 1), so lines are crisp.
  private func lineWidth(_ points: Double, scale: Double) -> Double {
    Swift.max(1, (points * scale).rounded())
  }

  /// The start and end of a line of whole-pixel `width` centred as near `center` as
  /// whole pixels allow.
  private func crisp(_ center: Double, width: Double) -> (Double, Double) {
    let start = (center - width / 2).rounded()
    return (start, start + width)
  }

  private mutating func fill(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double,
                             _ color: Color, _ canvas: inout Canvas) {
    raster.fillRect((x0, y0, x1, y1), color: color, into: &canvas)
  }
}
