// The slider panel (O): a box over the plot's lower right corner listing one slider per
// parameter of the shown functions: its name and value, its family and meaning, a track
// between the range's ends with a handle at the value, the selected one highlighted.
// Laid out before the legend (which then avoids it); drawn over everything but the help.

import PlotCore

extension PlotScene {
  /// The panel for `frame`, when shown and when it fits inside the plot.
  mutating func placeSliderPanel(_ frame: SceneFrame, _ m: LayoutMetrics,
                                 in layout: inout SceneLayout) {
    let panel = frame.display.parameterPanel
    guard panel.isShown else { return }
    let sliders = frame.display.parameterSliders
    let selected = panel.selectedIndex(among: sliders.count)
    let face = m.legendFace, small = m.tickFace
    let em = face.pixelSize
    let pad = (0.6 * em).rounded(), inset = (0.6 * em).rounded()
    let line = (face.lineHeight + 0.2 * em).rounded()
    let trackLine = (small.lineHeight + 0.5 * em).rounded()
    let rowGap = (0.3 * em).rounded()
    let plot = frame.viewport.plot
    let width = Swift.min((21 * em).rounded(), (plot.width - 2 * inset).rounded(.down))
    let rowHeight = line + trackLine
    let count = Swift.max(sliders.count, 1)
    let height = 2 * pad + line + Double(count) * (rowHeight + rowGap)
    guard width >= 10 * em, height <= plot.height - 2 * inset else { return }
    let x1 = (plot.right - inset).rounded(), y1 = (plot.bottom - inset).rounded()
    let box = Box(x0: x1 - width, y0: y1 - height, x1: x1, y1: y1)
    var result = SliderPanelLayout(box: box, textSize: em)
    let left = box.x0 + pad, right = box.x1 - pad

    func add(_ text: String, _ f: FontFace, x: Double, baseline: Double, alignRight: Bool = false,
             dim: Bool) {
      guard let fitted = ellipsized(text, face: f, toWidth: right - left) else { return }
      let w = f.measure(fitted).width
      let x0 = alignRight ? x - w : x
      result.texts.append(PlacedText(text: fitted, role: .sliderText, box: Box(
        x0: x0, y0: baseline - f.ascent, x1: x0 + w, y1: baseline + f.descent), baseline: baseline))
      result.dim.append(dim)
      result.textSizes.append(f.pixelSize)
    }

    // The tracks line up: all start after the widest minimum and end before the widest
    // maximum, so equal fractions sit in one column.
    let loWidth = sliders.map { small.measure(FunctionParameter.text($0.allowed.lowerBound)).width }
      .max() ?? 0
    let hiWidth = sliders.map { small.measure(FunctionParameter.text($0.allowed.upperBound)).width }
      .max() ?? 0
    var y = box.y0 + pad
    let heading: String
    if let a = panel.animation, sliders.indices.contains(a.slider) {
      heading = "Playing \(sliders[a.slider].spec.name): any key stops"
    } else {
      heading = sliders.isEmpty ? "No parameters in the functions shown" : "Parameters: [ ] select, Space plays"
    }
    add(heading, face, x: left, baseline: (y + face.ascent).rounded(), dim: true)
    y += line + rowGap
    for (i, s) in sliders.enumerated() {
      let spec = s.spec
      let top = y
      let baseline = (y + face.ascent + 0.1 * em).rounded()
      add("\(spec.name) = \(FunctionParameter.text(s.value))", face, x: left, baseline: baseline,
          dim: false)
      let nameWidth = face.measure("\(spec.name) = \(FunctionParameter.text(s.value))").width
      let family = s.function.names.legend + ", " + spec.meaning
      if face.measure(family).width + nameWidth + em <= right - left {
        add(family, small, x: right, baseline: baseline, alignRight: true, dim: true)
      }
      y += line
      let lo = FunctionParameter.text(s.allowed.lowerBound)
      let hi = FunctionParameter.text(s.allowed.upperBound)
      let trackBaseline = (y + small.ascent + 0.1 * em).rounded()
      let trackY = (trackBaseline - 0.35 * small.pixelSize).rounded()
      add(lo, small, x: left, baseline: trackBaseline, dim: true)
      add(hi, small, x: right, baseline: trackBaseline, alignRight: true, dim: true)
      let radius = (0.45 * em).rounded()
      let start = (left + loWidth + 0.6 * em + radius).rounded()
      let end = (right - hiWidth - 0.6 * em - radius).rounded()
      let fraction = FunctionParameter.fraction(of: s.value, in: s.allowed)
      let hx = start + fraction * Swift.max(0, end - start)
      y += trackLine
      result.rows.append(SliderRowLayout(
        index: i, box: Box(x0: box.x0, y0: top - rowGap / 2, x1: box.x1, y1: y + rowGap / 2),
        trackStart: start, trackEnd: end, trackY: trackY, handle: Point(hx, trackY),
        handleRadius: radius,
        hitBox: Box(x0: start - 2 * radius, y0: trackY - 1.6 * radius, x1: end + 2 * radius,
                    y1: trackY + 1.6 * radius),
        isSelected: i == selected))
      y += rowGap
    }
    layout.sliderPanel = result
  }

  /// The panel: an opaque box (a translucent one costs a blend per pixel, every frame of
  /// a drag), its frame, the selected row's tint, the texts, and per
  /// slider a group (hit-testing's and the SVG's) of track, filled part and handle.
  func emitSliderPanel(into list: inout DisplayList) {
    guard let panel = lastLayout.sliderPanel else { return }
    let box = panel.box
    let border = lineWidth(1, scale: lastLayout.scale)
    list.beginGroup(.sliderPanel, bounds: box)
    list.fill(box, style.legendBorder, role: .sliderPanel)
    list.fill(box.inset(by: border), style.background, role: .sliderPanel)
    for row in panel.rows where row.isSelected {
      list.fill(Box(x0: box.x0 + border, y0: row.box.y0, x1: box.x1 - border, y1: row.box.y1),
                style.selectionFill, opacity: 0.12, role: .sliderPanel)
    }
    for (i, placed) in panel.texts.enumerated() {
      list.text(run(placed, panel.textSizes[i], panel.dim[i] ? style.annotation : style.foreground),
                role: .text(.sliderText))
    }
    let thick = Swift.max(2, (0.2 * panel.textSize).rounded())
    let accent = style.sigmoidColor
    for row in panel.rows {
      let role = DisplayRole.slider(index: row.index, selected: row.isSelected)
      list.beginGroup(role, bounds: row.hitBox)
      let (t0, t1) = crisp(row.trackY, width: thick)
      list.fill(Box(x0: row.trackStart, y0: t0, x1: row.trackEnd, y1: t1), style.legendBorder,
                role: role)
      list.fill(Box(x0: row.trackStart, y0: t0, x1: row.handle.x, y1: t1),
                row.isSelected ? accent : style.probeLine, role: role)
      list.disk(center: row.handle, radius: row.handleRadius,
                row.isSelected ? accent : style.annotation, role: role)
      list.disk(center: row.handle, radius: Swift.max(1, row.handleRadius - border - 1),
                style.background, role: role)
      list.endGroup()
    }
    list.endGroup()
  }
}
