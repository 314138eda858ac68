// The story markers: a small dot on each story point in view, a quiet label beside it where
// it fits (clear of the legend, the other labels and dots, and as few curve samples as
// possible), and the vanishing-gradient regions lightly shaded. Layout and drawing; the
// points themselves are PlotCore's StoryPoints.

import PlotCore

extension PlotScene {
  // MARK: - Layout

  /// The shaded regions and the markers of `frame`, when it shows markers. Needs this
  /// frame's sampled curves and must run after the legend is placed.
  mutating func placeMarkers(_ frame: SceneFrame, _ m: LayoutMetrics,
                             in layout: inout SceneLayout) {
    guard frame.display.showsMarkers else { return }
    let vp = frame.viewport
    let inner = innerPlot(layout, m)  // inside the frame lines
    guard inner.width > 0, inner.height > 0 else { return }

    // The families' shaded x ranges (the sigmoid's: |x| beyond the vanishing-gradient
    // threshold), clipped to the plot; an infinite end is the plot's edge.
    let regions = frame.display.showsShading
      ? storyCache.shadedRegions(of: frame.display.primaryLegendCurves) : []
    func box(_ region: ClosedRange<Double>) -> Box? {
      let a = region.lowerBound, b = region.upperBound
      let left = a == -.infinity ? inner.x0 : Swift.max(vp.pixelX(forX: a).rounded(), inner.x0)
      let right = b == .infinity ? inner.x1 : Swift.min(vp.pixelX(forX: b).rounded(), inner.x1)
      return right > left ? Box(x0: left, y0: inner.y0, x1: right, y1: inner.y1) : nil
    }
    for region in regions {
      if let b = box(region) { layout.shading.append(b) }
    }
    // Dead zones (f' exactly 0) in a deeper shade over it.
    let deadZones = frame.display.showsShading
      ? storyCache.deadZones(of: frame.display.primaryLegendCurves) : []
    for region in deadZones {
      if let b = box(region) { layout.deadZones.append(b) }
    }

    let radius = style.markerRadius * m.scale
    var labels: [String] = []  // parallel to layout.markers; a few per frame
    for point in storyCache.points(on: frame.display.primaryCurves) {
      if point.kind == .deadZone {
        // No dot: the label goes inside the zone's visible part, near the plot's top.
        if let region = point.region, let zone = box(region) {
          deadZoneLabel(point.label, in: zone, inner: inner, m, layout: &layout)
        }
        continue
      }
      // Through the curve's scaled value, exactly as the sampler maps it (a point the
      // y scale cannot show, S'' < 0 under log, is NaN and skipped).
      let c = Point(vp.pixelX(forX: point.x),
                    vp.pixelY(forU: point.curve.scaledValue(point.x, in: vp.yAxisScale)))
      guard c.x.isFinite, c.y.isFinite, c.x >= inner.x0, c.x <= inner.x1, c.y >= inner.y0,
        c.y <= inner.y1
      else { continue }
      layout.markers.append(PlacedMarker(kind: point.kind, curve: point.curve, center: c,
                                         radius: radius))
      labels.append(point.label)
    }
    // Labels after every dot is known, so none covers another marker's dot.
    let face = faces.face(pixelSize: style.markerLabelSize * m.scale)
    for (marker, label) in zip(layout.markers, labels) {
      let width = textWidths.width(label, face)
      if let placed = bestLabel(label, width: width, at: marker, face: face, inside: inner, m,
                                layout: layout) {
        layout.texts.append(placed)
      }
    }
  }

