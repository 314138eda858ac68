// The story points of any family, solved at run time for its current parameters (so the
// markers follow a parameter change): zeros, extrema and inflections from the sign changes
// of f, f' and f'', the vanishing gradient (|f'| at 1% of its largest value), the kinks and
// the dead zones where f' is exactly 0. Values and labels only; the scene draws them.

/// What ``StorySolver`` finds for one family at one parameter point.
public struct SolvedStory: Sendable {
  public init(points: [StoryPoint] = [], vanishing: [ClosedRange<Double>] = [],
              deadZones: [ClosedRange<Double>] = []) {
    self.points = points
    self.vanishing = vanishing
    self.deadZones = deadZones
  }

  /// The labelled points, most telling first (see ``PlotFunction/storyPoints(_:)``).
  public var points: [StoryPoint] = []
  /// Where |f'| is below 1% of its largest value, closed x ranges (ends may be infinite).
  public var vanishing: [ClosedRange<Double>] = []
  /// Where f' is exactly 0 (a side of a kink, up to the next kink or infinity).
  public var deadZones: [ClosedRange<Double>] = []
}

/// Solves a family's story points from its own f, f', f''.
///
/// Method: f, f', f'' on a grid of 64 steps per unit of ``PlotFunction/storyScale(_:)``
/// over ±32 units (the catalogue's features lie within ±10); a strict sign change between neighbours brackets a root, a grid point
/// where the curve is exactly 0 between neighbours of opposite sign is one. Each bracket
/// is bisected over the doubles (their bit patterns) down to two neighbours, and the one
/// where |g| is smaller is the root: within 1 ulp of the true point wherever the family's
/// values have the right sign (their error bounds make that so except within a few ulps
/// of the root), and the nearest double in the fixture's cases. A bracket that holds a
/// kink where the curve jumps through 0 gives the kink itself. The vanishing level is 1%
/// of the largest |f'| among its extrema (the roots of f''), the one-sided limits and
/// values at the kinks, and far out (x = ±10^6).
/// Not found: features closer together than a grid step (1/64 of the scale), or beyond
/// the grid, and the extrema of f'' (which would need f''').
public enum StorySolver {
  /// Grid steps per unit of the family's story scale, and the reach in those units.
  public static let stepsPerUnit = 64
  public static let reach = 32
  /// The vanishing gradient: where |f'| falls below this fraction of its largest value.
  public static let vanishingFraction = 0.01

  /// The story of `f` at `p`.
  public static func solve<F: PlotFunction>(_ f: F, _ p: ParameterValues) -> SolvedStory {
    let scale = f.storyScale(p)
    let h = scale / Double(stepsPerUnit)
    let n = stepsPerUnit * reach
    let xs = (-n...n).map { Double($0) * h }
    let kinks = f.kinks(p)
    let base = PlottedCurve(f, .value, parameters: p)
    let d1 = base.withOrder(.first), d2 = base.withOrder(.second)
    let names = f.names

    // Roots of each order, with the direction of the sign change (true: rising).
    var roots: [[(x: Double, rising: Bool)]] = []
    var columns: [[Double]] = []
    for order in DerivativeOrder.allCases {
      let values = xs.map { f.value(order, at: $0, p) }
      columns.append(values)
      roots.append(crossings(values, xs, kinks) { f.value(order, at: $0, p) })
    }

    var story = SolvedStory()
    var extrema: [StoryPoint] = [], inflections: [StoryPoint] = []
    var slopeExtrema: [StoryPoint] = [], zeros: [StoryPoint] = []
    var kinkPoints: [StoryPoint] = [], deadPoints: [StoryPoint] = []
    var vanishingPoints: [StoryPoint] = []
    let isKink = { (x: Double) in kinks.contains { $0.x == x } }

    for r in roots[0] {
      zeros.append(StoryPoint(.zero, on: base, x: r.x, label: "\(names.legend) = 0 at \(short(r.x))"))
    }
    for r in roots[1] {
      zeros.append(StoryPoint(.zero, on: d1, x: r.x, label: "\(names.legend)' = 0 at \(short(r.x))"))
      if isKink(r.x) { continue }
      let kind: StoryPoint.Kind = r.rising ? .minimum : .maximum
      extrema.append(StoryPoint(kind, on: base, x: r.x,
                                label: "\(names.legend) \(r.rising ? "min" : "max") "
                                  + pair(r.x, base.evaluate(r.x))))
    }
    for r in roots[2] {
      zeros.append(StoryPoint(.zero, on: d2, x: r.x, label: "\(names.legend)'' = 0 at \(short(r.x))"))
      inflections.append(StoryPoint(.inflection, on: base, x: r.x,
                                    label: "\(names.legend) inflection " + pair(r.x, base.evaluate(r.x))))
      if isKink(r.x) { continue }
      let kind: StoryPoint.Kind = r.rising ? .minimum : .maximum
      slopeExtrema.append(StoryPoint(kind, on: d1, x: r.x,
                                     label: "\(names.legend)' \(r.rising ? "min" : "max") "
                                       + pair(r.x, d1.evaluate(r.x))))
    }

    // Kinks: a corner of f where f' (or f) jumps, else a corner of f' where f'' jumps.
    for k in kinks {
      let onValue = k.value.jumps || k.first.jumps
      let curve = onValue ? base : d1
      let name = onValue ? names.legend : names.legend + "'"
      kinkPoints.append(StoryPoint(.kink, on: curve, x: k.x,
                                   label: "\(name) kink " + pair(k.x, curve.evaluate(k.x))))
    }

    // Dead zones: a side of a kink where f' is exactly 0 up to the next kink (or 10^6).
    for (j, k) in kinks.enumerated() {
      for left in [true, false] {
        let other = left ? (j > 0 ? kinks[j - 1].x : -1e6) : (j + 1 < kinks.count ? kinks[j + 1].x : 1e6)
        let near = k.x + (left ? -1 : 1) * 0x1p-40 * Swift.max(1, k.x.magnitude)
        let probes = [near, k.x + (other - k.x) / 2, other]
        guard probes.allSatisfy({ f.derivative(at: $0, p) == 0 }) else { continue }
        let end = left ? (j > 0 ? kinks[j - 1].x : -.infinity) : (j + 1 < kinks.count ? kinks[j + 1].x : .infinity)
        let region = left ? end...k.x : k.x...end
        if story.deadZones.contains(region) { continue }
        story.deadZones.append(region)
        var point = StoryPoint(.deadZone, on: d1, x: k.x, label: deadZoneLabel(names, k.x, left: left))
        point.region = region
        deadPoints.append(point)
      }
    }

    // The vanishing gradient.
    var peak = 0.0
    for r in roots[2] { peak = Swift.max(peak, f.derivative(at: r.x, p).magnitude) }
    for k in kinks {
      peak = Swift.max(peak, k.first.left.magnitude, k.first.right.magnitude, k.first.at.magnitude)
    }
    for x in [-1e6, 1e6] { peak = Swift.max(peak, f.derivative(at: x, p).magnitude) }
    if peak > 0 && peak.isFinite {
      let level = peak * vanishingFraction
      let gap = { (x: Double) in f.derivative(at: x, p).magnitude - level }
      let values = columns[1].map { $0.magnitude - level }
      let found = crossings(values, xs, kinks, gap)
      var start: Double? = values[0] < 0 ? -.infinity : nil
      for r in found {
        if r.rising {
          if let s = start { story.vanishing.append(s...r.x) }
          start = nil
        } else {
          start = r.x
        }
        let atDeadZone = story.deadZones.contains { $0.lowerBound == r.x || $0.upperBound == r.x }
        if !atDeadZone {
          vanishingPoints.append(StoryPoint(.vanishingGradient, on: d1, x: r.x,
                                            label: "\(names.legend)' = 1% of peak"))
        }
      }
      if let s = start { story.vanishing.append(s...Double.infinity) }
    }

    story.points = extrema + inflections + kinkPoints + deadPoints + slopeExtrema
      + vanishingPoints + zeros
    return story
  }

