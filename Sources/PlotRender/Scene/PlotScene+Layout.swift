// Where every text, frame line, tick mark and the legend go, and the margins that leave
// room for them. The rows are stacked so no two texts can meet, and each text is checked
// against the canvas and everything placed before it; one that still does not fit is
// shortened (the title, axis labels) or left out (a tick label, the legend).

import PlotCore

/// Sizes in device pixels shared by ``PlotScene/margins(for:)`` and the layout, so the
/// room the margins leave is the room the layout uses.
struct LayoutMetrics {
  /// Device pixels per point actually used (see ``PlotStyle/minimumCanvas``).
  let scale: Double
  let tickFace, labelFace, titleFace, legendFace: FontFace
  /// Gap between stacked texts, tick mark length, padding at the canvas edges.
  let gap, tick, pad: Double
  /// Whether heights come from the font's design (em × metric, exactly proportional to
  /// the scale, for margins that are the same in points at every scale) or from the
  /// faces as drawn (x-height snapping stretches them by up to about a pixel).
  let design: Bool
  /// How far below the middle of a digit its baseline is: y tick labels are centred on
  /// their ticks by their digits, as matplotlib does.
  let digitMiddle: Double

  init(style: PlotStyle, scale s: Double, design: Bool = false, faces: (Double) -> FontFace) {
    scale = s
    tickFace = faces(style.tickLabelSize * s)
    labelFace = faces(style.axisLabelSize * s)
    titleFace = faces(style.titleSize * s)
    legendFace = faces(style.legendSize * s)
    gap = style.gap * s
    tick = style.tickLength * s
    pad = style.edgePadding * s
    self.design = design
    let zero = tickFace.inkBounds(of: "0")
    let middle = zero.map { -$0.minY / 2 } ?? 0.36 * tickFace.pixelSize
    digitMiddle = design ? middle * tickFace.xScale / tickFace.yScale : middle
  }

  func ascent(_ face: FontFace) -> Double {
    design ? Double(face.font.ascender) * face.xScale : face.ascent
  }
  func descent(_ face: FontFace) -> Double {
    design ? -Double(face.font.descender) * face.xScale : face.descent
  }
  func height(_ face: FontFace) -> Double { ascent(face) + descent(face) }

  /// How far a y tick label's box reaches above and below its tick; the half pixel is
  /// the baseline's rounding.
  var yLabelAbove: Double { ascent(tickFace) - digitMiddle + 0.5 }
  var yLabelBelow: Double { descent(tickFace) + digitMiddle + 0.5 }
  /// From the plot's top edge up to the bottom of the title row: clear of the frame and
  /// of a y tick label sitting on the top edge.
  var topClear: Double { Swift.max(2 * gap, yLabelAbove + gap / 2) }
  /// From the plot's bottom edge down to the top of the x tick labels: clear of the tick
  /// marks and of a y tick label sitting on the bottom edge.
  var xTickClear: Double { Swift.max(tick + gap, yLabelBelow + gap / 2) }
}

extension PlotScene {
  /// The scale the frame is drawn at on a `width` × `height` canvas: the frame's, or less
  /// when the canvas is smaller than ``PlotStyle/minimumCanvas`` points. Rounded down to
  /// 1/64 so a window being resized makes a bounded number of font sizes. A size of 0
  /// (unknown) leaves the scale as it is.
  public func effectiveScale(_ frame: SceneFrame, width: Int, height: Int) -> Double {
    guard width > 0, height > 0 else { return frame.scale }
    let fit = Swift.min(Double(width) / style.minimumCanvas.width,
                        Double(height) / style.minimumCanvas.height)
    guard fit < frame.scale else { return frame.scale }
    return Swift.max(1.0 / 64, (fit * 64).rounded(.down) / 64)
  }

  mutating func metrics(scale: Double, design: Bool = false) -> LayoutMetrics {
    LayoutMetrics(style: style, scale: scale, design: design) { faces.face(pixelSize: $0) }
  }

  // MARK: - Margins

