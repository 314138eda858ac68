// The kinks of the shown curves: where a curve breaks (the sampler ends each piece at its
// one-sided limit), a filled dot at the value taken and open dots at the limits not
// taken; where a curve holds an impulse, an arrow labelled with its weight ("δ",
// "-0.5δ"). For every shown curve, under every y scale where the value is defined.

import PlotCore

extension PlotScene {
  /// The arrow's length and its head's length and half-width (points).
  static let impulseLength = 34.0
  static let impulseHead = (length: 7.0, halfWidth: 3.5)

  /// The kink dots and impulse arrows of `frame`'s curves, inside the plot.
  mutating func placeKinks(_ frame: SceneFrame, _ m: LayoutMetrics,
                           in layout: inout SceneLayout) {
    let vp = frame.viewport
    let inner = innerPlot(layout, m)  // inside the frame lines
    guard inner.width > 0, inner.height > 0 else { return }
    let radius = style.markerRadius * m.scale
    let scale = vp.yAxisScale
    func point(_ x: Double, _ y: Double) -> Point? {
      let p = Point(vp.pixelX(forX: x), vp.pixelY(forU: scale.u(forY: y)))
      guard p.x.isFinite, p.y.isFinite, inner.contains(p) else { return nil }
      return p
    }
    var labels: [(String, Point, Bool)] = []
    for curve in frame.curves {
      for k in storyCache.entry(for: curve).kinks {
        let v = k[curve.order]
        if v.jumps || v.at != v.left {
          for limit in Set([v.left, v.right]) where limit != v.at {
            if let c = point(k.x, limit) {
              layout.kinkDots.append(KinkDot(curve: curve, center: c, radius: radius, filled: false))
            }
          }
          if let c = point(k.x, v.at) {
            layout.kinkDots.append(KinkDot(curve: curve, center: c, radius: radius, filled: true))
          }
        }
        if v.isImpulse, let base = point(k.x, v.at) {
          let length = Self.impulseLength * m.scale
          let up = v.impulse > 0
          let tipY = up ? Swift.max(base.y - length, inner.y0 + 1)
                        : Swift.min(base.y + length, inner.y1 - 1)
          let tip = Point(base.x, tipY)
          layout.impulses.append(ImpulseArrow(curve: curve, base: base, tip: tip, weight: v.impulse))
          labels.append((Self.impulseLabel(v.impulse), tip, up))
        }
      }
    }
    // Each arrow's label beside its tip, where it fits.
    let face = faces.face(pixelSize: style.markerLabelSize * m.scale)
    for (text, tip, up) in labels {
      let width = face.measure(text).width
      let baseline = (up ? tip.y + face.ascent : tip.y).rounded()
      let x0 = (tip.x + 0.5 * m.gap + Self.impulseHead.halfWidth * m.scale).rounded()
      let box = Box(x0: x0, y0: baseline - face.ascent, x1: x0 + width,
                    y1: baseline + face.descent)
      if inner.contains(box), fits(box, in: layout),
        !(layout.legend.map { $0.overlaps(box) } ?? false)
      {
        layout.texts.append(PlacedText(text: text, role: .marker, box: box, baseline: baseline))
      }
    }
  }

  /// "δ" for a unit impulse, else its weight times δ ("-0.5δ", "0.7074δ").
  static func impulseLabel(_ w: Double) -> String {
    w == 1 ? "δ" : (w == -1 ? "-δ" : CFormat.string("%.4g", w) + "δ")
  }

  /// The kink dots (a filled dot in the curve's colour, or a ring with the background
  /// inside) and the impulse arrows (a shaft and a filled head).
  func emitKinks(into list: inout DisplayList) {
    let scale = lastLayout.scale
    let ring = lineWidth(1.5, scale: scale)
    for arrow in lastLayout.impulses {
      let color = self.color(for: arrow.curve)
      let role = DisplayRole.impulse(arrow.curve)
      let direction = arrow.tip.y < arrow.base.y ? -1.0 : 1.0
      let headLength = Self.impulseHead.length * scale
      let half = Self.impulseHead.halfWidth * scale
      let neck = Point(arrow.tip.x, arrow.tip.y - direction * headLength)
      let first = list.runCount
      list.addRun([arrow.base, neck])
      list.stroke(runsFrom: first, Stroke(width: lineWidth(1.5, scale: scale)), color, role: role)
      list.polygon([[arrow.tip, Point(neck.x - half, neck.y), Point(neck.x + half, neck.y)]],
                   color, role: role)
    }
    for dot in lastLayout.kinkDots {
      let role = DisplayRole.kinkDot(dot.curve, filled: dot.filled)
      list.disk(center: dot.center, radius: dot.radius, color(for: dot.curve), role: role)
      if !dot.filled {
        list.disk(center: dot.center, radius: dot.radius - ring, style.background, role: role)
      }
    }
  }
}
