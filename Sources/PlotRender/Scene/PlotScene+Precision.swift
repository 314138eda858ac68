// The precision overlay's sampling and layout (issue 14): the columns of what the
// chosen format computes (PlotCore's FormatColumns, cached per function, format and
// formula), the error strip under the plot sharing its x axis (the plot gives up room
// for it; the x tick labels move below it), the threshold markers and their list.
// Without a format nothing here runs, and the frame is drawn exactly as before.

import Glibc
import PlotCore

extension PlotScene {
  /// The strip's height as a fraction of the plot's.
  static let stripFraction = 0.18

  /// This frame's formula (nil: overlay off, or no primary function).
  func precisionLab(_ frame: SceneFrame) -> PrecisionFormula? {
    guard frame.display.precision.isOn, let primary = frame.display.primary else { return nil }
    return frame.display.precision.lab(for: FunctionSpec(curve: primary))
  }

  /// The primary function's shown orders, f first: the ones the overlay draws.
  func precisionOrders(_ frame: SceneFrame) -> [DerivativeOrder] {
    frame.display.primaryCurves.map(\.order)
  }

  /// Runs `body` on the scene with every frame exact (``progressivePrecision`` off for
  /// its duration): a figure, which is saved rather than replaced by the next frame, and
  /// the window's refinement once input pauses.
  public mutating func exactly<R>(_ body: (inout PlotScene) throws -> R) rethrows -> R {
    let progressive = progressivePrecision
    progressivePrecision = false
    defer { progressivePrecision = progressive }
    return try body(&self)
  }

  // MARK: - Sampling

  /// The columns of this frame's view (the sampling stage's share of the overlay).
  mutating func samplePrecision(_ frame: SceneFrame) {
    precisionNeedsRefinement = false
    guard let lab = precisionLab(frame) else {
      precisionFrameLab = nil
      return
    }
    precisionFrameLab = lab
    // A new parameter value (a drag, +/-, the animation) or a view over unseen inputs
    // would evaluate tens of thousands of inputs and search the thresholds (100 ms and
    // more for float16): in the window that frame is drawn from a sample of each wide
    // column instead, without thresholds, and made exact once input pauses.
    let provisional = progressivePrecision
      && (precisionCache.unfilledInputs(lab, frame.viewport) > Self.precisionFrameBudget
        || precisionCache.cachedThresholdGroups(lab) == nil)
    let columns = Swift.max(1, Int(frame.viewport.plot.width.rounded(.up)))
    let limit = Swift.max(2, Self.provisionalEvaluations / columns)
    precisionCache.update(lab, frame.viewport, sampling: provisional ? Int64(limit) : nil)
    precisionNeedsRefinement = provisional
  }

  /// Inputs an exact frame may evaluate in the window before it is drawn provisionally
  /// instead (a few milliseconds' work).
  static let precisionFrameBudget = 4096
  /// About how many inputs a provisional frame evaluates: per column at most this over
  /// the columns (at least its two edges, which neighbours share), so a 1920-column
  /// view evaluates each pixel edge once (1,921 inputs, not the default view's 37,000)
  /// and a narrower one a few spread inputs per column.
  static let provisionalEvaluations = 4096

  // MARK: - Room

  /// The gap between the plot's bottom and the strip: the plot's tick marks and a gap.
  func stripGap(_ m: LayoutMetrics) -> Double { (m.tick + 2 * m.gap).rounded() }

  /// Device pixels the strip needs under a plot laid out between `top` and `bottom`
  /// margins (device pixels) on the frame's drawable: its gap and a strip of
  /// ``stripFraction`` of what remains for the plot. 0 without a strip.
  func precisionStripRoom(_ frame: SceneFrame, _ m: LayoutMetrics, top: Double,
                          bottom: Double) -> Double {
    guard frame.display.precision.showsStrip, frame.display.primary != nil else { return 0 }
    let gap = stripGap(m)
    let available = frame.drawableHeight > 0
      ? Double(frame.drawableHeight) - top - bottom - gap
      : frame.viewport.plot.height
    let r = Self.stripFraction
    return gap + Swift.max(0, r * available / (1 + r)).rounded(.up)
  }