  /// The margins (points of the frame's scale) that leave room for every label of
  /// `frame`'s view: the y tick labels' width decides the left margin, the last x tick
  /// label the right one. Rounded up to 4 points so they change rarely while zooming.
  /// Uses the frame's drawable size, when given, to shrink as the layout does.
  public mutating func margins(for frame: SceneFrame) -> PlotMargins {
    let s = effectiveScale(frame, width: frame.drawableWidth, height: frame.drawableHeight)
    let m = metrics(scale: s, design: true)
    let axes = axisCache.axes(frame.viewport, scale: s, uniformDecimals: style.uniformTickDecimals)
    // Slack for whole-pixel roundings of baselines and edges and for x-height snapping
    // (about a pixel each), in points from scale 1 up so the margins in points, and so
    // the picture, are the same at every scale; a few pixels below scale 1.
    let slack = Swift.max(3 * s, 3)
    let left = m.pad + m.height(m.labelFace) + 1.5 * m.gap + widestYLabel(axes, m.tickFace)
      + m.gap + m.tick + slack
    let top = m.pad + m.height(m.titleFace) + m.topClear + slack
    var bottom = m.xTickClear + m.height(m.tickFace) + m.gap + m.height(m.labelFace) + m.pad
      + slack
    bottom += precisionStripRoom(frame, m, top: top, bottom: bottom)
    let lastLabel = axes.x.ticks.last.map { textWidths.width($0.label, m.tickFace) / 2 } ?? 0
    let right = Swift.max(24 * s, lastLabel + m.pad + slack)
    func points(_ px: Double) -> Double { (px / frame.scale / 4).rounded(.up) * 4 }
    return PlotMargins(left: points(left), top: points(top), right: points(right),
                       bottom: points(bottom))
  }

  // MARK: - Layout

  /// Lays out `frame` on a `width` × `height` canvas: what ``render(_:into:)`` would
  /// draw, without drawing. Samples the curves (the legend avoids them).
  public mutating func layout(for frame: SceneFrame, width: Int, height: Int) -> SceneLayout {
    sampleCurves(frame)
    let s = effectiveScale(frame, width: width, height: height)
    var result = SceneLayout()
    makeLayout(frame, axes: AxisLayout(viewport: frame.viewport, scale: s,
                                  uniformDecimals: style.uniformTickDecimals), width: width,
               height: height, into: &result)
    return result
  }

