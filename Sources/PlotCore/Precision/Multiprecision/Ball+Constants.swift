// The constants of the catalogue's closed forms as balls: ln 2 (exp's and log's range
// reduction), π (for 1/√π and 1/√(2π): erf, erfc, GELU's φ), square roots, and
// decimal literals such as SELU's constants, each with an error argument.

extension Ball {
  /// The constants are computed once at ``tableBits`` bits (a few milliseconds, on first
  /// use) and cut to the precision asked for (the cut goes into the radius); Ziv's loop
  /// rarely goes past that, and then they are computed afresh.
  static let tableBits = 4224
  static let ln2Table = ln2Computed(bits: tableBits)
  static let inverseSqrtPiTable = Ball(1) / piComputed(bits: tableBits + 8).squareRoot()
  static let inverseSqrtTwoPiTable = Ball(1) / (piComputed(bits: tableBits + 8) * Ball(2)).squareRoot()

  /// `table` cut to `bits` bits, or `compute(bits)` beyond the table's precision.
  static func constant(_ table: Ball, bits: Int, _ compute: (Int) -> Ball) -> Ball {
    bits <= tableBits - 64 ? table.at(precision: bits).truncated() : compute(bits)
  }

  static func ln2(bits: Int) -> Ball { constant(ln2Table, bits: bits, ln2Computed) }

  /// ln 2 to `bits` bits: ``SigmoidAccurate/naturalLogOfTwo(bits:)`` is ln 2·2^W within
  /// 2^10 units (every term of 2·atanh(1/3) truncates at most twice by one unit).
  static func ln2Computed(bits: Int) -> Ball {
    let w = bits + 16
    let n = SigmoidAccurate.naturalLogOfTwo(bits: w)
    return Ball(ExactDyadic(negative: false, magnitude: n, exponent: -w),
                radius: Bound.power(10 - w), precision: bits).truncated()
  }

  /// π to `bits` bits, by Machin's formula π = 16·atan(1/5) − 4·atan(1/239) in fixed
  /// point at W bits: atan(1/n) = Σ (−1)^j / ((2j+1)·n^(2j+1)). The powers 2^W/n^(2j+1)
  /// are formed by repeated truncating division by n² (each within 2 units: one new
  /// truncation plus the previous error divided by n²), each term divides once more
  /// (within 3 units), and the alternating tail after the last nonzero power is below
  /// 2 units; so atan(1/n)·2^W is known within 3J + 2 units for J terms, J ≤ W. π's
  /// error is then below 16·(3W + 2) + 4·(3W + 2) ≤ 64·(W + 1) units.
  static func piComputed(bits: Int) -> Ball {
    let w = bits + 24
    func arctanInverse(_ n: UInt64) -> (positive: BigUInt, negative: BigUInt) {
      var power = BigUInt.power(w).dividedTruncating(by: n)
      var plus = BigUInt(), minus = BigUInt(), j: UInt64 = 0
      while !power.isZero {
        let term = power.dividedTruncating(by: 2 * j + 1)
        if j % 2 == 0 { plus = plus + term } else { minus = minus + term }
        power = power.dividedTruncating(by: n * n)
        j += 1
      }
      return (plus, minus)
    }
    let a = arctanInverse(5), b = arctanInverse(239)
    let positive = (a.positive << 4) + (b.negative << 2)
    let negative = (a.negative << 4) + (b.positive << 2)
    let value = ExactDyadic(negative: false, magnitude: positive - negative, exponent: -w)
    let error = Bound(roundingUp: 64 * Double(w + 1), exponent: -w)
    return Ball(value, radius: error, precision: bits).truncated()
  }

  /// √self for a ball of positive reals. y ≈ √m by Newton (any approximation); then
  /// |√m − y| = |m − y²|/(√m + y) ≤ |m − y²|/y, and for t in the ball
  /// |√t − √m| = |t − m|/(√t + √m) ≤ r/√m ≤ r/(y − that first error).
  func squareRoot() -> Ball {
    let p = Swift.max(precision, 64)
    guard isFinite, !mid.negative, !mid.isZero else { return .unknown(precision: p) }
    // Seed: the top bits as a double with an even exponent, √ of that.
    let length = mid.magnitude.bitLength
    var shift = Swift.max(0, length - 64)
    if (mid.exponent + shift) % 2 != 0 { shift += 1 }
    let top = Double((mid.magnitude >> shift).low64)
    var y = ExactDyadic(top.squareRoot())
    y.exponent += (mid.exponent + shift) / 2
    var correct = 50
    while correct < p + 8 {
      correct *= 2
      let m = Ball(mid, precision: p + 8)
      let quotient = (m / Ball(y, precision: p + 8)).mid
      y = Ball((y + quotient) * ExactDyadic(0.5), precision: p + 8).truncated().mid
    }
    let e = Bound(magnitudeOf: mid - y * y) / Bound.lowerMagnitude(of: y)
    var r = e
    if !rad.isZero {
      guard let root = Ball.lower(Bound.lowerMagnitude(of: y), minus: e) else {
        return .unknown(precision: p)
      }
      r = r + rad / root
    }
    return Ball(y, radius: r, precision: p).truncated()
  }

  /// 1/√π and 1/√(2π) to `bits` bits.
  static func inverseSqrtPi(bits: Int) -> Ball {
    constant(inverseSqrtPiTable, bits: bits) { Ball(1) / piComputed(bits: $0 + 8).squareRoot() }
  }

  static func inverseSqrtTwoPi(bits: Int) -> Ball {
    constant(inverseSqrtTwoPiTable, bits: bits) {
      Ball(1) / (piComputed(bits: $0 + 8) * Ball(2)).squareRoot()
    }
  }

  /// The decimal `digits` (such as "1.0507009873554804934193349852946") as a ball: the
  /// integer of its digits over a power of ten, both exact, one division.
  static func decimal(_ digits: String, bits: Int) -> Ball {
    var n = BigUInt(), scale = BigUInt(1), seenPoint = false
    for c in digits.utf8 {
      if c == UInt8(ascii: ".") { seenPoint = true; continue }
      n = n.times(10) + BigUInt(UInt64(c - UInt8(ascii: "0")))
      if seenPoint { scale = scale.times(10) }
    }
    return Ball(ExactDyadic(negative: false, magnitude: n, exponent: 0), precision: bits)
      / Ball(ExactDyadic(negative: false, magnitude: scale, exponent: 0), precision: bits)
  }
}
