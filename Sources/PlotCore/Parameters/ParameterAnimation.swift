// Desmos's play button: a parameter swept back and forth between the ends of its range
// at a steady pace, driven by the time that passed (given in, so tests drive it exactly
// and the window's frame rate sets only how often it is looked at).

/// A parameter playing: where it is on its ping-pong and which slider it moves.
public struct ParameterAnimation: Sendable, Equatable {
  /// Seconds for one way, minimum to maximum: about 5 s, slow enough to watch k/4 grow.
  public static let secondsPerSweep = 5.0
  /// The most time one advance honours: after a stall (the window was covered, the
  /// machine was busy) the sweep goes on from where it was rather than leaping.
  public static let maxStep = 0.25

  /// The slider's index in ``DisplayOptions/parameterSliders``.
  public let slider: Int
  /// Position on the ping-pong: 0 to 1 rising from the minimum to the maximum, 1 to 2
  /// falling back.
  public private(set) var phase: Double

  /// Starts from `fraction` of the range (the value now), rising, or falling when it is
  /// at the maximum already.
  public init(slider: Int, fraction: Double) {
    self.slider = slider
    let f = Swift.min(Swift.max(fraction.isFinite ? fraction : 0, 0), 1)
    phase = f >= 1 ? 1 : f
  }

  /// The phase after `seconds` more (negative or non-finite: none; at most ``maxStep``).
  public mutating func advance(by seconds: Double) {
    guard seconds.isFinite, seconds > 0 else { return }
    let t = Swift.min(seconds, Self.maxStep)
    phase = (phase + t / Self.secondsPerSweep).truncatingRemainder(dividingBy: 2)
  }

  /// Where in the range the parameter is now, 0 (minimum) to 1 (maximum).
  public var fraction: Double { phase <= 1 ? phase : 2 - phase }
}