  /// How far the x tick labels move down for the strip (0 without it).
  func precisionStripDrop(_ frame: SceneFrame, _ m: LayoutMetrics) -> Double {
    guard frame.display.precision.showsStrip, frame.display.primary != nil else { return 0 }
    return stripGap(m) + (Self.stripFraction * frame.viewport.plot.height).rounded()
  }

  // MARK: - Layout

  /// Lays out the strip (frame, ticks, its labels, the half-ulp line, the key) and the
  /// threshold markers with their list. After the legend and story markers, before the
  /// axes' tick labels.
  mutating func placePrecision(_ frame: SceneFrame, axes: AxisLayout, _ m: LayoutMetrics,
                               in layout: inout SceneLayout) {
    layout.precision = nil
    guard let lab = precisionFrameLab else { return }
    var p = PrecisionLayout()
    let inner = innerPlot(layout, m)
    let line = lineWidth(style.frameWidth, scale: m.scale)
    let labelFace = faces.face(pixelSize: style.markerLabelSize * m.scale)
    if frame.display.precision.showsStrip {
      let drop = precisionStripDrop(frame, m)
      let top = layout.plotFrame.y1 + stripGap(m) - line
      let frameBox = Box(x0: layout.plotFrame.x0, y0: top, x1: layout.plotFrame.x1,
                         y1: layout.plotFrame.y1 - line + drop)
      if frameBox.height > 4 * line {
        placeStrip(frameBox, lab, axes: axes, face: labelFace, m, into: &p, layout: &layout)
      }
    }
    placeThresholds(frame, lab, inner: inner, face: labelFace, m, into: &p, layout: &layout)
    layout.precision = p
  }

