// The frame as a display list: what the layout (lastLayout) placed, turned into drawing
// items in drawing order, each tagged with its role. Under the curves: shading, box-zoom
// tint, grid, probe line, ticks, frame; then the curves and tangent inside the plot clip;
// the dots on them; the texts and legend; the overlays. Decides colours and order only;
// positions are the layout's.

import PlotCore

extension PlotScene {
  /// Appends the items of `frame` as ``lastLayout`` placed it to `list`.
  mutating func emit(_ frame: SceneFrame, into list: inout DisplayList) {
    let layout = lastLayout
    list.begin(.background)
    list.clear(style.background)

    list.begin(.underlay)
    emitShading(into: &list)
    if let box = layout.selection {
      list.fill(box, style.selectionFill, opacity: style.selectionOpacity, role: .selection)
    }
    for line in layout.gridLines { list.fill(line, style.grid, role: .grid) }
    emitPrecisionUnderlay(into: &list)
    if let probe = layout.probe { list.fill(probe.line, style.probeLine, role: .probeLine) }
    for box in layout.tickMarks { list.fill(box, style.foreground, role: .tickMark) }
    for box in layout.frameLines { list.fill(box, style.foreground, role: .frame) }

    list.begin(.curves)
    emitCurves(frame, into: &list)
    emitPrecisionCurves(frame, into: &list)
    emitPrecisionStrip(frame, into: &list)

    list.begin(.dots)
    emitMarkerDots(into: &list)
    emitKinks(into: &list)
    emitProbeDots(into: &list)
    emitPrecisionList(into: &list)

    list.begin(.text)
    emitTexts(into: &list)

    list.begin(.overlays)
    if let box = layout.selection {
      let w = lineWidth(1, scale: layout.scale)
      emitEdges(of: box, width: w, sidesBetween: false, style.selectionOutline,
                role: .selection, into: &list)
    }
    emitReadout(into: &list)
    emitSliderPanel(into: &list)
    emitHelp(into: &list)
    emitPicker(frame, into: &list)
  }

  /// The sampled curves stroked inside the plot's clip, and the probe's tangent to S.
  private mutating func emitCurves(_ frame: SceneFrame, into list: inout DisplayList) {
    let plot = frame.viewport.plot
    let clip = ClipRect(x0: Int(plot.left.rounded()), y0: Int(plot.top.rounded()),
                        x1: Int(plot.right.rounded()), y1: Int(plot.bottom.rounded()))
    let stroke = Stroke(width: style.curveWidth * lastLayout.scale)
    list.beginClip(clip, role: .plotClip)
    for (curve, samples) in zip(frame.curves, sampled) {
      if look.isMultiFunction || !curve.parameterSuffix.isEmpty {
        list.curveNames[curve] = frame.display.legendName(of: curve)
      }
      if !samples.runIsNegative.isEmpty {
        emitSignedCurve(curve, samples, stroke: stroke, plot: plot, into: &list)
        continue
      }
      let first = list.runCount
      for i in samples.runEnds.indices { list.addRun(samples.run(i)) }
      list.stroke(runsFrom: first, stroke, dash: look.dash(curve, style, scale: lastLayout.scale),
                  color(for: curve), role: .curve(curve))
    }
    if let probe = lastLayout.probe, frame.display.tangentCurve != nil {
      emitTangent(frame, x: probe.x, clip: clip, into: &list)
    }
    list.endClip()
  }

  /// Every text of the layout in its order, in its face and colour; the legend (its box,
  /// then per entry a group of swatch and name) where its entries come; the notice on
  /// its dark box.
  private mutating func emitTexts(into list: inout DisplayList) {
    let layout = lastLayout
    let m = metrics(scale: layout.scale)
    let ink = style.foreground
    var legendDone = false
    for placed in layout.texts {
      switch placed.role {
      case .title:
        list.text(run(placed, m.titleFace.pixelSize, ink), role: .text(.title))
      case .xLabel:
        list.text(run(placed, m.labelFace.pixelSize, ink), role: .text(.xLabel))
      case .yLabel:
        let center = Point(placed.baseline, (placed.box.y0 + placed.box.y1) / 2)
        list.text(TextRun(placed.text, pixelSize: m.labelFace.pixelSize, at: center,
                          anchor: .center, rotation: .up, color: ink), role: .text(.yLabel))
      case .xOffset, .yOffset, .xTick, .yTick:
        list.text(run(placed, m.tickFace.pixelSize, ink), role: .text(placed.role))
      case .legendEntry:
        if !legendDone { emitLegend(into: &list) }
        legendDone = true
      case .marker:
        list.text(run(placed, markerTextSize(placed, m), style.annotation),
                  role: .text(.marker))
      case .readoutLabel, .readoutValue, .helpTitle, .helpKeys, .helpAction, .helpHint,
        .sliderText:
        break  // overlays: drawn from their own layouts
      case .notice:
        let box = layout.notice ?? placed.box
        list.beginGroup(.notice, bounds: box)
        if layout.notice != nil { list.fill(box, ink, role: .notice) }
        list.text(run(placed, m.legendFace.pixelSize, style.background), role: .text(.notice))
        list.endGroup()
      }
    }
  }

