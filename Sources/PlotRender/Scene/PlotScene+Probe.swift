// The hover probe: a vertical line at the pointer's column, a dot where it meets each
// drawn curve, the tangent to S there (dashed), and the readout box beside the line, where
// it hides the least of the curves and never the legend, the dots or the pointer.
// Layout and drawing; what the readout says is PlotCore's ProbeReadout.

import PlotCore

extension PlotScene {
  // MARK: - Layout

  /// The probe for `frame`'s pointer, when it is inside the plot.
  mutating func placeProbe(_ frame: SceneFrame, _ m: LayoutMetrics, in layout: inout SceneLayout) {
    guard let p = frame.pointer, p.x.isFinite, p.y.isFinite else { return }
    // Over the slider panel the pointer works the sliders: no probe under it.
    if let panel = layout.sliderPanel, panel.box.contains(p) { return }
    let vp = frame.viewport
    let inner = innerPlot(layout, m)
    guard inner.width > 0, inner.height > 0, p.x >= inner.x0, p.x < inner.x1, p.y >= inner.y0,
      p.y < inner.y1,
      var readout = ProbeReadout(viewport: vp, pixelX: p.x, curves: frame.curves)
    else { return }
    appendPrecisionRows(frame, to: &readout)
    let px = vp.pixelX(forX: readout.x)
    let (x0, x1) = crisp(px, width: lineWidth(1, scale: m.scale))
    var dots: [ProbeDot] = []
    for (curve, _) in readout.values {
      // As the sampler maps the curve: through the scaled value, which under log goes on
      // where the value itself has underflowed.
      let py = vp.pixelY(forU: curve.scaledValue(readout.x, in: vp.yAxisScale))
      if py.isFinite, py >= inner.y0, py <= inner.y1 {
        dots.append(ProbeDot(curve: curve, center: Point(px, py)))
      }
    }
    var probe = ProbeLayout(x: readout.x, line: Box(x0: x0, y0: inner.y0, x1: x1, y1: inner.y1),
                            dots: dots, readout: nil, readoutHides: 0, swatches: [], texts: [],
                            textSize: 0)
    // What the readout must never cover: the legend, the probe's dots (with their white
    // rings), the pointer's arrow and the notice. What it keeps off while it can: the
    // markers and their labels, and a band around the probe line.
    var avoid = readoutAvoid
    readoutAvoid = []
    defer { readoutAvoid = avoid }
    avoid.removeAll(keepingCapacity: true)
    if let legend = layout.legend { avoid.append(legend) }
    if let notice = layout.notice { avoid.append(notice) }
    let ring = style.probeDotRadius * m.scale + lineWidth(1.5, scale: m.scale) + 1
    for dot in dots {
      avoid.append(Box(x0: dot.center.x - ring, y0: dot.center.y - ring,
                       x1: dot.center.x + ring, y1: dot.center.y + ring))
    }
    avoid.append(Self.pointerBox(p, scale: frame.scale))
    let mustAvoid = avoid.count
    let band = (0.9 * style.readoutSize * m.scale).rounded()
    avoid.append(Box(x0: x0 - band, y0: inner.y0, x1: x1 + band, y1: inner.y1))
    let lineBand = avoid.count
    for marker in layout.markers {
      let r = marker.radius + 1
      avoid.append(Box(x0: marker.center.x - r, y0: marker.center.y - r,
                       x1: marker.center.x + r, y1: marker.center.y + r))
    }
    for t in layout.texts where t.role == .marker { avoid.append(t.box) }
    buildCoverGrid(frame, probeX: readout.x, inner: inner, m)
    // Clear of everything inside the plot; then over the markers; then across the line;
    // then anywhere on the canvas (over the margins' texts, on a plot too small for it).
    // At each, the full size first, then smaller, then each value under its label; never
    // below a legible 9 px. A canvas with no room at all shows the line and dots alone.
    let canvas = layout.canvas
    let passes: [(Int, Box)] = [(avoid.count, inner), (lineBand, inner), (mustAvoid, inner),
                                (mustAvoid, canvas)]
    let sizes = [(false, 1.0), (false, 0.85), (false, 0.75), (true, 0.85), (true, 0.75)]
    search: for (keep, region) in passes {
      // The largest size that hides no curve; failing that, the one that hides least.
      var fallback: (covered: Int, size: Int)?
      for (k, (stacked, shrink)) in sizes.enumerated() {
        let size = Swift.max(Self.smallestText, style.readoutSize * m.scale * shrink)
        let face = faces.face(pixelSize: size)
        guard let covered = placeReadout(readout, face: face, stacked: stacked, frame: frame,
                                         pointer: p, inside: region, avoiding: avoid[..<keep],
                                         beside: (x0 - band, x1 + band), m, into: &probe)
        else { continue }
        if covered == 0 { break search }
        if covered < fallback?.covered ?? .max { fallback = (covered, k) }
      }
      if let (_, k) = fallback {
        let (stacked, shrink) = sizes[k]
        let size = Swift.max(Self.smallestText, style.readoutSize * m.scale * shrink)
        _ = placeReadout(readout, face: faces.face(pixelSize: size), stacked: stacked,
                         frame: frame, pointer: p, inside: region, avoiding: avoid[..<keep],
                         beside: (x0 - band, x1 + band), m, into: &probe)
        break search
      }
    }
    layout.probe = probe
  }