  /// The strip in `frameBox` (outer edges of its frame lines).
  private mutating func placeStrip(_ frameBox: Box, _ lab: PrecisionFormula, axes: AxisLayout,
                                   face: FontFace, _ m: LayoutMetrics,
                                   into p: inout PrecisionLayout, layout: inout SceneLayout) {
    let line = lineWidth(style.frameWidth, scale: m.scale)
    let (x0, x1, y0, y1) = (frameBox.x0, frameBox.x1, frameBox.y0, frameBox.y1)
    layout.frameLines += [Box(x0: x0, y0: y0, x1: x1, y1: y0 + line),
                          Box(x0: x0, y0: y1 - line, x1: x1, y1: y1),
                          Box(x0: x0, y0: y0, x1: x0 + line, y1: y1),
                          Box(x0: x1 - line, y0: y0, x1: x1, y1: y1)]
    let strip = Box(x0: x0 + line, y0: y0 + line, x1: x1 - line, y1: y1 - line)
    p.strip = strip
    // The shared x axis: the strip's own tick marks, at the plot's x ticks.
    for t in axes.x.ticks where t.pixel >= x0 && t.pixel <= x1 {
      let (a, b) = crisp(t.pixel, width: line)
      layout.tickMarks.append(Box(x0: a, y0: y1, x1: b, y1: y1 + m.tick))
    }
    // Decades: labelled every 2 (every 4, or only the ends, on a short strip).
    let left = x0 - m.tick
    let yRight = left - m.gap
    var lastTop = Double.infinity
    let all: [Int] = [-2, 0, 2, 4, 6]
    let rowHeight = m.height(m.tickFace) + m.gap / 2
    let spacing = strip.height / 4
    let decades = spacing >= rowHeight ? all : (2 * spacing >= rowHeight ? [-2, 2, 6] : [-2, 6])
    for d in decades {
      guard let y = p.stripY(ulps: pow(10, Double(d))) else { continue }
      let (a, b) = crisp(y, width: line)
      layout.tickMarks.append(Box(x0: left, y0: a, x1: x0, y1: b))
      if d > -2 && d < 6 && style.grid != style.background {
        p.stripGrid.append(Box(x0: strip.x0, y0: a, x1: strip.x1, y1: b))
      }
      let text = Self.decadeLabel(d)
      let width = m.tickFace.measure(text).width
      let baseline = (y + m.digitMiddle).rounded()
      let box = Box(x0: yRight - width, y0: baseline - m.tickFace.ascent, x1: yRight,
                    y1: baseline + m.tickFace.descent)
      if box.y1 + m.gap / 2 <= lastTop, place(PlacedText(text: text, role: .yTick, box: box,
                                                       baseline: baseline), in: &layout) {
        lastTop = box.y0
      }
    }
    // The half-ulp line, labelled at its right end above it.
    if let y = p.stripY(ulps: 0.5) {
      let (a, b) = crisp(y, width: lineWidth(1, scale: m.scale))
      p.halfUlpLine = Box(x0: strip.x0, y0: a, x1: strip.x1, y1: b)
      let text = "½ ulp: correctly rounded on or below"
      let w = face.measure(text).width
      let baseline = (a - m.gap / 2 - face.descent).rounded(.down)
      let box = Box(x0: strip.x1 - m.gap - w, y0: baseline - face.ascent, x1: strip.x1 - m.gap,
                    y1: baseline + face.descent)
      if box.y0 >= strip.y0, place(PlacedText(text: text, role: .marker, box: box,
                                              baseline: baseline), in: &layout) {
        // On its own background: the error ranges near 1 ulp ran through the words.
        let pad = (m.gap / 4).rounded(.up)
        p.halfUlpLabel = Box(x0: box.x0 - pad, y0: Swift.max(strip.y0, box.y0 - pad),
                             x1: Swift.min(strip.x1, box.x1 + pad), y1: box.y1)
      }
    }
    // Caption at the top left, the key to the special results at the top right.
    let baseline = (strip.y0 + m.gap / 2 + face.ascent).rounded(.up)
    let caption = "error in ulps of \(lab.format.name) (log scale, clamped at 1e-2 and 1e6)"
    let cw = face.measure(caption).width
    let captionBox = Box(x0: strip.x0 + m.gap, y0: baseline - face.ascent, x1: strip.x0 + m.gap + cw,
                         y1: baseline + face.descent)
    var keyLeft = strip.x1 - m.gap
    let swatch = (0.7 * face.pixelSize).rounded()
    var keys: [(FormatEvents, String, Box, Box)] = []
    for (event, text) in [(FormatEvents.zero, "0 (true ≠ 0)"), (.positiveInfinity, "±inf"),
                          (.nan, "NaN")].reversed() {
      let w = face.measure(text).width
      let textBox = Box(x0: keyLeft - w, y0: baseline - face.ascent, x1: keyLeft,
                        y1: baseline + face.descent)
      let sy = (baseline - face.ascent / 2 - swatch / 2).rounded()
      let sw = Box(x0: textBox.x0 - m.gap / 2 - swatch, y0: sy, x1: textBox.x0 - m.gap / 2,
                   y1: sy + swatch)
      keys.append((event, text, textBox, sw))
      keyLeft = sw.x0 - 1.5 * m.gap
    }
    if captionBox.x1 + m.gap < keyLeft, captionBox.y1 < strip.y1 {
      _ = place(PlacedText(text: caption, role: .marker, box: captionBox, baseline: baseline),
                in: &layout)
    }
    if keyLeft > strip.x0, captionBox.y1 < strip.y1 {
      for (event, text, box, sw) in keys.reversed()
      where place(PlacedText(text: text, role: .marker, box: box, baseline: baseline), in: &layout) {
        p.keySwatches.append((event, sw))
      }
    }
  }

  /// "0.01", "1", "100", "1e4", "1e6".
  static func decadeLabel(_ d: Int) -> String {
    switch d {
    case -2: return "0.01"
    case -1: return "0.1"
    case 0: return "1"
    case 1: return "10"
    case 2: return "100"
    default: return "1e\(d)"
    }
  }

