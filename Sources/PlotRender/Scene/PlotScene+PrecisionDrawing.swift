// Drawing the precision overlay: the primary function as the format computes it (per
// pixel column the range of results there, joined to the next column by its riser, so
// zoomed out it is the exact envelope and zoomed in flat treads with vertical risers),
// darker and thinner over the exact curve; marks at the plot's edges where results are
// infinite or NaN; the error strip's ranges, half-ulp line and event bands; the
// threshold lines and the list's box.

import PlotCore

extension PrecisionPart {
  /// The SVG class of a part.
  static func className(_ part: PrecisionPart) -> String {
    switch part {
    case .steps: return "precision-steps"
    case .error: return "precision-error"
    case .event: return "precision-event"
    case .stripScale: return "precision-scale"
    case .threshold: return "precision-threshold"
    case .list: return "precision-list"
    }
  }
}

extension PlotScene {
  /// The colours of the special results: 0 reddish purple, ±inf vermillion, NaN black
  /// (Okabe–Ito, apart from every curve colour of a single function).
  static func eventColor(_ e: FormatEvents) -> Color {
    if e.contains(.zero) { return Color(red: 0xCC, green: 0x79, blue: 0xA7) }
    if e.contains(.nan) { return Color.black }
    return Color(red: 0xD5, green: 0x5E, blue: 0x00)
  }

  /// `c` mixed halfway to black: the computed curve's colour, of its exact curve's family.
  static func darkened(_ c: Color) -> Color {
    func half(_ shift: UInt32) -> UInt8 { UInt8((c.argb >> shift & 0xFF) * 11 / 20) }
    return Color(red: half(16), green: half(8), blue: half(0))
  }

  /// Under the curves: the strip's grid and half-ulp line, the threshold lines, and the
  /// probe's line continued through the strip, so the error read is at the probed x.
  func emitPrecisionUnderlay(into list: inout DisplayList) {
    guard let p = lastLayout.precision else { return }
    for box in p.stripGrid { list.fill(box, style.grid, role: .precision(.stripScale)) }
    if let strip = p.strip, let probe = lastLayout.probe {
      list.fill(Box(x0: probe.line.x0, y0: strip.y0, x1: probe.line.x1, y1: strip.y1),
                style.probeLine, role: .precision(.stripScale))
    }
    for box in p.thresholdLines { list.fill(box, style.probeLine, role: .precision(.threshold)) }
    if let half = p.halfUlpLine { list.fill(half, style.annotation, role: .precision(.stripScale)) }
  }

  /// Inside the plot's clip: the computed curves and the edge marks.
  mutating func emitPrecisionCurves(_ frame: SceneFrame, into list: inout DisplayList) {
    guard precisionFrameLab != nil, lastLayout.precision != nil else { return }
    let vp = frame.viewport
    let inner = innerPlot(lastLayout, metrics(scale: lastLayout.scale))
    let width = lineWidth(1, scale: lastLayout.scale)
    let plot = vp.plot
    list.beginClip(ClipRect(x0: Int(plot.left.rounded()), y0: Int(plot.top.rounded()),
                            x1: Int(plot.right.rounded()), y1: Int(plot.bottom.rounded())),
                   role: .plotClip)
    defer { list.endClip() }
    for curve in frame.display.primaryCurves {
      let order = curve.order
      emitColumnRanges(order, y: { vp.pixelY(forY: $0) }, value: true, top: inner.y0,
                       bottom: inner.y1, width: width, Self.darkened(color(for: curve)),
                       role: .precision(.steps(order)), into: &list)
    }
    let band = (3 * lastLayout.scale).rounded()
    let events = primaryEvents(frame)
    emitEventBand(events, .positiveInfinity, y0: inner.y0, y1: inner.y0 + band, into: &list)
    emitEventBand(events, .negativeInfinity, y0: inner.y1 - band, y1: inner.y1, into: &list)
    emitEventBand(events, .nan, y0: inner.y1 - 2 * band, y1: inner.y1 - band, into: &list)
  }

  /// The strip's content inside its own clip: each shown order's error ranges and the
  /// event bands along its top (0, ±inf, NaN); the key's swatches.
  mutating func emitPrecisionStrip(_ frame: SceneFrame, into list: inout DisplayList) {
    guard let p = lastLayout.precision, let strip = p.strip else { return }
    list.beginClip(ClipRect(x0: Int(strip.x0), y0: Int(strip.y0), x1: Int(strip.x1),
                            y1: Int(strip.y1)), role: .plotClip)
    let width = lineWidth(1.5, scale: lastLayout.scale)
    for curve in frame.display.primaryCurves {
      emitColumnRanges(curve.order, y: { p.stripY(ulps: $0) ?? strip.y1 }, value: false,
                       top: strip.y0, bottom: strip.y1, width: width, color(for: curve),
                       role: .precision(.error(curve.order)), into: &list)
    }
    let band = (3 * lastLayout.scale).rounded()
    let events = precisionEvents  // this frame's, made by emitPrecisionCurves just before
    emitEventBand(events, .zero, y0: strip.y0, y1: strip.y0 + band, into: &list)
    emitEventBand(events, [.positiveInfinity, .negativeInfinity], y0: strip.y0 + band,
                  y1: strip.y0 + 2 * band, into: &list)
    emitEventBand(events, .nan, y0: strip.y0 + 2 * band, y1: strip.y0 + 3 * band, into: &list)
    list.endClip()
    for (event, box) in p.keySwatches {
      list.fill(box, Self.eventColor(event), role: .precision(.event(event)))
    }
  }