  /// The smallest text the overlays draw (device pixels): below it DejaVu's letters blur
  /// into each other on screen.
  static let smallestText = 9.0

  /// Where the system's arrow pointer is drawn for a hot spot at `p` (its tip): about
  /// 12 × 20 points down and to the right, at the frame's scale (the cursor does not
  /// shrink with a small window's layout). The readout keeps out of it.
  static func pointerBox(_ p: Point, scale: Double) -> Box {
    let s = Swift.max(1, scale)
    return Box(x0: p.x - 2, y0: p.y - 2, x1: p.x + 12 * s, y1: p.y + 20 * s)
  }

  /// Lays the readout out in `face`, where ``readoutSpot`` finds room, filling
  /// `probe.readout`, its texts and swatches. `stacked` puts each value on the line below
  /// its label. Returns how many curve points it hides (see ``readoutSpot``), or nil (and
  /// leaves `probe` as it was) when there is no room.
  private mutating func placeReadout(_ readout: ProbeReadout, face: FontFace, stacked: Bool,
                                     frame: SceneFrame, pointer p: Point, inside region: Box,
                                     avoiding avoid: ArraySlice<Box>,
                                     beside line: (Double, Double), _ m: LayoutMetrics,
                                     into probe: inout ProbeLayout) -> Int?
  {
    let em = face.pixelSize
    let pad = (0.5 * em).rounded(), swatch = (1.2 * em).rounded(), between = (0.4 * em).rounded()
    let row = (face.lineHeight + 0.15 * em).rounded()
    let space = face.measure(" ").width
    var labelWidth = 0.0, valueWidth = 0.0
    for r in readout.rows {
      labelWidth = Swift.max(labelWidth, face.measure(r.label + " =").width)
      valueWidth = Swift.max(valueWidth, face.measure(r.value).width)
    }
    let labelsRight = pad + swatch + between + labelWidth
    let width = (stacked ? 2 * pad + Swift.max(labelsRight - pad, valueWidth)
                         : labelsRight + space + valueWidth + pad).rounded(.up)
    let lines = readout.rows.count * (stacked ? 2 : 1)
    let height = 2 * pad + row * Double(lines)
    guard let (box, covered) = readoutSpot(width: width, height: height, em: em, pointer: p,
                                           inside: region, avoiding: avoid, beside: line, m)
    else { return nil }
    let (x0, y0) = (box.x0, box.y0)
    probe.readout = box
    probe.readoutHides = covered
    probe.textSize = em
    probe.texts.removeAll()
    probe.swatches.removeAll()
    let labelRight = x0 + labelsRight
    func baseline(line: Int) -> Double {
      let middle = y0 + pad + row * (Double(line) + 0.5)
      return (middle + (face.ascent - face.descent) / 2).rounded()
    }
    for (i, r) in readout.rows.enumerated() {
      let line = stacked ? 2 * i : i
      let middle = y0 + pad + row * (Double(line) + 0.5)
      let labelBaseline = baseline(line: line)
      let label = r.label + " ="
      let lw = face.measure(label).width
      probe.texts.append(PlacedText(text: label, role: .readoutLabel, box: Box(
        x0: labelRight - lw, y0: labelBaseline - face.ascent, x1: labelRight,
        y1: labelBaseline + face.descent), baseline: labelBaseline))
      let vw = face.measure(r.value).width
      let vx = stacked ? x0 + width - pad - vw : labelRight + space
      let valueBaseline = stacked ? baseline(line: line + 1) : labelBaseline
      probe.texts.append(PlacedText(text: r.value, role: .readoutValue, box: Box(
        x0: vx, y0: valueBaseline - face.ascent, x1: vx + vw,
        y1: valueBaseline + face.descent), baseline: valueBaseline))
      if i > 0, i - 1 < readout.values.count {
        probe.swatches.append(ProbeDot(curve: readout.values[i - 1].curve,
                                       center: Point(x0 + pad + swatch / 2, middle)))
      }
    }
    return covered
  }