  /// The thresholds of the chosen function, format and formula in view: a line at the
  /// real x where each happens (those at the same x share it) with a number at the
  /// plot's top, and a list in a corner clear of the legend: "1 textbook S = 1.0 from
  /// 7.6246 (first float16 input 7.625)". The list is headed by the overlay's caption.
  private mutating func placeThresholds(_ frame: SceneFrame, _ lab: PrecisionFormula,
                                        inner: Box, face: FontFace, _ m: LayoutMetrics,
                                        into p: inout PrecisionLayout,
                                        layout: inout SceneLayout) {
    let vp = frame.viewport
    let line = lineWidth(1, scale: m.scale)
    let bottom = p.strip?.y1 ?? inner.y1
    var lines: [String] = []
    var tagRight: [Double] = []  // per tag row, the right end of the last tag placed
    let tagFace = face
    var n = 0
    // A provisional frame shows only thresholds already known (the list says so).
    let groups = precisionNeedsRefinement
      ? precisionCache.cachedThresholdGroups(lab) : precisionCache.thresholdGroups(lab)
    for g in groups ?? [] {
      let px = vp.pixelX(forX: g.x)
      guard px >= inner.x0, px <= inner.x1 else { continue }
      n += 1
      let (a, b) = crisp(px, width: line)
      p.thresholdLines.append(Box(x0: a, y0: inner.y0, x1: b, y1: bottom))
      let number = "\(n)"
      let w = tagFace.measure(number).width
      // The tag beside its line at the plot's top, on the first row where it clears the
      // tags before it (lines closer than a tag's width stagger downwards).
      var row = 0
      while row < tagRight.count && tagRight[row] > b + 1 - m.gap / 2 { row += 1 }
      if row == tagRight.count { tagRight.append(-.infinity) }
      let baseline = (inner.y0 + m.gap + tagFace.ascent
        + Double(row) * (tagFace.ascent + tagFace.descent)).rounded()
      let box = Box(x0: b + 1, y0: baseline - tagFace.ascent, x1: b + 1 + w,
                    y1: baseline + tagFace.descent)
      if place(PlacedText(text: number, role: .marker, box: box, baseline: baseline), in: &layout) {
        tagRight[row] = box.x1 + m.gap / 2
      }
      lines.append(number + "  " + g.text)
    }
    let symbols = precisionOrders(frame).map { lab.spec.curve($0).symbol }
    let header = frame.display.precision.caption(
      symbol: symbols.isEmpty ? lab.spec.curve(.value).symbol : symbols.joined(separator: ", "),
      kind: lab.kind) + ": dark steps over the exact curves"
    let pending = precisionNeedsRefinement ? ["sampled while input moves: exact when it pauses"] : []
    placeList([header] + lines + pending, inner: inner, face: face, m, into: &p, layout: &layout)
  }

  /// The list's box where, of spots on a 9 × 9 grid over the plot below the tags, it
  /// hides the fewest points of the drawn curves (CurveCover, on a CoverGrid, within
  /// half a line of it), then crosses the fewest threshold lines, and meets no text, the
  /// legend, a marker or the slider panel; the first such spot on a tie, as the legend
  /// takes the first best corner. Three rows of five left the list over the curve where
  /// no such spot was clear (the inflection at 960 × 600). Where no spot is clear the
  /// list is tried smaller (85%, 70%, as the legend is), else goes where it hides least
  /// at full size. Nowhere (the tags stay) if it fits nowhere.
  private mutating func placeList(_ lines: [String], inner: Box, face: FontFace,
                                  _ m: LayoutMetrics, into p: inout PrecisionLayout,
                                  layout: inout SceneLayout) {
    let pad = m.gap
    let tagRow = (face.ascent + face.descent + 0.2 * face.pixelSize).rounded()
    let tagsBottom = layout.texts.filter { $0.role == .marker && $0.box.y0 < inner.y0 + 3 * tagRow }
      .map(\.box.y1).max() ?? inner.y0
    let top = Swift.max(inner.y0 + 2 * pad, tagsBottom + pad)
    // The drawn curves counted once on a grid of cells, so each spot is four look-ups.
    var cover = precisionCover
    precisionCover = CoverGrid()
    defer { precisionCover = cover }
    cover.reset(inner, cell: Swift.max(4, (tagRow / 2).rounded()))
    CurveCover.walk(sampled, x0: inner.x0, x1: inner.x1) { cover.add($0) }
    cover.finish()
    var fallback: (cost: (Int, Int), box: Box, face: FontFace, widths: [Double])?
    for shrink in [1, 0.85, 0.7] {
      let f = shrink == 1 ? face : faces.face(pixelSize: (face.pixelSize * shrink).rounded())
      let widths = listWidths(lines, face: f)
      guard let spot = listSpot(widths: widths, face: f, top: top, inner: inner, pad: pad,
                                cover: cover, p, layout) else { continue }
      if fallback == nil { fallback = (spot.cost, spot.box, f, widths) }
      if spot.cost == (0, 0) {
        fallback = (spot.cost, spot.box, f, widths)
        break
      }
    }
    guard let (_, box, f, widths) = fallback else { return }
    p.listBox = box
    p.listTextSize = f.pixelSize
    let row = (f.ascent + f.descent + 0.2 * f.pixelSize).rounded()
    for (i, text) in lines.enumerated() {
      let baseline = (box.y0 + pad + row * Double(i) + f.ascent).rounded()
      _ = place(PlacedText(text: text, role: .marker, box: Box(
        x0: box.x0 + pad, y0: baseline - f.ascent, x1: box.x0 + pad + widths[i],
        y1: baseline + f.descent), baseline: baseline), in: &layout)
    }
  }

