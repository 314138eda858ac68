// The probe's tangent to S: its polyline, either side of the point of contact, as one
// dashed stroke item (the dashing itself is the backend's Dasher, Path to Path).

import PlotCore

extension PlotScene {
  /// Emits the dashed tangent to S at the probe's x: the line through (x, S(x)) with slope
  /// S'(x), ``PlotStyle/tangentHalfLength`` either side of the point of contact (a local
  /// tangent reads as one, and costs a sixth of a line across a large plot), clipped to
  /// the plot. Two polylines, each from the point of contact outwards, dashed from there
  /// with half a dash first (a dash centred on it), so they do not crawl as the probe
  /// moves along.
  ///
  /// On a linear axis the line is straight in pixels, with slope −S'(x)·(px per y)/(px per
  /// x), computed there rather than by mapping far data points, so it stays exact at every
  /// zoom. Under log and logit it is a curve: y = S(x0) + S'(x0)(x − x0) is sampled in data
  /// space (chords under 2 px) and mapped, stopping where y leaves the scale's domain;
  /// drawn only from a point of contact in view.
  mutating func emitTangent(_ frame: SceneFrame, x: Double, clip: ClipRect,
                            into list: inout DisplayList) {
    guard let curve = frame.display.tangentCurve, let slope = curve.slope(at: x) else { return }
    let s = lastLayout.scale
    let first = list.runCount
    tangentRuns(frame, curve: curve, slope: slope, x: x, clip: clip,
                reach: style.tangentHalfLength * s, into: &list)
    guard list.runCount > first else { return }
    let on = style.tangentDash.on * s
    list.stroke(runsFrom: first, Stroke(width: style.tangentWidth * s, cap: .butt),
                dash: Dash(on: on, off: style.tangentDash.off * s, phase: on / 2),
                color(for: curve), role: .tangent)
  }

  /// Adds the tangent's polylines to `list`, each starting at the point of contact and
  /// at most `reach` device pixels long (along it).
  private func tangentRuns(_ frame: SceneFrame, curve: PlottedCurve, slope: Double, x: Double,
                           clip: ClipRect, reach: Double, into list: inout DisplayList) {
    let vp = frame.viewport
    let p0 = Point(vp.pixelX(forX: x),
                   vp.pixelY(forU: curve.scaledValue(x, in: vp.yAxisScale)))
    guard p0.x.isFinite, p0.y.isFinite else { return }
    let box = Box(x0: Double(clip.x0), y0: Double(clip.y0), x1: Double(clip.x1),
                  y1: Double(clip.y1))
    if vp.yAxisScale == .linear {
      let k = -slope * vp.xPerPixel * vp.yScale
      guard k.isFinite else { return }
      // Unit direction to the right; the line is p0 + u·d for u in pixels along it.
      let norm = (1 + k * k).squareRoot()
      let d = Point(1 / norm, k / norm)
      guard let (u0, u1) = Self.clipLine(p0, d, to: box) else { return }
      for (sign, end) in [(-1.0, -u0), (1.0, u1)] where end > 0 {
        let far = Swift.min(end, reach)
        list.addPoint(p0)
        list.addPoint(Point(p0.x + sign * far * d.x, p0.y + sign * far * d.y))
        list.endRun()
      }
      return
    }
    guard box.contains(p0) else { return }
    let y0 = curve.evaluate(x)
    /// The tangent at pixel column px: x − x0 is (px − p0.x) pixels' worth of x.
    func point(_ px: Double) -> Point {
      Point(px, vp.pixelY(forY: y0 + slope * ((px - p0.x) * vp.xPerPixel)))
    }
    for sign in [-1.0, 1.0] {
      list.addPoint(p0)
      defer { list.endRun() }
      var previous = p0
      var length = 0.0  // along the polyline so far (device pixels)
      /// Extends the polyline to `p`.
      func line(to p: Point) {
        list.addPoint(p)
        length += ((p.x - previous.x) * (p.x - previous.x)
          + (p.y - previous.y) * (p.y - previous.y)).squareRoot()
      }
      // Device pixels of x to the next sample: 2, less where the line bends steeply (near
      // a domain edge under log it goes vertical), so each chord stays under 2 px long.
      var step = 2.0
      while length < reach {
        var p = point(previous.x + sign * step)
        if p.y.isFinite, (p.y - previous.y).magnitude > 2, step > 1.0 / 256 {
          step /= 2
          continue
        }
        if (p.y - previous.y).magnitude < 0.5, step < 2 { step *= 2 }
        var atDomainEdge = false
        if !p.y.isFinite {
          // Leaving the scale's domain (y ≤ 0 under log, y outside (0, 1) under logit):
          // bisect in x to the last point inside it, where the line plunges off the plot.
          var good = previous.x, bad = p.x
          for _ in 0..<48 {
            let mid = (good + bad) / 2
            if point(mid).y.isFinite { good = mid } else { bad = mid }
          }
          if good == previous.x { break }
          p = point(good)
          atDomainEdge = true
        }
        if box.contains(p) {
          line(to: p)
          previous = p
          if atDomainEdge { break }
          continue
        }
        // Leaving the plot: on to its edge, and stop.
        let d = Point(p.x - previous.x, p.y - previous.y)
        if let (_, u1) = Self.clipLine(previous, d, to: box), u1 > 0 {
          let t = Swift.min(u1, 1)
          line(to: Point(previous.x + t * d.x, previous.y + t * d.y))
        }
        break
      }
    }
  }

  /// The parameter range [u0, u1] for which p + u·d lies in `box` (Liang–Barsky), or nil.
  static func clipLine(_ p: Point, _ d: Point, to box: Box) -> (Double, Double)? {
    var u0 = -Double.infinity, u1 = Double.infinity
    for (start, direction, lo, hi) in [(p.x, d.x, box.x0, box.x1), (p.y, d.y, box.y0, box.y1)] {
      if direction == 0 {
        if start < lo || start > hi { return nil }
        continue
      }
      var a = (lo - start) / direction, b = (hi - start) / direction
      if a > b { swap(&a, &b) }
      u0 = Swift.max(u0, a)
      u1 = Swift.min(u1, b)
    }
    return u0 < u1 && u0.isFinite && u1.isFinite ? (u0, u1) : nil
  }
}
