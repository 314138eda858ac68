// A minimal unsigned integer of any width, for the exact arithmetic behind the readout's
// underflowed values: |x|·log10(e) to ~1300 bits, and the decimal digits of x/8 for
// subnormal x. Not a general big-integer type: only the handful of operations those need.

/// An unsigned integer as 64-bit limbs, least significant first.
struct WideUnsigned: Sendable, Equatable {
  /// The limbs, least significant first; may carry leading zero limbs.
  var limbs: [UInt64]

  init(limbs: [UInt64]) { self.limbs = limbs.isEmpty ? [0] : limbs }

  init(_ value: UInt64) { self.init(limbs: [value]) }

  /// The integer written by `words`, most significant first (how constants read in source).
  init(mostSignificantFirst words: [UInt64]) { self.init(limbs: words.reversed()) }

  var isZero: Bool { limbs.allSatisfy { $0 == 0 } }

  /// `self · factor`, exactly.
  func multiplied(by factor: UInt64) -> WideUnsigned {
    var out = [UInt64]()
    out.reserveCapacity(limbs.count + 1)
    var carry: UInt64 = 0
    for limb in limbs {
      let (high, low) = limb.multipliedFullWidth(by: factor)
      let (sum, overflow) = low.addingReportingOverflow(carry)
      out.append(sum)
      carry = high &+ (overflow ? 1 : 0)  // high ≤ 2^64 − 2, so this never wraps
    }
    out.append(carry)
    return WideUnsigned(limbs: out)
  }

  /// `self + 1`, exactly.
  func plusOne() -> WideUnsigned {
    var out = limbs
    for i in out.indices {
      let (sum, overflow) = out[i].addingReportingOverflow(1)
      out[i] = sum
      if !overflow { return WideUnsigned(limbs: out) }
    }
    out.append(1)
    return WideUnsigned(limbs: out)
  }

  /// Bit `index` (0 is the least significant); 0 past the top.
  func bit(_ index: Int) -> UInt64 {
    let limb = index >> 6
    guard index >= 0, limb < limbs.count else { return 0 }
    return (limbs[limb] >> UInt64(index & 63)) & 1
  }

  /// The 64 bits `from ..< from + 64` as a number (bits below 0 or past the top are 0).
  func bits64(from: Int) -> UInt64 {
    let limb = from >> 6, shift = from & 63  // arithmetic shift: floor for negative `from`
    func word(_ i: Int) -> UInt64 { i >= 0 && i < limbs.count ? limbs[i] : 0 }
    if shift == 0 { return word(limb) }
    return (word(limb) >> UInt64(shift)) | (word(limb + 1) << UInt64(64 - shift))
  }

  /// `self >> count` (floor of self / 2^count), for count ≥ 0.
  func shiftedRight(by count: Int) -> WideUnsigned {
    let n = (limbs.count * 64 - count + 63) / 64
    guard n > 0 else { return WideUnsigned(0) }
    return WideUnsigned(limbs: (0..<n).map { bits64(from: count + 64 * $0) })
  }

  /// The decimal digits, no leading zeros ("0" for zero).
  var decimalText: String {
    // Peel off 19 digits at a time: 10^19 is the largest power of ten below 2^64.
    let chunk: UInt64 = 10_000_000_000_000_000_000
    var rest = limbs
    while rest.count > 1, rest.last == 0 { rest.removeLast() }
    var pieces = [UInt64]()
    while !(rest.count == 1 && rest[0] == 0) {
      var remainder: UInt64 = 0
      for i in rest.indices.reversed() {
        let (q, r) = chunk.dividingFullWidth((remainder, rest[i]))
        rest[i] = q
        remainder = r
      }
      pieces.append(remainder)
      while rest.count > 1, rest.last == 0 { rest.removeLast() }
    }
    guard let top = pieces.popLast() else { return "0" }
    var text = String(top)
    for piece in pieces.reversed() {
      let digits = String(piece)
      text += String(repeating: "0", count: 19 - digits.count) + digits
    }
    return text
  }
}