  /// The roots of g between the grid's neighbours, from the grid values `values` at `xs`:
  /// each strict sign change bisected, each exact grid zero between opposite signs taken.
  /// `rising`: g goes from negative to positive there.
  static func crossings(_ values: [Double], _ xs: [Double], _ kinks: [Kink],
                        _ g: (Double) -> Double) -> [(x: Double, rising: Bool)] {
    var result: [(x: Double, rising: Bool)] = []
    for i in 0..<(values.count - 1) {
      let a = values[i], b = values[i + 1]
      if (a < 0 && b > 0) || (a > 0 && b < 0) {
        result.append((bisect(g, xs[i], xs[i + 1], kinks), b > 0))
      } else if a == 0, i > 0, (values[i - 1] < 0 && b > 0) || (values[i - 1] > 0 && b < 0) {
        result.append((xs[i], b > 0))
      }
    }
    return result
  }

  /// The root of g in [a, b] (g(a), g(b) of opposite signs, neither 0) to the last bit:
  /// bisection over the doubles between them down to two neighbours, the one with the
  /// smaller |g|; a kink between those two is the root (the curve jumps through 0 there).
  static func bisect(_ g: (Double) -> Double, _ a: Double, _ b: Double, _ kinks: [Kink]) -> Double {
    var lo = ordered(a), hi = ordered(b)
    let negativeAtLo = g(a) < 0
    while hi - lo > 1 {
      // Across 0, 0 first (so the difference below never overflows).
      let mid = lo < 0 && hi > 0 ? 0 : lo + (hi - lo) / 2
      let v = g(unordered(mid))
      if v == 0 { return unordered(mid) }
      if (v < 0) == negativeAtLo { lo = mid } else { hi = mid }
    }
    let xLo = unordered(lo), xHi = unordered(hi)
    if let k = kinks.first(where: { xLo <= $0.x && $0.x <= xHi }) { return k.x }
    return g(xLo).magnitude <= g(xHi).magnitude ? xLo : xHi
  }

  /// Doubles to integers in the same order: the bit pattern of |x|, negated for x < 0.
  static func ordered(_ x: Double) -> Int64 {
    let n = Int64(bitPattern: x.magnitude.bitPattern)
    return x < 0 ? -n : n
  }

  static func unordered(_ n: Int64) -> Double {
    let x = Double(bitPattern: UInt64(n.magnitude))
    return n < 0 ? -x : x
  }

  /// "(x, y)" for a label, 4 significant digits each.
  static func pair(_ x: Double, _ y: Double) -> String { "(\(short(x)), \(short(y)))" }

  static func short(_ x: Double) -> String { SigmoidFunction.short(x) }

  /// "dying ReLU: f' = 0" for ReLU's negative side, else which side f' is 0 on.
  static func deadZoneLabel(_ names: FunctionNames, _ x: Double, left: Bool) -> String {
    if names.commandLine == "relu" && left { return "dying ReLU: ReLU' = 0" }
    return "\(names.legend)' = 0 for x \(left ? "<" : ">") \(short(x))"
  }
}