  /// Fills `layout` (reusing its arrays) for `frame` with ticks `axes`. Needs this frame's
  /// sampled curves.
  mutating func makeLayout(_ frame: SceneFrame, axes: AxisLayout, width: Int, height: Int,
                           into layout: inout SceneLayout) {
    let s = effectiveScale(frame, width: width, height: height)
    let m = metrics(scale: s)
    let plot = frame.viewport.plot
    let (w, h) = (Double(width), Double(height))
    layout.canvas = Box(x0: 0, y0: 0, x1: w, y1: h)
    layout.scale = s
    layout.texts.removeAll(keepingCapacity: true)
    layout.dropped.removeAll(keepingCapacity: true)
    layout.tickMarks.removeAll(keepingCapacity: true)
    layout.gridLines.removeAll(keepingCapacity: true)
    layout.frameLines.removeAll(keepingCapacity: true)
    layout.legendSwatches.removeAll(keepingCapacity: true)
    layout.legendRows.removeAll(keepingCapacity: true)
    layout.legend = nil
    layout.legendCorner = nil
    layout.shading.removeAll(keepingCapacity: true)
    layout.markers.removeAll(keepingCapacity: true)
    layout.probe = nil
    layout.notice = nil
    layout.selection = nil
    layout.help = nil
    layout.picker = nil
    layout.sliderPanel = nil

    // Frame and tick marks, on whole pixels.
    let line = lineWidth(style.frameWidth, scale: s)
    let (left, right) = (plot.left.rounded(), plot.right.rounded())
    let (top, bottom) = (plot.top.rounded(), plot.bottom.rounded())
    let (l0, l1) = crisp(left, width: line), (r0, r1) = crisp(right, width: line)
    let (t0, t1) = crisp(top, width: line), (b0, b1) = crisp(bottom, width: line)
    layout.plotFrame = Box(x0: l0, y0: t0, x1: r1, y1: b1)
    layout.frameLines += [Box(x0: l0, y0: t0, x1: r1, y1: t1), Box(x0: l0, y0: b0, x1: r1, y1: b1),
                          Box(x0: l0, y0: t0, x1: l1, y1: b1), Box(x0: r0, y0: t0, x1: r1, y1: b1)]
    for t in axes.x.ticks {
      let (x0, x1) = crisp(t.pixel, width: line)
      layout.tickMarks.append(Box(x0: x0, y0: bottom, x1: x1, y1: bottom + m.tick))
    }
    for t in axes.y.ticks {
      let (y0, y1) = crisp(t.pixel, width: line)
      layout.tickMarks.append(Box(x0: left - m.tick, y0: y0, x1: left, y1: y1))
    }
    if frame.display.showsGrid {
      let grid = lineWidth(style.gridWidth, scale: s)
      for t in axes.x.ticks {
        let (x0, x1) = crisp(t.pixel, width: grid)
        layout.gridLines.append(Box(x0: x0, y0: top, x1: x1, y1: bottom))
      }
      for t in axes.y.ticks {
        let (y0, y1) = crisp(t.pixel, width: grid)
        layout.gridLines.append(Box(x0: left, y0: y0, x1: right, y1: y1))
      }
    }

    // The title row: the y offset label at the plot's left, the title centred on the
    // plot in what room is left.
    let titleBaseline = (top - m.topClear - m.titleFace.descent).rounded(.down)
    var titleRoom = (m.pad, w - m.pad)
    if let offset = axes.y.offsetLabel {
      let width = textWidths.width(offset, m.tickFace)
      let x0 = Swift.min(left, w - m.pad - width)
      let placed = PlacedText(text: offset, role: .yOffset, box: Box(
        x0: x0, y0: titleBaseline - m.tickFace.ascent, x1: x0 + width,
        y1: titleBaseline + m.tickFace.descent), baseline: titleBaseline)
      if place(placed, in: &layout) { titleRoom.0 = Swift.max(titleRoom.0, x0 + width + 2 * m.gap) }
    }
    placeCentred(title(for: frame), role: .title, face: m.titleFace, center: plot.center.x, room: titleRoom,
                 baseline: titleBaseline, in: &layout)

    // Below the plot: the x tick labels' row, then the x label with the x offset label
    // at the plot's right.
    let xTickBaseline = (bottom + precisionStripDrop(frame, m) + m.xTickClear
      + m.tickFace.ascent).rounded(.up)
    let labelBaseline = (xTickBaseline + m.tickFace.descent + m.gap + m.labelFace.ascent)
      .rounded(.up)
    var labelRoom = (m.pad, w - m.pad)
    if let offset = axes.x.offsetLabel {
      let width = textWidths.width(offset, m.tickFace)
      let x1 = Swift.min(right, w - m.pad)
      let placed = PlacedText(text: offset, role: .xOffset, box: Box(
        x0: x1 - width, y0: labelBaseline - m.tickFace.ascent, x1: x1,
        y1: labelBaseline + m.tickFace.descent), baseline: labelBaseline)
      if place(placed, in: &layout) { labelRoom.1 = Swift.min(labelRoom.1, x1 - width - 2 * m.gap) }
    }
    placeCentred(xLabel, role: .xLabel, face: m.labelFace, center: plot.center.x,
                 room: labelRoom, baseline: labelBaseline, in: &layout)

    // Left of the plot: the y label reading upwards, within the plot's height.
    let yLabelWidth = widestYLabel(axes, m.tickFace)
    let yLabelBaseline = (left - m.tick - m.gap - yLabelWidth - 1.5 * m.gap
      - m.labelFace.descent).rounded(.down)
    if let fitted = fitted(yAxisLabel(frame), face: m.labelFace, toWidth: bottom - top) {
      let length = textWidths.width(fitted, m.labelFace)
      let center = plot.center.y
      _ = place(PlacedText(text: fitted, role: .yLabel, box: Box(
        x0: yLabelBaseline - m.labelFace.ascent, y0: center - length / 2,
        x1: yLabelBaseline + m.labelFace.descent, y1: center + length / 2),
        baseline: yLabelBaseline), in: &layout)
    }

    placeSliderPanel(frame, m, in: &layout)
    placeLegend(frame, m, in: &layout)
    placeKinks(frame, m, in: &layout)
    placeMarkers(frame, m, in: &layout)
    placePrecision(frame, axes: axes, m, in: &layout)

    // Tick labels last: any that would still collide are the ones left out.
    var boxes: [Box] = axes.x.ticks.map { t in
      let width = textWidths.width(t.label, m.tickFace)
      return Box(x0: t.pixel - width / 2, y0: xTickBaseline - m.tickFace.ascent,
                 x1: t.pixel + width / 2, y1: xTickBaseline + m.tickFace.descent)
    }
    for (i, shown) in AxisLayout.thinned(boxes.map { ($0.x0, $0.x1) }, gap: m.gap).enumerated()
    where shown {
      _ = place(PlacedText(text: axes.x.ticks[i].label, role: .xTick, box: boxes[i],
                           baseline: xTickBaseline), in: &layout)
    }
    let yRight = left - m.tick - m.gap
    boxes = axes.y.ticks.map { t in
      let width = textWidths.width(t.label, m.tickFace)
      let baseline = (t.pixel + m.digitMiddle).rounded()
      return Box(x0: yRight - width, y0: baseline - m.tickFace.ascent, x1: yRight,
                 y1: baseline + m.tickFace.descent)
    }
    // Ticks run up the screen (pixel y decreasing); thin from the top down.
    let shownFromTop = AxisLayout.thinned(boxes.reversed().map { ($0.y0, $0.y1) }, gap: m.gap / 2)
    for (i, shown) in shownFromTop.reversed().enumerated() where shown {
      _ = place(PlacedText(text: axes.y.ticks[i].label, role: .yTick, box: boxes[i],
                           baseline: boxes[i].y1 - m.tickFace.descent), in: &layout)
    }

    if let notice = frame.notice { placeNotice(notice, frame, m, in: &layout) }

    // Overlays, outside the overlap rule: the probe, the box-zoom rectangle, the help.
    placeProbe(frame, m, in: &layout)
    if let r = frame.selection {
      let inner = innerPlot(layout, m)
      let box = Box(x0: Swift.max(r.left, inner.x0).rounded(), y0: Swift.max(r.top, inner.y0).rounded(),
                    x1: Swift.min(r.right, inner.x1).rounded(),
                    y1: Swift.min(r.bottom, inner.y1).rounded())
      if box.width > 0, box.height > 0 { layout.selection = box }
    }
    placeHelp(frame, m, in: &layout)
    placePicker(frame, m, in: &layout)
  }

