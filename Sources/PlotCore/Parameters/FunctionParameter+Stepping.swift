// How a parameter moves: by its step (or a tenth, or ten steps), to either end, or to a
// point of its range; every result snapped to the decimals of the increment that made
// it, so repeated steps read 2.5, not 2.4999999999999996.

import Glibc

extension FunctionParameter {
  /// The decimals of `increment` (0.05 has 2, 0.1 has 1, 10 has 0), at most 12: the
  /// precision a value moved by it is kept to.
  public static func decimals(of increment: Double) -> Int {
    var scaled = increment.magnitude
    for d in 0...12 {
      if (scaled - scaled.rounded()).magnitude <= 1e-9 * Swift.max(1, scaled) { return d }
      scaled *= 10
    }
    return 12
  }

  /// `v` rounded to `decimals` decimals: the double nearest the decimal (an exact integer
  /// divided by an exact power of ten rounds once), so its shortest digits are those.
  public static func snapped(_ v: Double, decimals: Int) -> Double {
    let scale = pow(10, Double(decimals))
    let r = (v * scale).rounded() / scale
    return r == 0 ? 0 : r  // no "-0"
  }

  /// The step's decimals: what drags and the animation snap to.
  public var stepDecimals: Int { Self.decimals(of: step) }

  /// `v` moved by `steps` steps (0.1 for Shift's tenth, 10 for Ctrl's ten), snapped to
  /// the finest of the decimals of that increment, of the step and of `v` itself (at most
  /// a tenth step's), so no step loses digits a finer step put there, and clamped to
  /// `allowed` (the range, narrowed by an ordering the family imposes).
  public func stepped(_ v: Double, by steps: Double, within allowed: ClosedRange<Double>)
    -> Double
  {
    let increment = step * steps
    let finest = Self.decimals(of: step / 10)
    let d = Swift.max(Self.decimals(of: increment), stepDecimals,
                      Swift.min(Self.decimals(of: v), finest))
    let moved = Self.snapped(v + increment, decimals: d)
    return Swift.min(Swift.max(moved, allowed.lowerBound), allowed.upperBound)
  }

  /// The value at `fraction` (0 at the low end, 1 at the high end) of `allowed`, snapped
  /// to the step's decimals and kept inside `allowed`: what a click or drag on the track
  /// and the animation set.
  public func value(atFraction fraction: Double, of allowed: ClosedRange<Double>) -> Double {
    let f = fraction.isFinite ? Swift.min(Swift.max(fraction, 0), 1) : 0
    let raw = allowed.lowerBound + f * (allowed.upperBound - allowed.lowerBound)
    let v = Self.snapped(raw, decimals: stepDecimals)
    return Swift.min(Swift.max(v, allowed.lowerBound), allowed.upperBound)
  }

  /// Where `v` lies in `allowed`, 0 to 1 (0 for an empty range): the handle's place.
  public static func fraction(of v: Double, in allowed: ClosedRange<Double>) -> Double {
    let span = allowed.upperBound - allowed.lowerBound
    guard span > 0 else { return 0 }
    return Swift.min(Swift.max((v - allowed.lowerBound) / span, 0), 1)
  }
}
