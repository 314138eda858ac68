// Where the legend and the notice go: the legend in matplotlib's "best" corner with a row
// per curve (hidden ones dimmed), the notice where it hides the fewest curve points.
// Layout only; PlotScene+DisplayList.swift draws them.

import PlotCore

extension PlotScene {
  /// The legend box (matplotlib's "best" corner), its swatches and entries: every curve,
  /// the hidden ones dimmed (as ImPlot and gnuplot do), so a click on an entry brings its
  /// curve back as well as hiding it. When it does not fit inside the plot with its inset
  /// it is tried smaller, down to 70%, then left out.
  mutating func placeLegend(_ frame: SceneFrame, _ m: LayoutMetrics, in layout: inout SceneLayout) {
    for shrink in [1, 0.85, 0.7] {
      let face = shrink == 1 ? m.legendFace : faces.face(pixelSize: m.legendFace.pixelSize * shrink)
      if placeLegend(frame, m, face: face, in: &layout) { return }
    }
  }

  /// The legend in `face`; false (and nothing placed) when it does not fit.
  mutating func placeLegend(_ frame: SceneFrame, _ m: LayoutMetrics, face: FontFace,
                            in layout: inout SceneLayout) -> Bool {
    let curves = frame.display.legendCurves
    let names = legendEntries.names(for: frame.display)
    let em = face.pixelSize
    let pad = (0.6 * em).rounded(), swatch = (2 * em).rounded(), between = (0.7 * em).rounded()
    let row = (face.lineHeight + 0.3 * em).rounded()
    var textWidth = 0.0
    for name in names { textWidth = Swift.max(textWidth, textWidths.width(name, face)) }
    let width = (2 * pad + swatch + between + textWidth).rounded(.up)
    let height = 2 * pad + row * Double(curves.count)
    let plot = frame.viewport.plot
    guard width + 2 * pad <= plot.width, height + 2 * pad <= plot.height else { return false }
    let (box, corner) = LegendPlacement.best(width: width, height: height, in: plot, inset: pad,
                                             curves: sampled, pinned: frame.legendCorner,
                                             avoiding: layout.sliderPanel?.box)
    let stroke = lineWidth(style.curveWidth * em / m.legendFace.pixelSize, scale: m.scale)
    let start = layout.texts.count
    for i in curves.indices {
      let middle = box.y0 + pad + row * (Double(i) + 0.5)
      let baseline = (middle + m.digitMiddle * em / m.tickFace.pixelSize).rounded()
      let x0 = box.x0 + pad + swatch + between
      let name = names[i]
      let entry = PlacedText(text: name, role: .legendEntry, box: Box(
        x0: x0, y0: baseline - face.ascent, x1: x0 + textWidths.width(name, face),
        y1: baseline + face.descent), baseline: baseline)
      guard fits(entry.box, in: layout) else {
        layout.texts.removeSubrange(start...)
        return false
      }
      layout.texts.append(entry)
    }
    layout.legend = box
    layout.legendCorner = corner
    layout.legendTextSize = em
    let shown = frame.display.curves
    for (i, curve) in curves.enumerated() {
      let middle = box.y0 + pad + row * (Double(i) + 0.5)
      let (y0, y1) = crisp(middle, width: stroke)
      layout.legendSwatches.append(Box(x0: box.x0 + pad, y0: y0, x1: box.x0 + pad + swatch, y1: y1))
      // Rows tile the box: the first takes the top padding, the last the bottom.
      let top = i == 0 ? box.y0 : box.y0 + pad + row * Double(i)
      let bottom = i == curves.count - 1 ? box.y1 : box.y0 + pad + row * Double(i + 1)
      layout.legendRows.append(LegendRow(curve: curve, box: Box(x0: box.x0, y0: top, x1: box.x1,
                                                                y1: bottom),
                                         dimmed: !shown.contains(curve)))
    }
    return true
  }

