// The double-double steps the catalogue's smooth functions need beyond DoubleDouble.swift
// (which serves the sigmoid's fast path): general sums, quotients and the logistic
// function at a double-double argument. Each costs a few 2^-104 relative, far below the
// final rounding; the bounds are the classical ones (Dekker, Shewchuk), not re-derived.

extension DoubleDouble {
  /// The leading part plus the trailing part, rounded once.
  var rounded: Double { hi + lo }

  /// −self.
  var negated: DoubleDouble { DoubleDouble(hi: -hi, lo: -lo) }

  /// self + other, either sign: exact TwoSum of the heads, the tails added (absolute
  /// error about 2^-104 of the larger operand).
  func plus(_ other: DoubleDouble) -> DoubleDouble {
    let s = DoubleDouble(sum: hi, other.hi)
    return DoubleDouble(fastSum: s.hi, s.lo + (lo + other.lo))
  }

  /// self · other, with fma for the exact head product (any magnitudes that do not
  /// overflow or underflow).
  func times(_ other: DoubleDouble) -> DoubleDouble {
    let head = hi * other.hi
    let error = (-head).addingProduct(hi, other.hi) + (hi * other.lo + lo * other.hi)
    return DoubleDouble(fastSum: head, error)
  }

  /// self / other: two quotient digits, the remainder formed exactly (about 2^-104).
  func over(_ other: DoubleDouble) -> DoubleDouble {
    let q1 = hi / other.hi
    let r = self.plus(other.times(DoubleDouble(q1)).negated)
    let q2 = r.hi / other.hi
    return DoubleDouble(fastSum: q1, q2)
  }

  /// x² exactly (fma).
  init(square x: Double) {
    let head = x * x
    self.init(hi: head, lo: (-head).addingProduct(x, x))
  }
}

extension SplitArgument {
  /// v as a double-double.
  var doubleDouble: DoubleDouble { DoubleDouble(hi: hi, lo: lo) }

  /// S(v), S(−v) and S'(v) as double-doubles, for |hi| ≤ 740: t = e^(−|v|) from
  /// ExpMinus (2^-100.9, times 1 ∓ lo for the tail of v), then 1/(1 + t), t/(1 + t),
  /// t/(1 + t)², none subtracting.
  var logistic: (s: DoubleDouble, sNeg: DoubleDouble, d: DoubleDouble) {
    let a = hi.magnitude
    let e = ExpMinus(a)
    var t = e.t
    let loOfMagnitude = hi < 0 ? -lo : lo
    t = DoubleDouble(fastSum: t.hi, t.lo - t.hi * loOfMagnitude)
    let onePlus = DoubleDouble(fastSum: 1, t.hi)
    let r = DoubleDouble(fastSum: onePlus.hi, onePlus.lo + t.lo).reciprocal()
    let small = t.times(r)
    let d = small.times(r)
    return hi >= 0 ? (r, small, d) : (small, r, d)
  }
}