  // MARK: - Placing

  /// Adds `text` if it lies inside the canvas and overlaps no text, frame line or tick
  /// mark placed so far; returns whether it did.
  func place(_ text: PlacedText, in layout: inout SceneLayout) -> Bool {
    guard fits(text.box, in: layout) else {
      layout.dropped.append(text)
      return false
    }
    layout.texts.append(text)
    return true
  }

  func fits(_ box: Box, in layout: SceneLayout) -> Bool {
    guard layout.canvas.contains(box) else { return false }
    for other in layout.texts where other.role != .notice && other.box.overlaps(box) {
      return false
    }
    for line in layout.frameLines where line.overlaps(box) { return false }
    for mark in layout.tickMarks where mark.overlaps(box) { return false }
    return true
  }

  /// Places `text` on `baseline` centred on `center` as nearly as the horizontal `room`
  /// allows, shortened with an ellipsis if it is wider than the room.
  mutating func placeCentred(_ text: String, role: TextRole, face: FontFace, center: Double,
                             room: (Double, Double), baseline: Double,
                             in layout: inout SceneLayout) {
    guard let fitted = fitted(text, face: face, toWidth: room.1 - room.0) else { return }
    let width = textWidths.width(fitted, face)
    let x0 = Swift.max(room.0, Swift.min(center - width / 2, room.1 - width))
    _ = place(PlacedText(text: fitted, role: role, box: Box(
      x0: x0, y0: baseline - face.ascent, x1: x0 + width, y1: baseline + face.descent),
      baseline: baseline), in: &layout)
  }

  /// ``ellipsized(_:face:toWidth:)``, with the whole text's width from ``textWidths``:
  /// a text that fits (almost always) is not measured again.
  mutating func fitted(_ text: String, face: FontFace, toWidth width: Double) -> String? {
    if !text.isEmpty, width > 0, textWidths.width(text, face) <= width { return text }
    return ellipsized(text, face: face, toWidth: width)
  }

  /// The widest of `axes`' y tick labels in `face` (``AxisLayout/yLabelWidth(_:)``),
  /// from ``textWidths``.
  mutating func widestYLabel(_ axes: AxisLayout, _ face: FontFace) -> Double {
    axes.y.ticks.reduce(0) { Swift.max($0, textWidths.width($1.label, face)) }
  }

  /// `text`, or its longest prefix followed by "…", whose width is at most `width`;
  /// nil for empty text or when not even the ellipsis fits.
  func ellipsized(_ text: String, face: FontFace, toWidth width: Double) -> String? {
    guard !text.isEmpty, width > 0 else { return nil }
    if face.measure(text).width <= width { return text }
    var characters = Array(text)
    while !characters.isEmpty {
      characters.removeLast()
      while characters.last == " " { characters.removeLast() }
      let candidate = String(characters) + "…"
      if face.measure(candidate).width <= width { return candidate }
    }
    return nil
  }
}