  /// The notice ("saved …", "readout copied"): an overlay on its own dark box, exempt
  /// from the overlap rule (it is transient). Placed as the legend is: of the spots on a
  /// 9 × 9 grid over the plot and two over the margins below and above it, those clear of
  /// the legend; of those the ones that cover the fewest curve points (within half an em
  /// of it); then those inside the plot; then those clear of the markers' labels and dots;
  /// then the nearest the bottom centre, where a toast is looked for. So it never sits on
  /// the tails near y = 0: where the plot has no free spot it goes over the margin.
  mutating func placeNotice(_ notice: String, _ frame: SceneFrame, _ m: LayoutMetrics,
                            in layout: inout SceneLayout) {
    let face = m.legendFace
    let em = face.pixelSize
    let (padX, padY) = ((0.8 * em).rounded(), (0.4 * em).rounded())
    let inner = innerPlot(layout, m)
    let inset = (0.5 * em).rounded()
    guard let fitted = ellipsized(notice, face: face,
                                  toWidth: inner.width - 2 * inset - 2 * padX)
    else { return }
    let width = (face.measure(fitted).width + 2 * padX).rounded(.up)
    let height = (face.ascent + face.descent + 2 * padY).rounded(.up)
    let roomX = inner.width - 2 * inset - width, roomY = inner.height - 2 * inset - height
    guard roomX >= 0, roomY >= 0 else { return }
    let clearance = 0.5 * em
    let home = Point((inner.x0 + inner.x1) / 2, inner.y1 - inset - height / 2)
    var best = Box(x0: 0, y0: 0, x1: 0, y1: 0)
    var bestCost = (1, Int.max, 1, 1, Double.infinity)
    // Also over the bottom and top margins (the x label, the title), centred: where a
    // plot crossed everywhere by a curve (a notice wider than half a steep S) has no room.
    let canvas = layout.canvas
    let centred = Swift.max(canvas.x0 + 2, Swift.min(canvas.x1 - 2 - width,
                                                     ((inner.x0 + inner.x1 - width) / 2).rounded()))
    let margins = [Point(centred, canvas.y1 - 2 - height), Point(centred, canvas.y0 + 2)]
    for k in 0..<(81 + margins.count) {
      let outside = k >= 81
      let x0 = outside ? margins[k - 81].x : (inner.x0 + inset + roomX * Double(k / 9) / 8).rounded()
      let y0 = outside ? margins[k - 81].y : (inner.y0 + inset + roomY * Double(k % 9) / 8).rounded()
      let box = Box(x0: x0, y0: y0, x1: x0 + width, y1: y0 + height)
      if outside && !canvas.contains(box) { continue }
      let overLegend = layout.legend.map { $0.overlaps(box) } ?? false
      let overMarkers = layout.texts.contains { $0.role == .marker && $0.box.overlaps(box) }
        || layout.markers.contains { marker in
          let r = marker.radius + 1
          return box.overlaps(Box(x0: marker.center.x - r, y0: marker.center.y - r,
                                  x1: marker.center.x + r, y1: marker.center.y + r))
        }
      let covered = CurveCover.count(in: Box(x0: box.x0 - clearance, y0: box.y0 - clearance,
                                             x1: box.x1 + clearance, y1: box.y1 + clearance),
                                     sampled)
      let cx = (box.x0 + box.x1) / 2, cy = (box.y0 + box.y1) / 2
      let distance = ((cx - home.x) * (cx - home.x) + (cy - home.y) * (cy - home.y)).squareRoot()
      let cost = (overLegend ? 1 : 0, covered, outside ? 1 : 0, overMarkers ? 1 : 0, distance)
      if cost < bestCost {
        bestCost = cost
        best = box
      }
    }
    let baseline = (best.y0 + padY + face.ascent).rounded()
    layout.notice = best
    layout.texts.append(PlacedText(text: fitted, role: .notice, box: Box(
      x0: best.x0 + padX, y0: baseline - face.ascent, x1: best.x1 - padX,
      y1: baseline + face.descent), baseline: baseline))
  }
}
