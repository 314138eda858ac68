// Turns polylines into the polylines of their dashes: dashing is Path to Path, like
// stroking (tiny-skia's dash.rs), so the raster never knows about dashes. The dashes are
// then stroked and filled like any line.

import PlotCore

/// An on-off dash pattern along a line, lengths in device pixels.
public struct Dash: Hashable, Sendable {
  /// Length of each dash; must be positive and finite for any dashing to happen.
  public var on: Double
  /// Length of each gap; must be positive and finite.
  public var off: Double
  /// How far into the pattern each polyline starts (SVG's `stroke-dashoffset`), in
  /// 0..<on + off: `on / 2` centres a dash on the start. Default 0 (a whole dash first).
  public var phase: Double

  public init(on: Double, off: Double, phase: Double = 0) {
    self.on = on
    self.off = off
    self.phase = phase
  }

  /// Whether the pattern can be laid out (otherwise a dashed line draws solid).
  public var isValid: Bool {
    on > 0 && off > 0 && on.isFinite && off.isFinite && phase.isFinite && phase >= 0
  }
}

/// Lays dash patterns along polylines, reusing nothing but the output's storage.
public struct Dasher: Sendable {
  public init() {}

  /// Appends to `out` one run per dash of `polyline` under `dash`, the pattern starting
  /// at the polyline's first point `dash.phase` into it. Each dash follows the polyline
  /// through its vertices, cut exactly at its ends. Zero-length and non-finite segments
  /// are skipped. An invalid pattern appends the polyline whole.
  public func append<Run: Sequence<Point>>(dashesOf polyline: Run, dash: Dash,
                                           to out: inout Polylines) {
    guard dash.isValid else {
      out.append(run: polyline)
      return
    }
    var walk = Walk(dash: dash)
    var started = false
    for p in polyline {
      if started {
        walk.line(to: p, into: &out)
      } else {
        walk.begin(at: p, into: &out)
        started = true
      }
    }
    if started { walk.end(into: &out) }
  }

  /// The pattern's state while walking one polyline.
  private struct Walk {
    let on, off: Double
    var last = Point(0, 0)
    var inDash: Bool
    /// Pixels left in the current dash or gap.
    var left: Double

    init(dash: Dash) {
      on = dash.on
      off = dash.off
      // Where the phase falls: in the first dash or in the first gap.
      var phase = dash.phase.truncatingRemainder(dividingBy: dash.on + dash.off)
      if phase < 0 { phase += dash.on + dash.off }
      inDash = phase < dash.on
      left = inDash ? dash.on - phase : dash.on + dash.off - phase
    }

    mutating func begin(at p: Point, into out: inout Polylines) {
      last = p
      if inDash { out.add(p) }
    }

    mutating func line(to p: Point, into out: inout Polylines) {
      var a = last
      var segment = ((p.x - a.x) * (p.x - a.x) + (p.y - a.y) * (p.y - a.y)).squareRoot()
      guard segment > 0, segment.isFinite else { return }
      while segment >= left {
        let t = left / segment
        let q = Point(a.x + (p.x - a.x) * t, a.y + (p.y - a.y) * t)
        segment -= left
        a = q
        out.add(q)
        if inDash { finishDash(&out) }
        inDash.toggle()
        left = inDash ? on : off
      }
      left -= segment
      // Unless the pattern turned exactly at p (which is then in already): a dash that
      // would start at the polyline's very end has no length and is dropped at `end`.
      if inDash && segment > 0 { out.add(p) }
      last = p
    }

    mutating func end(into out: inout Polylines) {
      if inDash { finishDash(&out) } else { out.dropOpenRun() }
    }

    /// Ends the current dash: kept when it has two points (a dash cut at zero length is
    /// dropped, as a stroke of it would draw nothing with butt caps).
    private func finishDash(_ out: inout Polylines) {
      if out.points.count - (out.runEnds.last ?? 0) >= 2 { out.endRun() } else { out.dropOpenRun() }
    }
  }
}
