// The function picker overlay (N): the plot dimmed and a centred box listing the whole
// catalogue, one row a function, in one to three columns at the largest text that fits
// (never below the help's legible 9 px). A shown function's row has a square in its
// colour, a hidden one an empty square; the primary one says so; the highlighted row
// (arrows) is tinted. Each row is a display-list group, so a click hits what is drawn.

import PlotCore

/// The picker overlay as laid out.
public struct PickerLayout: Hashable, Sendable {
  public var box: Box
  /// The heading, one name per catalogue row (in row order), then the hint line.
  public var texts: [PlacedText]
  /// Each catalogue row's clickable box and its mark square, in catalogue order.
  public var rows: [Box]
  public var marks: [Box]
  /// The highlighted row (an index into the catalogue).
  public var highlighted: Int
  /// Text size (em, device pixels).
  public var textSize: Double
}

extension PlotScene {
  /// The picker's heading and hint.
  static let pickerTitle = "Functions"
  static let pickerHints = [
    "Up/Down, Enter: show or hide \u{00B7} Shift+Enter: primary \u{00B7} Esc or N: close",
    "Enter: show/hide, Shift+Enter: primary", "Esc: close",
  ]

  /// The picker overlay for `frame`, when it is open: the largest text from the legend's
  /// down to 9 px, in as few columns as fit, with the longest hint that fits.
  mutating func placePicker(_ frame: SceneFrame, _ m: LayoutMetrics,
                            in layout: inout SceneLayout) {
    guard let picker = frame.display.picker else { return }
    let canvas = layout.canvas
    let room = Box(x0: canvas.x0 + m.pad, y0: canvas.y0 + m.pad, x1: canvas.x1 - m.pad,
                   y1: canvas.y1 - m.pad)
    let names = FunctionCatalogue.all.map { f -> String in
      let primary = frame.display.primary?.function.names.commandLine == f.names.commandLine
      return f.names.legend + "  " + f.names.commandLine + (primary ? "  (primary)" : "")
    }
    var size = Swift.max(Self.smallestText, m.legendFace.pixelSize)
    while true {
      let face = faces.face(pixelSize: size)
      for columns in 1...3 {
        for hint in Self.pickerHints {
          let p = pickerTable(names, hint: hint, face: face, columns: columns, in: room,
                              highlighted: picker.highlighted)
          if room.contains(p.box) {
            layout.picker = p
            return
          }
        }
      }
      if size <= Self.smallestText { break }
      size = Swift.max(Self.smallestText, (size * 0.9 * 4).rounded(.down) / 4)
    }
    // Nothing fits at 9 px: the smallest one-column table, clipped by the canvas.
    layout.picker = pickerTable(names, hint: Self.pickerHints.last!, face:
                                  faces.face(pixelSize: Self.smallestText), columns: 3,
                                in: room, highlighted: picker.highlighted)
  }