  /// The half-ulp label's background and the threshold list's box (their texts come with
  /// the layout's).
  func emitPrecisionList(into list: inout DisplayList) {
    if let label = lastLayout.precision?.halfUlpLabel {
      list.fill(label, style.background, role: .precision(.stripScale))
    }
    guard let box = lastLayout.precision?.listBox else { return }
    let border = lineWidth(1, scale: lastLayout.scale)
    list.fill(box, style.legendBorder, role: .precision(.list))
    list.fill(Box(x0: box.x0 + border, y0: box.y0 + border, x1: box.x1 - border,
                  y1: box.y1 - border), style.background, role: .precision(.list))
  }

  /// Per column, the union of the events of the shown orders (reused storage).
  private mutating func primaryEvents(_ frame: SceneFrame) -> [FormatEvents] {
    var events = precisionEvents
    precisionEvents = []
    events.removeAll(keepingCapacity: true)
    let cols = precisionColumns
    events.append(contentsOf: repeatElement([], count: cols.count))
    for order in precisionOrders(frame) {
      for i in 0..<cols.count { events[i].formUnion(cols[order, i].events) }
    }
    precisionEvents = events
    return events
  }

  /// Rectangles over the columns where `events` has any of `wanted`, runs merged.
  private func emitEventBand(_ events: [FormatEvents], _ wanted: FormatEvents, y0: Double,
                             y1: Double, into list: inout DisplayList) {
    guard let vp = precisionColumns.viewport else { return }
    let left = vp.plot.left
    var start: Int?
    let color = Self.eventColor(wanted)
    for i in 0...events.count {
      let on = i < events.count && !events[i].isDisjoint(with: wanted)
      if on, start == nil { start = i }
      if !on, let s = start {
        list.fill(Box(x0: left + Double(s), y0: y0, x1: left + Double(i), y1: y1), color,
                  role: .precision(.event(wanted)))
        start = nil
      }
    }
  }

  /// One order's column ranges as rectangles: column i spans from the pixel of its
  /// greatest to that of its least result (`value`) or error, stretched to meet the next
  /// column's range (the riser) and thickened by `width`, clamped to `top`...`bottom`.
  private mutating func emitColumnRanges(_ order: DerivativeOrder, y: (Double) -> Double,
                                         value: Bool, top: Double, bottom: Double,
                                         width: Double, _ color: Color, role: DisplayRole,
                                         into list: inout DisplayList) {
    let cols = precisionColumns
    guard let vp = cols.viewport, cols.count > 0 else { return }
    let left = vp.plot.left
    let half = width / 2
    func clamp(_ v: Double) -> Double {
      // A value the scale maps to an infinite pixel (0 under log, 1 under logit) runs
      // along the edge inside the plot, where it shows; a finite one out of view stays
      // just outside, so a curve leaving the view draws no line along the edge.
      if v.isInfinite { return v < 0 ? top + half : bottom - half }
      return Swift.min(Swift.max(v, top - width), bottom + width)
    }
    var ext = precisionExtents
    precisionExtents = []
    defer { precisionExtents = ext }
    ext.removeAll(keepingCapacity: true)
    for i in 0..<cols.count {
      let c = cols[order, i]
      guard value ? c.hasValue : c.hasError else {
        ext.append((.nan, .nan))
        continue
      }
      let a = y(value ? c.hi : c.errorHi), b = y(value ? c.lo : c.errorLo)
      if a.isNaN || b.isNaN { ext.append((.nan, .nan)); continue }
      let (ca, cb) = (clamp(a), clamp(b))
      ext.append((Swift.min(ca, cb), Swift.max(ca, cb)))
    }
    // Risers, then thickness.
    for i in 0..<cols.count where !ext[i].0.isNaN {
      var (a, b) = ext[i]
      if i + 1 < cols.count, !ext[i + 1].0.isNaN {
        let (na, nb) = ext[i + 1]
        if na > b { b = na }
        if nb < a { a = nb }
      }
      ext[i] = (a - half, b + half)
    }
    // One rectangle per stretch of columns with the same extent (the coverage raster
    // fills rectangles on its fast path; a polygon of the envelope takes its slow one).
    var i = 0
    while i < cols.count {
      if ext[i].0.isNaN { i += 1; continue }
      var e = i + 1
      while e < cols.count && ext[e] == ext[i] { e += 1 }
      list.fill(Box(x0: left + Double(i), y0: ext[i].0, x1: left + Double(e), y1: ext[i].1),
                color, role: role)
      i = e
    }
  }
}
