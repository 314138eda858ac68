// The key help overlay (H, F1): the plot dimmed, and a centred box listing KeyHelp.entries
// in two columns (keys, action), in as large a text as fits the canvas, split into two
// column pairs when the list is too tall for one. Covers everything by design.

import PlotCore

extension PlotScene {
  /// The help overlay for a canvas `layout.canvas`, when `frame` shows it.
  mutating func placeHelp(_ frame: SceneFrame, _ m: LayoutMetrics, in layout: inout SceneLayout) {
    guard frame.display.showsHelp else { return }
    let canvas = layout.canvas
    let room = Box(x0: canvas.x0 + m.pad, y0: canvas.y0 + m.pad, x1: canvas.x1 - m.pad,
                   y1: canvas.y1 - m.pad)
    // The largest size up to the legend's at which one or two column pairs fit; below
    // 6 px nothing is readable anyway, so the smallest is drawn and the canvas clips it.
    var size = m.legendFace.pixelSize
    while true {
      let face = text.face(pixelSize: size)
      for pairs in [1, 2] {
        if let help = helpLayout(face: face, pairs: pairs, in: room), room.contains(help.box) {
          layout.help = help
          return
        }
      }
      if size <= 6 {
        layout.help = helpLayout(face: face, pairs: 2, in: room)
        return
      }
      size = Swift.max(6, (size * 0.9 * 4).rounded(.down) / 4)
    }
  }

  /// The overlay in `face` with the entries in `pairs` side-by-side (keys, action)
  /// column pairs, centred in `room`.
  private func helpLayout(face: FontFace, pairs: Int, in room: Box) -> HelpLayout? {
    let entries = KeyHelp.entries
    let em = face.pixelSize
    let pad = (1.0 * em).rounded(), columnGap = (1.2 * em).rounded()
    let pairGap = (2.4 * em).rounded()
    let row = (face.lineHeight + 0.25 * em).rounded()
    let perColumn = (entries.count + pairs - 1) / pairs
    var keyWidths = [Double](repeating: 0, count: pairs)
    var actionWidths = [Double](repeating: 0, count: pairs)
    for (i, e) in entries.enumerated() {
      keyWidths[i / perColumn] = Swift.max(keyWidths[i / perColumn], face.measure(e.keys).width)
      actionWidths[i / perColumn] = Swift.max(actionWidths[i / perColumn],
                                              face.measure(e.action).width)
    }
    let titleWidth = face.measure(KeyHelp.title).width
    var width = 2 * pad + Double(pairs - 1) * pairGap
    for k in 0..<pairs { width += keyWidths[k] + columnGap + actionWidths[k] }
    width = Swift.max(width, titleWidth + 2 * pad).rounded(.up)
    let height = (2 * pad + row * Double(perColumn + 1) + 0.5 * em).rounded(.up)
    let x0 = ((room.x0 + room.x1 - width) / 2).rounded()
    let y0 = Swift.max(room.y0, ((room.y0 + room.y1 - height) / 2).rounded())
    let box = Box(x0: x0, y0: y0, x1: x0 + width, y1: y0 + height)
    var texts: [PlacedText] = []
    func place(_ s: String, _ role: TextRole, x: Double, rowIndex: Double) {
      let baseline = (y0 + pad + row * rowIndex + face.ascent).rounded()
      texts.append(PlacedText(text: s, role: role, box: Box(
        x0: x, y0: baseline - face.ascent, x1: x + face.measure(s).width,
        y1: baseline + face.descent), baseline: baseline))
    }
    place(KeyHelp.title, .helpTitle, x: ((x0 + box.x1 - titleWidth) / 2).rounded(), rowIndex: 0)
    var columnX = x0 + pad
    for k in 0..<pairs {
      for i in (k * perColumn)..<Swift.min(entries.count, (k + 1) * perColumn) {
        let r = Double(i - k * perColumn) + 1 + 0.5 * em / row
        place(entries[i].keys, .helpKeys, x: columnX, rowIndex: r)
        place(entries[i].action, .helpAction, x: columnX + keyWidths[k] + columnGap, rowIndex: r)
      }
      columnX += keyWidths[k] + columnGap + actionWidths[k] + pairGap
    }
    return HelpLayout(box: box, texts: texts, textSize: em)
  }

  /// The overlay: the whole canvas dimmed, then the box with its texts.
  mutating func drawHelp(into canvas: inout Canvas) {
    guard let help = lastLayout.help else { return }
    tint(lastLayout.canvas, style.helpScrim, opacity: style.helpScrimOpacity, &canvas)
    let border = lineWidth(1, scale: lastLayout.scale)
    let box = help.box
    fillBox(box, style.legendBorder, &canvas)
    fillBox(Box(x0: box.x0 + border, y0: box.y0 + border, x1: box.x1 - border,
                y1: box.y1 - border), style.background, &canvas)
    let face = text.face(pixelSize: help.textSize)
    for placed in help.texts {
      let color = placed.role == .helpAction ? style.annotation : style.foreground
      text.draw(placed.text, face: face, x: placed.box.x0, baseline: placed.baseline,
                anchor: .left, color: color, into: &canvas)
    }
  }
}
