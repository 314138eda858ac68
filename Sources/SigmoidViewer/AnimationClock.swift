// The frame clock while a parameter plays: how long the loop may wait for events before
// the next frame is due (one display refresh after the last), and how much time passed
// since the last advance, which moves the animation. Idle otherwise: the loop blocks.

/// Paces the window at the display's refresh rate while the model animates.
struct AnimationClock {
  /// Seconds per frame (1 / refresh rate).
  let interval: Double
  /// Performance-counter ticks per second.
  let frequency: Double
  /// The counter at the last advance; nil while nothing plays.
  private var last: UInt64?

  init(refreshRate: Double, frequency: UInt64) {
    interval = 1 / (refreshRate.isFinite && refreshRate > 0 ? refreshRate : 60)
    self.frequency = Double(Swift.max(1, frequency))
  }

  /// Milliseconds to wait for an event before the next frame is due at counter `now`
  /// (0: due already).
  func waitMilliseconds(now: UInt64) -> Int32 {
    guard let last else { return 0 }
    let left = interval - Double(now &- last) / frequency
    return left <= 0 ? 0 : Int32((left * 1000).rounded(.up))
  }

  /// Whether the next frame is due at counter `now`.
  func isDue(now: UInt64) -> Bool { waitMilliseconds(now: now) == 0 }

  /// The seconds since the last advance (0 for the first, when playing starts), and
  /// notes `now` as the last.
  mutating func advance(now: UInt64) -> Double {
    defer { last = now }
    guard let last else { return 0 }
    return Double(now &- last) / frequency
  }

  /// Playing stopped: the next start begins from 0 s.
  mutating func stop() { last = nil }
}