  /// The lines' widths in `face` (remembered: the same list frame after frame of a zoom
  /// is not measured again).
  private mutating func listWidths(_ lines: [String], face: FontFace) -> [Double] {
    if let known = precisionListWidths, known.size == face.pixelSize, known.lines == lines {
      return known.widths
    }
    let widths = lines.map { face.measure($0).width }
    precisionListWidths = (lines, face.pixelSize, widths)
    return widths
  }

  /// The best spot for a list of lines `widths` wide in `face` (see ``placeList``) and
  /// its cost (curve points hidden, threshold lines crossed); nil if it fits nowhere.
  private func listSpot(widths: [Double], face: FontFace, top: Double, inner: Box, pad: Double,
                        cover: CoverGrid, _ p: PrecisionLayout, _ layout: SceneLayout)
    -> (cost: (Int, Int), box: Box)?
  {
    let row = (face.ascent + face.descent + 0.2 * face.pixelSize).rounded()
    let width = (widths.max() ?? 0) + 2 * pad
    let height = row * Double(widths.count) + 2 * pad
    guard width < inner.width - 4 * pad, height < inner.height / 2 else { return nil }
    let (xMin, xMax) = (inner.x0 + 2 * pad, inner.x1 - 2 * pad - width)
    let yMax = inner.y1 - 2 * pad - height
    guard yMax >= top - 0.5 else { return nil }
    let clearance = (row / 2).rounded()
    var best: (cost: (Int, Int), box: Box)?
    let steps = 8
    for j in 0...steps {
      let y = top + (yMax - top) * Double(j) / Double(steps)
      for k in 0...steps {
        let x = xMin + (xMax - xMin) * Double(k) / Double(steps)
        let box = Box(x0: x.rounded(), y0: y.rounded(), x1: (x + width).rounded(),
                      y1: (y + height).rounded())
        if let legend = layout.legend, legend.overlaps(box) { continue }
        if let panel = layout.sliderPanel, panel.box.overlaps(box) { continue }
        if layout.markers.contains(where: { box.contains($0.center) }) { continue }
        guard fits(box, in: layout) else { continue }
        let covered = cover.count(touching: Box(x0: box.x0 - clearance, y0: box.y0 - clearance,
                                                x1: box.x1 + clearance, y1: box.y1 + clearance))
        let crossed = p.thresholdLines.filter { $0.x1 >= box.x0 && $0.x0 <= box.x1 }.count
        let cost = (covered, crossed)
        if best.map({ cost < $0.cost }) ?? true { best = (cost, box) }
        if cost == (0, 0) { return best }
      }
    }
    return best
  }
}

extension PlotScene {
  /// The probe's rows for the overlay at the readout's x: x in the format, each shown
  /// order's computed value (bits and decimal) with its error, and the true value.
  mutating func appendPrecisionRows(_ frame: SceneFrame, to readout: inout ProbeReadout) {
    guard let lab = precisionFrameLab else { return }
    let sample = precisionCache.sample(lab, at: readout.x)
    readout.append(lab.probeRows(at: readout.x, sample: sample, orders: precisionOrders(frame)))
  }
}

extension PlotScene {
  /// The pixel size of a `.marker` text: the threshold list's own for its lines (inside
  /// its box), else the marker labels'.
  func markerTextSize(_ placed: PlacedText, _ m: LayoutMetrics) -> Double {
    if let p = lastLayout.precision, let box = p.listBox, let size = p.listTextSize,
      box.x0 <= placed.box.x0, placed.box.x1 <= box.x1, box.y0 <= placed.box.y0,
      placed.box.y1 <= box.y1
    {
      return size
    }
    return style.markerLabelSize * m.scale
  }
}
