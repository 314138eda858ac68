// How a curve walk (CurveSampler.swift) reads the function: exact samples in device
// pixels, cheap probes with a proven pixel error bound, and three-valued comparisons that
// say when such a bound could change a decision.

/// Whether a walk tracks the sign of f (the log-magnitude scale), as a type: each kind of
/// walk is compiled on its own, so the other scales' loop carries no sign branch at all
/// (as run-time checks they cost the default scene's sampling about 18%, measured).
protocol SignPolicy {
  static var tracksSign: Bool { get }
}

/// The walk of the linear, log and logit scales.
enum SignIgnored: SignPolicy {
  static var tracksSign: Bool { false }
}

/// The walk of the log-magnitude scale.
enum SignTracked: SignPolicy {
  static var tracksSign: Bool { true }
}

/// The read-only half of a walk: family, order, parameters and viewport, and the clamp
/// band for pixel y. `S` says whether samples carry the sign of f.
struct CurveMapping<F: PlotFunction, S: SignPolicy> {
  let function: F
  let order: DerivativeOrder
  let parameters: ParameterValues
  let viewport: Viewport
  /// The viewport's y scale, read once.
  let scale: YScale
  /// Whether samples carry the sign of f (the log-magnitude scale).
  @inline(__always) var tracksSign: Bool { S.tracksSign }
  /// Clamp band for pixel y, device pixels.
  let lowY: Double
  let highY: Double

  /// Whether probes may use the family's estimate: it has one, and the scale is linear
  /// (log and logit values come from their own formulas).
  @inline(__always) var usesEstimates: Bool { scale == .linear && function.estimateError > 0 }
  /// Whether drawn points may come from the estimate (``PlotFunction/estimateDraws``).
  @inline(__always) var drawsEstimates: Bool { usesEstimates && function.estimateDraws }
  /// A probe's pixel error bound per unit of |estimate|: twice the estimate's relative
  /// bound (|exact| ≤ |estimate|/(1 − ε)) times the y scale.
  @inline(__always) var relativeSlack: Double { 2 * function.estimateError * viewport.yScale }
  /// Its absolute part: the estimate's 2^-1000, plus 1e-6 px for the rounding of the
  /// pixel mapping and of the distances (both far below 1e-8 px in the clamp band).
  @inline(__always) var absoluteSlack: Double { 0x1p-1000 * viewport.yScale + 1e-6 }

  /// The curve at data x, mapped to device pixels with the viewport's precomputed scales;
  /// pixel y is NaN in a gap of the scale (see ``CurveSampler``). Exact.
  @inline(__always) func sample(_ x: Double) -> CurveSample {
    if tracksSign { return signedSample(x) }
    return CurveSample(x: x, p: Point(viewport.pixelX(forX: x),
                          pixelY(function.scaledValue(order, at: x, parameters, in: scale))),
           slack: 0)
  }

  /// The sample at x whose data value is y (a one-sided limit at a kink, which the
  /// family's own value at x is not), mapped through the scale like any value. Exact.
  @inline(__always) func limit(_ x: Double, _ y: Double) -> CurveSample {
    CurveSample(x: x, p: Point(viewport.pixelX(forX: x), pixelY(scale.u(forY: y))), slack: 0)
  }

  /// A probe at x: from the estimate, with its pixel error bound, where that bound is
  /// small enough to decide almost always (0.01 px); else exact.
  @inline(__always) func probe(_ x: Double) -> CurveSample {
    guard usesEstimates else { return sample(x) }
    let u = function.estimate(order, at: x, parameters)
    let slack = relativeSlack * u.magnitude + absoluteSlack
    guard slack <= 0.01 else { return sample(x) }  // also NaN, infinite u
    // Close enough to draw, for a family that allows it: kept as if exact.
    let kept = drawsEstimates && slack <= CurveSampler.drawnEstimateSlack
    return CurveSample(x: x, p: Point(viewport.pixelX(forX: x), pixelY(u)),
                       slack: kept ? 0 : slack)
  }

  /// A point the walk draws at x: exact, or the estimate where the family allows it and
  /// its bound is under ``CurveSampler/drawnEstimateSlack`` px.
  @inline(__always) func drawn(_ x: Double) -> CurveSample {
    guard drawsEstimates else { return sample(x) }
    let s = probe(x)
    return s.slack == 0 ? s : sample(x)
  }

  /// `s` with an exact y (itself if it is exact).
  @inline(__always) func exact(_ s: CurveSample) -> CurveSample {
    s.slack == 0 ? s : sample(s.x)
  }

  /// Pixel y of scaled value u, clamped to the band (NaN stays NaN). Clamping is monotone
  /// and moves no two values further apart, so a probe's error bound still holds after it.
  @inline(__always) func pixelY(_ u: Double) -> Double {
    let py = viewport.pixelY(forU: u)
    return py.isNaN ? py : Swift.min(Swift.max(py, lowY), highY)
  }
}

/// A sample: data x and its device-pixel point.
///
/// Four words, so Swift passes it in registers: the walk hands three to every call of
/// `refine`, and a fifth field (a separate sign byte) made the default scene's sampling
/// about 1.3 times slower, measured. The slack and the sign therefore share one word:
/// only exact samples carry a sign (the log-magnitude scale uses no estimates).
struct CurveSample {
  var x: Double
  var p: Point
  /// > 0: a probe's slack (sign +1). Otherwise an exact sample whose sign is in the
  /// zero's sign bit (+0: +1, −0: −1), or −1 for an exact zero of f (sign 0).
  private var slackOrSign: Double

  /// Bound on the error of `p.y`, device pixels: 0 for an exact sample, else a probe's
  /// (see ``CurveMapping/probe(_:)``).
  var slack: Double { Swift.max(slackOrSign, 0) }
  /// The sign of f under the log-magnitude scale: −1, +1, or 0 at an exact zero; +1
  /// under the other scales (never read there).
  var sign: Int8 {
    if slackOrSign > 0 { return 1 }
    if slackOrSign == -1 { return 0 }
    return slackOrSign.sign == .minus ? -1 : 1
  }

  /// A sample with slack `slack` (≥ 0); `sign` is kept only for an exact one.
  init(x: Double, p: Point, slack: Double, sign: Int8 = 1) {
    self.x = x
    self.p = p
    assert(slack >= 0 && (slack == 0 || sign == 1), "a probe has no sign")
    switch sign {
    case 0: slackOrSign = -1
    case ..<0: slackOrSign = -0.0
    default: slackOrSign = slack
    }
  }
}

/// Three-valued comparisons for decisions on samples known to within a slack: true or
/// false where the slack cannot change the answer, nil where it could. With slack 0 they
/// are the plain comparisons.
enum Verdict {
  /// Whether v < bound, for v within s of its value.
  @inline(__always) static func less(_ v: Double, _ bound: Double, _ s: Double) -> Bool? {
    if v < bound - s { return true }
    if v >= bound + s { return false }
    return nil
  }

  /// Whether v ≤ bound, for v within s of its value.
  @inline(__always) static func atMost(_ v: Double, _ bound: Double, _ s: Double) -> Bool? {
    if v <= bound - s { return true }
    if v > bound + s { return false }
    return nil
  }

  /// The conjunction: false if any is false, true if all are true, else nil.
  @inline(__always) static func all(_ a: Bool?, _ b: Bool?, _ c: Bool?, _ d: Bool?,
                                    _ e: Bool?) -> Bool? {
    if a == false || b == false || c == false || d == false || e == false { return false }
    if a == true && b == true && c == true && d == true && e == true { return true }
    return nil
  }
}