  /// The picker's table in `face` with `columns` columns, centred in `room`.
  private func pickerTable(_ names: [String], hint: String, face: FontFace, columns: Int,
                           in room: Box, highlighted: Int) -> PickerLayout {
    let em = face.pixelSize
    let pad = (0.8 * em).rounded(), gap = (1.6 * em).rounded()
    let row = (face.lineHeight + 0.3 * em).rounded()
    let mark = (0.8 * em).rounded(), markGap = (0.5 * em).rounded()
    let perColumn = (names.count + columns - 1) / columns
    var widths = [Double](repeating: 0, count: columns)
    for (i, n) in names.enumerated() {
      widths[i / perColumn] = Swift.max(widths[i / perColumn], face.measure(n).width)
    }
    let columnWidths = widths.map { mark + markGap + $0 }
    let titleWidth = face.measure(Self.pickerTitle).width
    let hintWidth = face.measure(hint).width
    var width = 2 * pad + columnWidths.reduce(0, +) + Double(columns - 1) * gap
    width = Swift.max(width, titleWidth + 2 * pad, hintWidth + 2 * pad).rounded(.up)
    let height = (2 * pad + row * Double(perColumn + 2) + 0.5 * em).rounded(.up)
    let x0 = ((room.x0 + room.x1 - width) / 2).rounded()
    let y0 = Swift.max(room.y0, ((room.y0 + room.y1 - height) / 2).rounded())
    let box = Box(x0: x0, y0: y0, x1: x0 + width, y1: y0 + height)
    var texts: [PlacedText] = []
    func place(_ s: String, _ role: TextRole, x: Double, top: Double) {
      let baseline = (top + (row - face.ascent - face.descent) / 2 + face.ascent).rounded()
      texts.append(PlacedText(text: s, role: role, box: Box(
        x0: x, y0: baseline - face.ascent, x1: x + face.measure(s).width,
        y1: baseline + face.descent), baseline: baseline))
    }
    place(Self.pickerTitle, .helpTitle, x: ((x0 + box.x1 - titleWidth) / 2).rounded(), top: y0 + pad)
    var rows: [Box] = [], marks: [Box] = []
    let listTop = y0 + pad + row + (0.25 * em).rounded()
    var columnX = x0 + pad
    for k in 0..<columns {
      for i in (k * perColumn)..<Swift.min(names.count, (k + 1) * perColumn) {
        let top = listTop + row * Double(i - k * perColumn)
        // One column: the row spans the box (the hint may make it wider than the names).
        let right = columns == 1 ? box.x1 - pad : columnX + columnWidths[k]
        rows.append(Box(x0: columnX - (0.3 * em).rounded(), y0: top,
                        x1: right + (0.3 * em).rounded(), y1: top + row))
        let my = (top + (row - mark) / 2).rounded()
        marks.append(Box(x0: columnX, y0: my, x1: columnX + mark, y1: my + mark))
        place(names[i], .helpKeys, x: columnX + mark + markGap, top: top)
      }
      columnX += columnWidths[k] + gap
    }
    place(hint, .helpHint, x: ((x0 + box.x1 - hintWidth) / 2).rounded(),
          top: listTop + row * Double(perColumn) + (0.25 * em).rounded())
    return PickerLayout(box: box, texts: texts, rows: rows, marks: marks,
                        highlighted: highlighted, textSize: em)
  }

  /// The overlay: the canvas dimmed, the box, each row a group (tint if highlighted,
  /// its mark, its name), the heading and the hint.
  func emitPicker(_ frame: SceneFrame, into list: inout DisplayList) {
    guard let picker = lastLayout.picker else { return }
    list.fill(lastLayout.canvas, style.helpScrim, opacity: style.helpScrimOpacity, role: .picker)
    let border = lineWidth(1, scale: lastLayout.scale)
    let box = picker.box
    list.beginGroup(.picker, bounds: box)
    list.fill(box, style.legendBorder, role: .picker)
    list.fill(box.inset(by: border), style.background, role: .picker)
    let display = frame.display
    let names = picker.texts.dropFirst().dropLast()
    for (i, placed) in zip(names.indices, names) {
      let row = i - names.startIndex
      guard row < picker.rows.count else { break }
      let family = FunctionCatalogue.all[row]
      let f = display.functions.first { $0.function.names.commandLine == family.names.commandLine }
      let role = DisplayRole.pickerEntry(row: row, shown: f != nil)
      list.beginGroup(role, bounds: picker.rows[row])
      if row == picker.highlighted {
        list.fill(picker.rows[row], style.selectionFill, opacity: 0.18, role: role)
      }
      if let f {
        list.fill(picker.marks[row], color(for: f), role: role)
      } else {
        emitEdges(of: picker.marks[row], width: border, sidesBetween: true, style.annotation,
                  role: role, into: &list)
      }
      list.text(run(placed, picker.textSize, style.foreground), role: role)
      list.endGroup()
    }
    if let title = picker.texts.first {
      list.text(run(title, picker.textSize, style.foreground), role: .text(.helpTitle))
    }
    if picker.texts.count > 1, let hint = picker.texts.last {
      list.text(run(hint, picker.textSize, style.annotation), role: .text(.helpHint))
    }
    list.endGroup()
  }
}

extension DisplayList {
  /// The picker row under `p` as drawn, or nil (also when no picker is shown).
  public func pickerRow(at p: Point) -> Int? {
    for region in regions(at: p) {
      if case .pickerEntry(let row, _) = region.role { return row }
    }
    return nil
  }
}
