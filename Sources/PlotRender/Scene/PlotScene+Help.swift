// The key help overlay (H, F1): the plot dimmed, and a centred box listing `help.entries`
// (keys, action) in one to three column pairs, with a last line saying how to close it,
// in as large a text as fits the canvas. Never smaller than a legible 9 px: where the
// full table does not fit at that size the short table is shown, and where not even that
// fits, a line saying the window is too small. Covers everything by design.

import PlotCore

extension PlotScene {
  /// The help overlay for a canvas `layout.canvas`, when `frame` shows it.
  mutating func placeHelp(_ frame: SceneFrame, _ m: LayoutMetrics, in layout: inout SceneLayout) {
    guard frame.display.showsHelp else { return }
    let canvas = layout.canvas
    let room = Box(x0: canvas.x0 + m.pad, y0: canvas.y0 + m.pad, x1: canvas.x1 - m.pad,
                   y1: canvas.y1 - m.pad)
    let largest = Swift.max(Self.smallestText, m.legendFace.pixelSize)
    /// Calls `make` at each size from the legend's down to 9 px (steps of about 10%)
    /// until it gives a layout inside `room`.
    func largestFitting(_ make: (FontFace) -> HelpLayout?) -> HelpLayout? {
      var size = largest
      while true {
        if let help = make(faces.face(pixelSize: size)), room.contains(help.box) { return help }
        if size <= Self.smallestText { return nil }
        size = Swift.max(Self.smallestText, (size * 0.9 * 4).rounded(.down) / 4)
      }
    }
    let tables = [(help.entries, help.closeHint),
                  (help.compactEntries, help.compactCloseHint)]
    for (entries, hint) in tables {
      let found = largestFitting { face in
        for pairs in 1...3 {
          let help = helpTable(entries, hint: hint, face: face, pairs: pairs, in: room)
          if room.contains(help.box) { return help }
        }
        return nil
      }
      if let found {
        layout.help = found
        return
      }
    }
    for lines in help.tooSmall {
      if let found = largestFitting({ helpMessage(lines, face: $0, in: room) }) {
        layout.help = found
        return
      }
    }
    // Not even "Esc: close" fits at 9 px: the dimmed plot alone says help is on.
    let c = Point((canvas.x0 + canvas.x1) / 2, (canvas.y0 + canvas.y1) / 2)
    layout.help = HelpLayout(box: Box(x0: c.x, y0: c.y, x1: c.x, y1: c.y), texts: [],
                             textSize: Self.smallestText)
  }

  /// The table in `face`: the heading, `entries` in `pairs` side-by-side (keys, action)
  /// column pairs, then `hint`, centred in `room`.
  private func helpTable(_ entries: [KeyHelp.Entry], hint: String, face: FontFace, pairs: Int,
                         in room: Box) -> HelpLayout {
    let em = face.pixelSize
    // 0.8 em of padding: with the slider rows the compact table still fits 320x240 at 9 px.
    let pad = (0.8 * em).rounded(), columnGap = (1.2 * em).rounded()
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
    let titleWidth = face.measure(help.title).width
    let hintWidth = face.measure(hint).width
    var width = 2 * pad + Double(pairs - 1) * pairGap
    for k in 0..<pairs { width += keyWidths[k] + columnGap + actionWidths[k] }
    width = Swift.max(width, titleWidth + 2 * pad, hintWidth + 2 * pad).rounded(.up)
    // Heading, a half-em gap, the rows, a half-em gap, the hint.
    let height = (2 * pad + row * Double(perColumn + 2) + em).rounded(.up)
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
    place(help.title, .helpTitle, x: ((x0 + box.x1 - titleWidth) / 2).rounded(), rowIndex: 0)
    let half = 0.5 * em / row
    var columnX = x0 + pad
    for k in 0..<pairs {
      for i in (k * perColumn)..<Swift.min(entries.count, (k + 1) * perColumn) {
        let r = Double(i - k * perColumn) + 1 + half
        place(entries[i].keys, .helpKeys, x: columnX, rowIndex: r)
        place(entries[i].action, .helpAction, x: columnX + keyWidths[k] + columnGap, rowIndex: r)
      }
      columnX += keyWidths[k] + columnGap + actionWidths[k] + pairGap
    }
    place(hint, .helpHint, x: ((x0 + box.x1 - hintWidth) / 2).rounded(),
          rowIndex: Double(perColumn + 1) + 2 * half)
    return HelpLayout(box: box, texts: texts, textSize: em)
  }

  /// `lines` centred in a box in `face`, centred in `room`: what the overlay says when the
  /// table does not fit.
  private func helpMessage(_ lines: [String], face: FontFace, in room: Box) -> HelpLayout {
    let em = face.pixelSize
    let pad = (0.6 * em).rounded()
    let row = (face.lineHeight + 0.15 * em).rounded()
    let widths = lines.map { face.measure($0).width }
    let width = (2 * pad + (widths.max() ?? 0)).rounded(.up)
    let height = (2 * pad + row * Double(lines.count)).rounded(.up)
    let x0 = ((room.x0 + room.x1 - width) / 2).rounded()
    let y0 = ((room.y0 + room.y1 - height) / 2).rounded()
    var texts: [PlacedText] = []
    for (i, line) in lines.enumerated() {
      let baseline = (y0 + pad + row * Double(i) + face.ascent).rounded()
      let x = ((x0 + x0 + width - widths[i]) / 2).rounded()
      texts.append(PlacedText(text: line, role: .helpHint, box: Box(
        x0: x, y0: baseline - face.ascent, x1: x + widths[i], y1: baseline + face.descent),
        baseline: baseline))
    }
    return HelpLayout(box: Box(x0: x0, y0: y0, x1: x0 + width, y1: y0 + height), texts: texts,
                      textSize: em)
  }

  /// The overlay: the whole canvas dimmed, then the box with its texts.
  func emitHelp(into list: inout DisplayList) {
    guard let help = lastLayout.help else { return }
    list.fill(lastLayout.canvas, style.helpScrim, opacity: style.helpScrimOpacity, role: .help)
    guard !help.texts.isEmpty else { return }
    let border = lineWidth(1, scale: lastLayout.scale)
    let box = help.box
    list.beginGroup(.help, bounds: box)
    list.fill(box, style.legendBorder, role: .help)
    list.fill(box.inset(by: border), style.background, role: .help)
    for placed in help.texts {
      let color = placed.role == .helpAction || placed.role == .helpHint
        ? style.annotation : style.foreground
      list.text(run(placed, help.textSize, color), role: .text(placed.role))
    }
    list.endGroup()
  }
}
