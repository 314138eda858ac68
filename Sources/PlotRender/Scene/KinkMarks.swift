// What the scene draws at the kinks of the shown curves: a filled dot at the value the
// curve takes at x (PyTorch's convention), an open dot at each one-sided limit it does
// not take, and an arrow for a Dirac impulse. Values only; PlotScene+Kinks.swift places
// them.

import PlotCore

/// A dot at a kink: filled at the value taken, open (a ring) at a limit not taken.
public struct KinkDot: Hashable, Sendable {
  public var curve: PlottedCurve
  /// Device pixels, y down.
  public var center: Point
  public var radius: Double
  public var filled: Bool
}

/// An impulse w·δ(x − x_k) on a curve: an arrow from the curve's value at x_k, up for
/// w > 0 and down for w < 0, a fixed length (the impulse is unbounded), with its label.
public struct ImpulseArrow: Hashable, Sendable {
  public var curve: PlottedCurve
  /// Device pixels, y down: where the arrow starts (on the curve) and its tip.
  public var base: Point
  public var tip: Point
  /// The weight w (the jump of the order below).
  public var weight: Double
}
