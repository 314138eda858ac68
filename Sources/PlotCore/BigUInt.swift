// A minimal unsigned big integer for the accurate path of the sigmoid (a few hundred
// bits, used about once in 2^26 calls). Not a general big-number library: no division
// beyond small divisors, no signed values, no performance work.

/// An unsigned integer of any size: little-endian 64-bit limbs, no trailing zero limbs.
struct BigUInt: Sendable, Comparable {
  private(set) var limbs: [UInt64]

  init(_ value: UInt64 = 0) {
    limbs = value == 0 ? [] : [value]
  }

  private init(limbs: [UInt64]) {
    self.limbs = limbs
    trim()
  }

  /// 2^n.
  static func power(_ n: Int) -> BigUInt {
    var limbs = [UInt64](repeating: 0, count: n / 64 + 1)
    limbs[n / 64] = 1 << UInt64(n % 64)
    return BigUInt(limbs: limbs)
  }

  var isZero: Bool { limbs.isEmpty }

  /// The number of significant bits (0 for zero).
  var bitLength: Int {
    guard let top = limbs.last else { return 0 }
    return limbs.count * 64 - top.leadingZeroBitCount
  }

  /// Bit n (0 = least significant).
  func bit(_ n: Int) -> Bool {
    let limb = n / 64
    return limb < limbs.count && (limbs[limb] >> UInt64(n % 64)) & 1 == 1
  }

  /// Whether any bit below bit n is set.
  func hasBits(below n: Int) -> Bool {
    let whole = min(n / 64, limbs.count)
    if limbs[0..<whole].contains(where: { $0 != 0 }) { return true }
    guard whole < limbs.count, n % 64 != 0 else { return false }
    return limbs[whole] & ((1 << UInt64(n % 64)) - 1) != 0
  }

  /// The low 64 bits.
  var low64: UInt64 { limbs.first ?? 0 }

  private mutating func trim() {
    while limbs.last == 0 { limbs.removeLast() }
  }

  static func < (a: BigUInt, b: BigUInt) -> Bool {
    if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count }
    for i in stride(from: a.limbs.count - 1, through: 0, by: -1) where a.limbs[i] != b.limbs[i] {
      return a.limbs[i] < b.limbs[i]
    }
    return false
  }

  static func + (a: BigUInt, b: BigUInt) -> BigUInt {
    var out = [UInt64](repeating: 0, count: max(a.limbs.count, b.limbs.count) + 1)
    var carry: UInt64 = 0
    for i in 0..<(out.count - 1) {
      let x = i < a.limbs.count ? a.limbs[i] : 0
      let y = i < b.limbs.count ? b.limbs[i] : 0
      let (s1, o1) = x.addingReportingOverflow(y)
      let (s2, o2) = s1.addingReportingOverflow(carry)
      out[i] = s2
      carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
    }
    out[out.count - 1] = carry
    return BigUInt(limbs: out)
  }

  /// a − b; traps if b > a (every caller subtracts a smaller value by construction).
  static func - (a: BigUInt, b: BigUInt) -> BigUInt {
    precondition(!(a < b), "BigUInt subtraction would be negative")
    var out = a.limbs
    var borrow: UInt64 = 0
    for i in 0..<out.count {
      let y = i < b.limbs.count ? b.limbs[i] : 0
      let (d1, o1) = out[i].subtractingReportingOverflow(y)
      let (d2, o2) = d1.subtractingReportingOverflow(borrow)
      out[i] = d2
      borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
    }
    return BigUInt(limbs: out)
  }

  static func * (a: BigUInt, b: BigUInt) -> BigUInt {
    if a.isZero || b.isZero { return BigUInt() }
    var out = [UInt64](repeating: 0, count: a.limbs.count + b.limbs.count)
    for i in 0..<a.limbs.count {
      var carry: UInt64 = 0
      for j in 0..<b.limbs.count {
        let (high, low) = a.limbs[i].multipliedFullWidth(by: b.limbs[j])
        let (s1, o1) = low.addingReportingOverflow(out[i + j])
        let (s2, o2) = s1.addingReportingOverflow(carry)
        out[i + j] = s2
        carry = high &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)  // high ≤ 2^64 − 2: no overflow
      }
      out[i + b.limbs.count] = carry
    }
    return BigUInt(limbs: out)
  }

  /// self · m for a small factor.
  func times(_ m: UInt64) -> BigUInt { self * BigUInt(m) }

  /// ⌊self / d⌋ for 0 < d < 2^64.
  func dividedTruncating(by d: UInt64) -> BigUInt {
    var out = limbs
    var remainder: UInt64 = 0
    for i in stride(from: out.count - 1, through: 0, by: -1) {
      let (q, r) = d.dividingFullWidth((remainder, out[i]))
      out[i] = q
      remainder = r
    }
    return BigUInt(limbs: out)
  }

  /// ⌊self / 2^n⌋.
  static func >> (a: BigUInt, n: Int) -> BigUInt {
    let whole = n / 64, part = UInt64(n % 64)
    guard whole < a.limbs.count else { return BigUInt() }
    var out = [UInt64](repeating: 0, count: a.limbs.count - whole)
    for i in 0..<out.count {
      let low = a.limbs[i + whole] >> part
      let next = i + whole + 1 < a.limbs.count ? a.limbs[i + whole + 1] : 0
      out[i] = part == 0 ? low : low | (next << (64 - part))
    }
    return BigUInt(limbs: out)
  }

  /// self · 2^n.
  static func << (a: BigUInt, n: Int) -> BigUInt {
    if a.isZero { return a }
    let whole = n / 64, part = UInt64(n % 64)
    var out = [UInt64](repeating: 0, count: a.limbs.count + whole + 1)
    for i in 0..<a.limbs.count {
      out[i + whole] |= a.limbs[i] << part
      if part != 0 { out[i + whole + 1] |= a.limbs[i] >> (64 - part) }
    }
    return BigUInt(limbs: out)
  }
}
