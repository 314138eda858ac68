// tanh on balls, from e^(−2y) − 1 only: no overflow for any argument and no
// cancellation near 0 (tanh(1e-300) is 1e-300 to every bit).

extension Ball {
  /// tanh self = s·tanh(y), y = s·self with s the midpoint's sign, and
  /// tanh y = (1 − e^(−2y))/(1 + e^(−2y)) = −expm1(−2y)/(2 + expm1(−2y)): an identity for
  /// every real y, so a ball straddling 0 is still right, and −2y ≤ 2r never overflows.
  /// The ball's radius passes through the operations themselves.
  func tanh() -> Ball {
    if mid.isZero && isExact { return self }
    let negative = mid.negative
    let y = negative ? negated : self
    let m = y.scaled(byPowerOfTwo: 1).negated.expm1()
    let t = m.negated / (Ball(2) + m)
    return negative ? t.negated : t
  }
}