  /// Counts the drawn curves and the tangent (points a pixel apart) on ``coverGrid``
  /// over `inner`, in cells of the readout's em: fine enough to find the gaps between
  /// curves, coarse enough that trying every spot costs little.
  private mutating func buildCoverGrid(_ frame: SceneFrame, probeX: Double, inner: Box,
                                       _ m: LayoutMetrics) {
    var grid = coverGrid
    coverGrid = CoverGrid()
    defer { coverGrid = grid }
    grid.reset(inner, cell: Swift.max(6, (style.readoutSize * m.scale).rounded()))
    CurveCover.walk(sampled, x0: inner.x0, x1: inner.x1) { grid.add($0) }
    tangentPoints(frame, at: probeX, x0: inner.x0, x1: inner.x1) { grid.add($0) }
    grid.finish()
  }

  /// Where a `width` × `height` readout goes, as the legend is placed: of the spots inside
  /// `region` clear of every `avoid` box, the one that covers the least of the drawn
  /// curves and the tangent (within a clearance of the box), and of those the nearest the
  /// pointer, those left of it a little less near (a tooltip reads right of its pointer).
  /// Spots are on a grid of ``coverGrid``'s cells, plus the two columns just beside the
  /// probe line's band (`line`: its left and right edges). Nil when no spot is clear;
  /// else the spot and how many curve points it hides.
  private func readoutSpot(width: Double, height: Double, em: Double, pointer p: Point,
                           inside region: Box, avoiding avoid: ArraySlice<Box>,
                           beside line: (Double, Double), _ m: LayoutMetrics)
    -> (Box, covered: Int)?
  {
    let edge = 2.0  // clear of the frame
    let (xMin, xMax) = ((region.x0 + edge).rounded(.up), (region.x1 - edge - width).rounded(.down))
    let (yMin, yMax) = ((region.y0 + edge).rounded(.up), (region.y1 - edge - height).rounded(.down))
    guard xMin <= xMax, yMin <= yMax else { return nil }
    let grid = coverGrid
    let clearance = Swift.max(style.curveWidth * m.scale / 2 + 1, 0.4 * em)
    let penalty = 2 * em
    var best: Box?
    var bestCost = (Int.max, Double.infinity)
    func consider(_ x0: Double, _ y0: Double) {
      guard x0 >= xMin, x0 <= xMax, y0 >= yMin, y0 <= yMax else { return }
      let spot = Box(x0: x0, y0: y0, x1: x0 + width, y1: y0 + height)
      let gapX = Swift.max(0, x0 - p.x, p.x - spot.x1), gapY = Swift.max(0, y0 - p.y, p.y - spot.y1)
      let distance = (gapX * gapX + gapY * gapY).squareRoot() + (spot.x1 <= p.x ? penalty : 0)
      guard distance < bestCost.1 || bestCost.0 > 0 else { return }
      let covered = grid.count(touching: Box(x0: x0 - clearance, y0: y0 - clearance,
                                             x1: spot.x1 + clearance, y1: spot.y1 + clearance))
      guard (covered, distance) < bestCost else { return }
      for box in avoid where box.overlaps(spot) { return }
      bestCost = (covered, distance)
      best = spot
    }
    let step = grid.cell
    let rows = Int(((yMax - yMin) / step).rounded(.up)) + 1
    func row(_ k: Int) -> Double { Swift.min(yMin + Double(k) * step, yMax) }
    /// Whole cells from the region's left, and the columns hugging the probe line's band.
    func scan(_ y: Double) {
      var x0 = xMin
      while x0 <= xMax + step {
        consider(Swift.min(x0, xMax), y)
        x0 += step
      }
      consider(line.1, y)
      consider(line.0 - width, y)
    }
    // Rows outward from the pointer's, each side stopping once its rows are farther from
    // the pointer than the best clear spot found: the nearest clear spot is found without
    // trying the whole plot.
    var up = Swift.max(0, Swift.min(rows - 1, Int(((p.y - height / 2 - yMin) / step).rounded())))
    var down = up + 1
    while up >= 0 || down < rows {
      if up >= 0 {
        let y = row(up)
        if bestCost.0 == 0 && p.y - (y + height) >= bestCost.1 { up = -1 } else { scan(y); up -= 1 }
      }
      if down < rows {
        let y = row(down)
        if bestCost.0 == 0 && y - p.y >= bestCost.1 { down = rows } else { scan(y); down += 1 }
      }
    }
    return best.map { ($0, bestCost.0) }
  }