  /// The label's box among the candidate spots around the marker that fit (inside the
  /// plot, clear of every text, line, the legend, every marker dot and every curve) and
  /// have the fewest curve samples within a gap of them; the first of those in the order
  /// tried. Nil if none fits: on a crowded small plot a marker goes unlabelled.
  private func bestLabel(_ label: String, width: Double, at marker: PlacedMarker,
                         face: FontFace, inside inner: Box, _ m: LayoutMetrics,
                         layout: SceneLayout) -> PlacedText?
  {
    let ascent = face.ascent, descent = face.descent
    let height = ascent + descent
    let c = marker.center
    let d = marker.radius + 0.5 * m.gap  // clear of the dot
    // Up-right, up-left, down-right, down-left, right, left, above, below.
    let corners: [(Double, Double)] = [
      (c.x + d, c.y - d - height), (c.x - d - width, c.y - d - height),
      (c.x + d, c.y + d), (c.x - d - width, c.y + d),
      (c.x + d + 0.5 * m.gap, c.y - height / 2), (c.x - d - 0.5 * m.gap - width, c.y - height / 2),
      (c.x - width / 2, c.y - d - height), (c.x - width / 2, c.y + d),
    ]
    let clearance = m.gap + style.curveWidth * m.scale / 2
    var best: PlacedText?
    var bestCount = Int.max
    for (x0, y0) in corners {
      let baseline = (y0 + ascent).rounded()
      let box = Box(x0: x0.rounded(), y0: baseline - ascent, x1: x0.rounded() + width,
                    y1: baseline + descent)
      guard inner.contains(box), fits(box, in: layout),
        !(layout.legend.map { $0.overlaps(box) } ?? false),
        !layout.markers.contains(where: { dotBox($0).overlaps(box) }),
        !layout.kinkDots.contains(where: { dotBox($0.center, $0.radius).overlaps(box) })
      else { continue }
      // A label never crosses a curve. Among the clear spots, the one with the fewest
      // samples within a gap of it, so it keeps clear of the strokes and the choice does
      // not flip between scales on a sample grazing the box's edge.
      guard Self.samples(in: box, sampled) == 0 else { continue }
      let count = Self.samples(in: Box(x0: box.x0 - clearance, y0: box.y0 - clearance,
                                       x1: box.x1 + clearance, y1: box.y1 + clearance), sampled)
      if count < bestCount {
        best = PlacedText(text: label, role: .marker, box: box, baseline: baseline)
        bestCount = count
        if count == 0 { break }
      }
    }
    return best
  }

  /// The square around a marker's dot.
  private func dotBox(_ marker: PlacedMarker) -> Box { dotBox(marker.center, marker.radius) }

  /// The square around a dot of `radius` at `c`, a pixel to spare.
  private func dotBox(_ c: Point, _ radius: Double) -> Box {
    let r = radius + 1
    return Box(x0: c.x - r, y0: c.y - r, x1: c.x + r, y1: c.y + r)
  }

  /// A dead zone's label: centred in the zone's visible part, a gap below the plot's
  /// top (or lower, a line at a time, until clear of texts, the legend and the curves);
  /// left out when nothing fits.
  private mutating func deadZoneLabel(_ label: String, in zone: Box, inner: Box,
                                      _ m: LayoutMetrics, layout: inout SceneLayout) {
    let face = faces.face(pixelSize: style.markerLabelSize * m.scale)
    let width = textWidths.width(label, face)
    guard width + 2 * m.gap <= zone.width else { return }
    let x0 = (zone.x0 + (zone.width - width) / 2).rounded()
    let step = face.ascent + face.descent
    var baseline = (inner.y0 + m.gap + face.ascent).rounded()
    while baseline + face.descent <= inner.y1 - m.gap {
      let box = Box(x0: x0, y0: baseline - face.ascent, x1: x0 + width,
                    y1: baseline + face.descent)
      if fits(box, in: layout), !(layout.legend.map { $0.overlaps(box) } ?? false),
        Self.samples(in: box, sampled) == 0
      {
        layout.texts.append(PlacedText(text: label, role: .marker, box: box, baseline: baseline))
        return
      }
      baseline += step
    }
  }

  /// How many sampled curve points lie in `box`. Each run's points increase in x, so
  /// only those between the box's sides are looked at (found by bisection).
  static func samples(in box: Box, _ curves: [SampledCurve]) -> Int {
    var count = 0
    for curve in curves {
      var start = 0
      for end in curve.runEnds {
        var lo = start, hi = end
        while lo < hi {
          let mid = (lo + hi) / 2
          if curve.points[mid].x < box.x0 { lo = mid + 1 } else { hi = mid }
        }
        var i = lo
        while i < end, curve.points[i].x <= box.x1 {
          if box.contains(curve.points[i]) { count += 1 }
          i += 1
        }
        start = end
      }
    }
    return count
  }

  // MARK: - Drawing

  /// The vanishing-gradient shading, drawn over the background and under the grid: an
  /// opaque light colour, the same as a tint over the white background but at the cost
  /// of a plain fill.
  func emitShading(into list: inout DisplayList) {
    for box in lastLayout.shading { list.fill(box, style.vanishingShade, role: .shading) }
    for box in lastLayout.deadZones { list.fill(box, style.deadZoneShade, role: .deadZone) }
  }

  /// The markers' dots: white with a ring in their curve's colour, like matplotlib's
  /// hollow "o" markers, so the curve shows through and the point stands out.
  func emitMarkerDots(into list: inout DisplayList) {
    let ring = lineWidth(1.5, scale: lastLayout.scale)
    for marker in lastLayout.markers {
      let role = DisplayRole.markerDot(marker.curve)
      list.disk(center: marker.center, radius: marker.radius, color(for: marker.curve),
                role: role)
      list.disk(center: marker.center, radius: marker.radius - ring, style.background,
                role: role)
    }
  }
}
