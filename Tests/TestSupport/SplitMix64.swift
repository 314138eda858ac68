// The tests' one seeded random generator, so every property test, fuzz case and random
// scene replays exactly from the seed its failure message names.

import Foundation

/// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast, and the same sequence everywhere.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  public private(set) var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Uniform in 0..<1: the top 53 bits, so every value is a multiple of 2^-53.
  public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

  /// Uniform in `r`.
  public mutating func uniform(_ r: ClosedRange<Double>) -> Double {
    r.lowerBound + (r.upperBound - r.lowerBound) * unit()
  }

  /// Log-uniform in `r` (both ends > 0): every decade equally likely.
  public mutating func logUniform(_ r: ClosedRange<Double>) -> Double {
    exp(uniform(log(r.lowerBound)...log(r.upperBound)))
  }

  /// One element of a non-empty array.
  public mutating func pick<T>(_ xs: [T]) -> T { xs[Int(next() % UInt64(xs.count))] }
}