  /// Calls `body` with points about a pixel apart along the dashed tangent to S that
  /// ``emitTangent`` draws, where their x is in `x0...x1`: the readout counts it as a
  /// curve. Nothing when S is hidden or the probe has no point of contact in view.
  private func tangentPoints(_ frame: SceneFrame, at x: Double, x0: Double, x1: Double,
                             _ body: (Point) -> Void) {
    guard let curve = frame.display.tangentCurve, let slope = curve.slope(at: x) else { return }
    let vp = frame.viewport
    let reach = style.tangentHalfLength * frame.scale
    let p0 = Point(vp.pixelX(forX: x),
                   vp.pixelY(forU: curve.scaledValue(x, in: vp.yAxisScale)))
    guard p0.x.isFinite, p0.y.isFinite else { return }
    if vp.yAxisScale == .linear {
      let k = -slope * vp.xPerPixel * vp.yScale
      guard k.isFinite else { return }
      let norm = (1 + k * k).squareRoot()
      var u = -reach
      while u <= reach {
        let p = Point(p0.x + u / norm, p0.y + u * k / norm)
        if p.x >= x0, p.x <= x1 { body(p) }
        u += 1
      }
      return
    }
    let y0 = curve.evaluate(x)
    var px = Swift.max(x0, p0.x - reach)
    while px <= Swift.min(x1, p0.x + reach) {
      let p = Point(px, vp.pixelY(forY: y0 + slope * ((px - p0.x) * vp.xPerPixel)))
      if p.y.isFinite { body(p) }
      px += 1
    }
  }

  /// The plot inside its frame lines.
  func innerPlot(_ layout: SceneLayout, _ m: LayoutMetrics) -> Box {
    let border = lineWidth(style.frameWidth, scale: m.scale)
    let f = layout.plotFrame
    return f.inset(by: border)
  }

  // MARK: - Drawing

  /// The probe's dots: each curve's colour on a white ring, over the curves.
  func emitProbeDots(into list: inout DisplayList) {
    guard let probe = lastLayout.probe else { return }
    let r = style.probeDotRadius * lastLayout.scale
    let ring = lineWidth(1.5, scale: lastLayout.scale)
    for dot in probe.dots {
      let role = DisplayRole.probeDot(dot.curve)
      list.disk(center: dot.center, radius: r + ring, style.background, role: role)
      list.disk(center: dot.center, radius: r, color(for: dot.curve), role: role)
    }
  }

  /// The readout: a legend-like box with a colour swatch per curve, labels right-aligned
  /// on their "=" signs and values left-aligned after them.
  func emitReadout(into list: inout DisplayList) {
    guard let probe = lastLayout.probe, let box = probe.readout else { return }
    let border = lineWidth(1, scale: lastLayout.scale)
    list.beginGroup(.readout, bounds: box)
    // Not quite opaque inside the plot, like matplotlib's legend (framealpha 0.8): where a
    // curve must pass under it, it still shows faintly. Over the margins' texts (a plot too
    // small for it), opaque: text through text is unreadable. Over nothing but the grid, a
    // plain fill does the same for less.
    let inside = box.inset(by: border)
    let translucent = probe.readoutHides > 0 && lastLayout.plotFrame.contains(box)
    list.fill(inside, style.background, opacity: translucent ? style.readoutOpacity : 1,
              role: .readout)
    emitEdges(of: box, width: border, sidesBetween: true, style.legendBorder, role: .readout,
              into: &list)
    let stroke = lineWidth(style.curveWidth, scale: lastLayout.scale)
    let half = (0.6 * probe.textSize).rounded()
    for swatch in probe.swatches {
      let (y0, y1) = crisp(swatch.center.y, width: stroke)
      list.fill(Box(x0: swatch.center.x - half, y0: y0, x1: swatch.center.x + half, y1: y1),
                color(for: swatch.curve), role: .readoutSwatch(swatch.curve))
    }
    for placed in probe.texts {
      let color = placed.role == .readoutLabel ? style.annotation : style.foreground
      list.text(run(placed, probe.textSize, color), role: .text(placed.role))
    }
    list.endGroup()
  }
}
