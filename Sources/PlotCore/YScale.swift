// How the y axis maps values to height: linear, logarithmic (the derivative's tails down
// to 1e-300 and beyond) or logit (under which S is a straight line). Only the transforms
// and their limits; the curves' own exact scaled values come from their families.

import Glibc

/// The y axis scale. The viewport works in the scaled coordinate u = transform(y), so
/// zoom and pan stay linear in u.
///
/// - linear: u = y.
/// - log: u = log10(y), so u = -300 is y = 1e-300; u goes on below -323 where y itself
///   underflows to 0 as a double (the curves compute u directly, see ``PlottedCurve/scaledValue(_:in:)``).
/// - logit: u = log10(y / (1 - y)) (matplotlib's), so 0.5 is u = 0, 0.01 about -2 and
///   0.99 about +2; S is the straight line u = x·log10(e).
/// - logMagnitude: u = log10|y| with the sign drawn apart (negative stretches lighter,
///   a marker at each sign change, where u runs off to −infinity), so the negative tails
///   read down past the double range: GELU(−40) ≈ −1.46e−348 is u ≈ −347.8 (the curves
///   compute u from ``PlotFunction/naturalLogMagnitude(_:at:_:)``).
public enum YScale: Sendable, Equatable, CaseIterable {
  case linear, log, logit
  case logMagnitude

  /// log10(e), the factor from natural logs to the u of the log and logit scales.
  public static let log10e = 0.434_294_481_903_251_83

  /// u for data y. Where the transform is undefined the result is NaN (y < 0 under log,
  /// y outside [0, 1] under logit); the ends where it runs off to infinity give ±infinity
  /// (y = 0 under log and log magnitude; 0 and 1 under logit).
  @inlinable public func u(forY y: Double) -> Double {
    switch self {
    case .linear: return y
    case .log:
      return y > 0 ? Glibc.log10(y) : (y == 0 ? -.infinity : .nan)
    case .logit:
      // 1 - y is exact for y >= 1/2 (Sterbenz) and costs half an ulp of 1 below, so the
      // quotient keeps full relative accuracy; it cannot overflow (1 - y >= 2^-53).
      guard y >= 0, y <= 1 else { return .nan }
      if y == 0 { return -.infinity }
      if y == 1 { return .infinity }
      return Glibc.log10(y / (1 - y))
    case .logMagnitude:
      return y.isNaN ? y : (y == 0 ? -.infinity : Glibc.log10(y.magnitude))
    }
  }

  /// Data y for u: the inverse of ``u(forY:)``. Under log it underflows to 0 for u below
  /// about -323.3 and overflows to infinity above 308.25; under logit it rounds to 1 for
  /// u above about 15.95; under log magnitude it is |y| (the sign is not in u). Use u itself (or ``PlottedCurve/scaledValue(_:in:)``) where that matters.
  @inlinable public func y(forU u: Double) -> Double {
    switch self {
    case .linear: return u
    case .log, .logMagnitude: return pow(10, u)
    case .logit:
      // 1 / (1 + 10^-u), written so the power never overflows.
      if u >= 0 { return 1 / (1 + pow(10, -u)) }
      let t = pow(10, u)
      return t / (1 + t)
    }
  }

  /// The zoom and pan limits on u for this scale (see ``AxisRange/Limits``).
  public var limits: AxisRange.Limits {
    self == .linear ? .linear : .scaled
  }
}