  /// The legend group: its frame and fill, then one group per row (hit-testing's target)
  /// holding the entry's swatch and name, faded when the curve is hidden.
  private func emitLegend(into list: inout DisplayList) {
    let layout = lastLayout
    guard let box = layout.legend else { return }
    let border = lineWidth(1, scale: layout.scale)
    list.beginGroup(.legend, bounds: box)
    list.fill(box, style.legendBorder, role: .legend)
    list.fill(box.inset(by: border), style.background, role: .legend)
    var entry = 0
    for placed in layout.texts where placed.role == .legendEntry {
      defer { entry += 1 }
      guard entry < layout.legendRows.count, entry < layout.legendSwatches.count else { break }
      let row = layout.legendRows[entry]
      if look.isMultiFunction { list.curveNames[row.curve] = placed.text }
      let role = DisplayRole.legendEntry(index: entry, curve: row.curve, dimmed: row.dimmed)
      let color = color(for: row.curve)
      list.beginGroup(role, bounds: row.box)
      emitSwatch(layout.legendSwatches[entry], curve: row.curve,
                 color: row.dimmed ? style.faded(color) : color, role: role, into: &list)
      list.text(run(placed, layout.legendTextSize, row.dimmed ? style.hiddenLegendText
                                                              : style.foreground), role: role)
      list.endGroup()
    }
    list.endGroup()
  }

  /// An upright text run where the layout put `placed`: its box's left on its baseline.
  func run(_ placed: PlacedText, _ pixelSize: Double, _ color: Color) -> TextRun {
    TextRun(placed.text, pixelSize: pixelSize, at: Point(placed.box.x0, placed.baseline),
            color: color)
  }

  /// The four edges of `box`, each `width` thick, inside it: top and bottom across the
  /// whole width, the sides between them when `sidesBetween`, else the whole height.
  func emitEdges(of box: Box, width w: Double, sidesBetween inset: Bool, _ color: Color,
                 role: DisplayRole, into list: inout DisplayList) {
    let (top, bottom) = inset ? (box.y0 + w, box.y1 - w) : (box.y0, box.y1)
    list.fill(Box(x0: box.x0, y0: box.y0, x1: box.x1, y1: box.y0 + w), color, role: role)
    list.fill(Box(x0: box.x0, y0: box.y1 - w, x1: box.x1, y1: box.y1), color, role: role)
    list.fill(Box(x0: box.x0, y0: top, x1: box.x0 + w, y1: bottom), color, role: role)
    list.fill(Box(x0: box.x1 - w, y0: top, x1: box.x1, y1: bottom), color, role: role)
  }
}

extension PlotScene {
  /// A legend swatch: the filled bar of a solid curve, or, for a dashed or dotted one
  /// (several functions shown), a stroke along the bar with the curve's own dash, so the
  /// entry shows the line style the plot uses.
  func emitSwatch(_ bar: Box, curve: PlottedCurve, color: Color, role: DisplayRole,
                  into list: inout DisplayList) {
    guard let dash = look.dash(curve, style, scale: lastLayout.scale) else {
      list.fill(bar, color, role: role)
      return
    }
    let width = bar.y1 - bar.y0
    let y = (bar.y0 + bar.y1) / 2
    let first = list.runCount
    list.addRun([Point(bar.x0 + width / 2, y), Point(bar.x1 - width / 2, y)])
    list.stroke(runsFrom: first, Stroke(width: width), dash: dash, color, role: role)
  }
}
