// The points that tell the sigmoid's story, as the markers show them: the inflection of S
// (the peak of S'), the extrema of S'' at ±ln(2+√3), and where S' falls to 1% of its peak
// (the vanishing gradient). Values and labels only; the scene draws them.

import Foundation

/// One labelled point on a curve.
public struct StoryPoint: Sendable, Equatable {
  /// What the point is.
  public enum Kind: Hashable, Sendable {
    case inflection, derivativePeak, secondDerivativeMaximum, secondDerivativeMinimum
    case vanishingGradient
  }

  public var kind: Kind
  /// The curve the point lies on (its marker shows only while that curve is drawn).
  public var curve: Curve
  /// Data x, and data y = `curve.evaluate(x)`, so the marker sits on the drawn line.
  public var x: Double
  public var y: Double
  /// The marker's label.
  public var label: String
}

/// The story points and the numbers behind them.
public enum StoryPoints {
  /// S' at its peak, S'(0) = 1/4.
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

  /// Every story point, most telling first (the order labels are placed in when room is
  /// short): the inflection, the peak of S', the extrema of S'', the vanishing gradient.
  public static let all: [StoryPoint] = {
    let e = secondDerivativeExtremumX, v = vanishingGradientX
    func point(_ kind: StoryPoint.Kind, _ curve: Curve, _ x: Double, _ label: String)
      -> StoryPoint
    {
      StoryPoint(kind: kind, curve: curve, x: x, y: curve.evaluate(x), label: label)
    }
    return [
      point(.inflection, .sigmoid, 0, "inflection (0, 1/2)"),
      point(.derivativePeak, .derivative, 0, "S' peak 1/4"),
      point(.secondDerivativeMaximum, .secondDerivative, -e, "S'' max, x = -ln(2+√3)"),
      point(.secondDerivativeMinimum, .secondDerivative, e, "S'' min, x = ln(2+√3)"),
      point(.vanishingGradient, .derivative, -v, "S' = 1% of peak"),
      point(.vanishingGradient, .derivative, v, "S' = 1% of peak"),
    ]
  }()

  /// The points on the given curves.
  public static func points(on curves: [Curve]) -> [StoryPoint] {
    all.filter { curves.contains($0.curve) }
  }
}
