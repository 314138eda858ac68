// The sigmoid's story points: the inflection of S (the peak of S'), the extrema of S'' at
// ±ln(2+√3), and where S' falls to 1% of its peak (the vanishing gradient), moved and
// scaled by k and x0. Values and labels only; the scene draws them.

import Glibc

extension SigmoidFunction {
  /// S' at its peak, S'(0) = 1/4 (k/4 for S_k,x0).
  public static let derivativePeak = 0.25
  /// The vanishing gradient: where S' falls below this fraction of its peak.
  public static let vanishingFraction = 0.01

  /// x of the extrema of S'': ln(2+√3) = arccosh 2 = 1.31695789692481670862504634730796…,
  /// the double nearest. S''' = S'·(1 − 6S + 6S²) is zero where S = 1/2 ± √3/6, i.e.
  /// e^(−x) = 2 ∓ √3. S'' is +√3/18 at −ln(2+√3) and −√3/18 at +ln(2+√3).
  public static let secondDerivativeExtremumX = 1.316_957_896_924_816_7

  /// The positive x where S'(x) = ``vanishingFraction`` × ``derivativePeak``; S' is below
  /// it for |x| beyond. With t = e^(−x) and c the target, t/(1+t)² = c gives
  /// c·t² − (1 − 2c)·t + c = 0, whose small root ((1 − 2c) − √(1 − 4c)) / (2c) cancels
  /// almost entirely (five digits lost at c = 0.0025); the same root written as
  /// 2c / ((1 − 2c) + √(1 − 4c)) does not, so x = ln(((1 − 2c) + √(1 − 4c)) / (2c)).
  public static let vanishingGradientX: Double = {
    let c = vanishingFraction * derivativePeak
    return log(((1 - 2 * c) + (1 - 4 * c).squareRoot()) / (2 * c))
  }()

  /// The inflection, the peak of S', the extrema of S'', the vanishing gradient. For
  /// S_k,x0 each u-space point u* sits at x = x0 + u*/k (S' peaks at k/4 there; the 1%
  /// threshold is relative, so it stays at u = ±``vanishingGradientX``).
  public func storyPoints(_ p: ParameterValues) -> [StoryPoint] {
    let k = p[0], x0 = p[1]
    let e = Self.secondDerivativeExtremumX, v = Self.vanishingGradientX
    let s = PlottedCurve(self, .value, parameters: p)
    let s1 = s.withOrder(.first), s2 = s.withOrder(.second)
    let plain = Self.isPlain(p)
    func at(_ u: Double) -> Double { plain ? u : x0 + u / k }
    return [
      StoryPoint(.inflection, on: s, x: at(0),
                 label: plain ? "inflection (0, 1/2)" : "inflection (\(Self.short(x0)), 1/2)"),
      StoryPoint(.maximum, on: s1, x: at(0),
                 label: plain ? "S' peak 1/4" : "S' peak \(Self.short(k / 4))"),
      StoryPoint(.maximum, on: s2, x: at(-e),
                 label: plain ? "S'' max, x = -ln(2+√3)" : "S'' max, x = \(Self.short(at(-e)))"),
      StoryPoint(.minimum, on: s2, x: at(e),
                 label: plain ? "S'' min, x = ln(2+√3)" : "S'' min, x = \(Self.short(at(e)))"),
      StoryPoint(.vanishingGradient, on: s1, x: at(-v), label: "S' = 1% of peak"),
      StoryPoint(.vanishingGradient, on: s1, x: at(v), label: "S' = 1% of peak"),
    ]
  }

  /// Its own points and regions (no kinks, so no dead zones), not the solver's.
  public func story(_ p: ParameterValues) -> SolvedStory {
    SolvedStory(points: storyPoints(p), vanishing: shadedRegions(p), deadZones: [])
  }

  /// |u| beyond ``vanishingGradientX``, in x: where S'_k,x0 is below 1% of its peak.
  public func shadedRegions(_ p: ParameterValues) -> [ClosedRange<Double>] {
    let k = p[0], x0 = p[1], v = Self.vanishingGradientX
    let reach = Self.isPlain(p) ? v : v / k
    return [-Double.infinity...(x0 - reach), (x0 + reach)...Double.infinity]
  }

  /// A number for a label: 4 significant digits, ASCII ("0.625", "-1.317", "2").
  static func short(_ x: Double) -> String {
    let text = CFormat.string("%.4g", x)
    return text == "-0" ? "0" : text
  }
}
