// The log-magnitude scale's part of a curve walk (CurveSampler.swift): samples carry the
// sign of f, the polyline breaks wherever it changes, and each run remembers its sign.
//
// Why in the sampler: u = log10|f| is continuous across a sign change only through
// −infinity, so two samples of opposite sign must never be joined by a chord, however
// close they are in u (a chord would hide the plunge, and the scene could not tell the
// negative stretch apart). The crossing is found by bisection down to adjacent doubles,
// as a gap edge is, and the line plunges through the bottom of the view there.

/// What a log-magnitude walk has learned about signs so far.
struct SignTrack {
  /// The sign of each closed run (see ``SampledCurve/runIsNegative``).
  var runIsNegative: [Bool] = []
  /// Pixel x of each sign change (see ``SampledCurve/signChanges``).
  var changes: [Double] = []
  /// The sign of the last nonzero sample fed: the sign of the run being drawn.
  var lastNonzero: Int8 = 0
  /// Pixel x of the first exact zero fed since that sample, if any.
  var zeroX: Double?

  /// Records sample `s` as fed (before the clipper sees it).
  @inline(never) mutating func note(_ s: CurveSample) {
    if s.p.y.isNaN { return }
    if s.sign == 0 {
      if zeroX == nil { zeroX = s.p.x }
      return
    }
    if lastNonzero != 0 && s.sign != lastNonzero { changes.append(zeroX ?? s.p.x) }
    lastNonzero = s.sign
    zeroX = nil
  }
}

extension CurveMapping {
  /// The curve at x under the log-magnitude scale: u = log10|f| and the sign. Never
  /// inlined, so the other scales' sample stays the small function it was.
  @inline(never) func signedSample(_ x: Double) -> CurveSample {
    let m = function.naturalLogMagnitude(order, at: x, parameters)
    let sign: Int8 = m.ln == -.infinity ? 0 : (m.isNegative ? -1 : 1)
    return CurveSample(x: x, p: Point(viewport.pixelX(forX: x), pixelY(m.log10)), slack: 0,
                       sign: sign)
  }
}

extension CurveSample {
  /// Whether f has opposite nonzero signs at the two samples.
  @inline(__always) func changesSign(to other: CurveSample) -> Bool {
    sign * other.sign < 0
  }
}

extension Walk {
  /// Whether any two neighbours among the five samples differ in sign.
  static func flips(_ a: CurveSample, _ q1: CurveSample, _ m: CurveSample, _ q3: CurveSample,
                    _ b: CurveSample) -> Bool {
    a.changesSign(to: q1) || q1.changesSign(to: m) || m.changesSign(to: q3)
      || q3.changesSign(to: b)
  }

  /// Gives every run the clipper closed since the last call the sign of the run being drawn.
  @inline(never) mutating func syncRunSigns() {
    while signs.runIsNegative.count < clipper.runEnds.count {
      signs.runIsNegative.append(signs.lastNonzero < 0)
    }
  }

  /// ``refine(_:_:_:)`` where the sign changes between a, m and b: each half with a
  /// change is crossed (``crossSign(_:_:)``), the others refined as usual. (If only a and
  /// b differ, m is an exact zero, which breaks the line by itself: it lies below the band.)
  mutating func refineAcrossSignChange(_ a: CurveSample, _ m: CurveSample, _ b: CurveSample) {
    if a.changesSign(to: m) { crossSign(a, m) } else { refine(toward: m, from: a) }
    if m.changesSign(to: b) { crossSign(m, b) } else { refine(toward: b, from: m) }
  }

  /// From `a` (emitted) to `b` (not yet), whose signs differ: bisects to the crossing
  /// (adjacent doubles, or an exact zero), refines each side up to it, and breaks the
  /// polyline there with a plunge through the band's bottom on both sides.
  mutating func crossSign(_ a: CurveSample, _ b: CurveSample) {
    var before = a, after = b
    for _ in 0..<80 where budget > 0 {
      let mx = before.x + (after.x - before.x) / 2
      if mx == before.x || mx == after.x { break }
      let s = map.sample(mx)
      budget -= 1
      if s.sign == 0 {
        refine(toward: s, from: a)
        refine(toward: b, from: s)
        return
      }
      if s.sign == a.sign { before = s } else { after = s }
    }
    refine(toward: before, from: a)
    feed(CurveSample(x: before.x, p: Point(before.p.x, map.highY), slack: 0, sign: 0))
    feed(CurveSample(x: after.x, p: Point(after.p.x, map.highY), slack: 0, sign: 0))
    feed(after)
    refine(toward: b, from: after)
  }

  /// Refines from `a` (emitted) to `b`, feeding `b` last; nothing if they are one sample.
  mutating func refine(toward b: CurveSample, from a: CurveSample) {
    guard b.x != a.x else { return }
    refine(a, map.sample(a.x + (b.x - a.x) / 2), b)
  }
}
