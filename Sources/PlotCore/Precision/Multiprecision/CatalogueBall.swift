// Every catalogue function's f, f', f'' as a ball expression: the definitions of the
// reference generator (Tests/PlotCoreTests/Fixtures/Catalogue/catalogue.py) written again
// operation for operation, with PyTorch's one-sided values at the kinks. Evaluated at an
// exact x and the exact parameter doubles, so the ball contains the true value; the
// closed forms are the cancellation-free ones of catalogue.py (1 + tanh u as 2·S(2u),
// sech² u as 4·S(2u)·S(−2u), softplus by log1p, Φ with an exact exponent, Mish's
// tanh(softplus x) as a ratio of positive sums in e^−|x|), so the precision each needs
// is near what the format needs except near a zero, where Ziv's loop raises it.

/// The catalogue's functions in balls at `bits` bits.
struct CatalogueBall {
  let bits: Int

  /// SELU's α and λ as PyTorch writes them (decimal literals, the true reals).
  static let seluAlpha = "1.6732632423543772848170429916717"
  static let seluScale = "1.0507009873554804934193349852946"

  func point(_ d: Double) -> Ball { Ball(d, precision: bits) }

  /// S(v) = 1/(1 + e^−v), or e^v/(1 + e^v) for a negative midpoint: the exponent never
  /// exceeds the radius (no overflow), and both are S for every real v.
  func S(_ v: Ball) -> Ball {
    if !v.mid.negative { return Ball(1) / (Ball(1) + v.negated.exp()) }
    let e = v.exp()
    return e / (Ball(1) + e)
  }

  /// S'(v) = t/(1 + t)², t = e^(−|v|) (even in v, so the midpoint's sign may choose).
  func P(_ v: Ball) -> Ball {
    let t = (v.mid.negative ? v : v.negated).exp()
    let u = Ball(1) + t
    return t / (u * u)
  }

  /// ln(1 + e^v) = v + log1p(e^−v) for v > 0, log1p(e^v) otherwise.
  func softplus(_ v: Ball) -> Ball {
    if !v.mid.negative && !v.mid.isZero { return v + v.negated.exp().log1p() }
    return v.exp().log1p()
  }

  /// f^(order) of the family `name` at x with parameters p; nil for an unknown name.
  func value(_ name: String, _ order: DerivativeOrder, x: Double, _ p: ParameterValues) -> Ball? {
    let X = point(x)
    let zero = Ball(0), one = Ball(1)
    func pick(_ f: () -> Ball, _ d1: () -> Ball, _ d2: () -> Ball) -> Ball {
      switch order {
      case .value: return f()
      case .first: return d1()
      case .second: return d2()
      }
    }
    switch name {
    case "sigmoid":
      let k = point(p[0]), u = k * (X - point(p[1]))
      return pick({ S(u) }, { k * P(u) }, { (k * k * P(u) * u.scaled(byPowerOfTwo: -1).tanh()).negated })
    case "tanh":
      let sech2 = { S(X.scaled(byPowerOfTwo: 1)) * S(X.scaled(byPowerOfTwo: 1).negated) * Ball(4) }
      return pick({ X.tanh() }, sech2, { (X.tanh() * sech2()).scaled(byPowerOfTwo: 1).negated })
    case "softsign":
      let a = Ball(x.magnitude, precision: bits) + one
      let sign: Double = x == 0 ? 0 : (x > 0 ? 1 : -1)
      return pick({ X / a }, { one / (a * a) }, { Ball(-2 * sign) / (a * a * a) })
    case "softplus":
      let b = point(p[0]), v = b * X
      return pick({ softplus(v) / b }, { S(v) }, { b * P(v) })
    case "logsigmoid":
      return pick({ softplus(X.negated).negated }, { S(X.negated) }, { P(X).negated })
    case "relu":
      return pick({ x > 0 ? X : zero }, { x > 0 ? one : zero }, { zero })
    case "relu6":
      return hardtanh(order, x, 0, 6)
    case "leaky_relu":
      if x > 0 { return pick({ X }, { one }, { zero }) }
      let s = point(p[0])
      return pick({ s * X }, { s }, { zero })
    case "elu":
      return exponentialUnit(order, x, alpha: point(p[0]), scale: one, inputScale: one)
    case "celu":
      let alpha = point(p[0])
      return exponentialUnit(order, x, alpha: alpha, scale: one, inputScale: one / alpha)
    case "selu":
      return exponentialUnit(order, x, alpha: .decimal(Self.seluAlpha, bits: bits),
                             scale: .decimal(Self.seluScale, bits: bits), inputScale: one)
    case "gelu":
      let e = ExactDyadic(x)
      let phi = { Ball.normalDensity(e, bits: bits) }
      let cdf = { Ball.normalDistribution(e, bits: bits) }
      return pick({ X * cdf() }, { cdf() + X * phi() }, { phi() * (Ball(2) - X * X) })
    case "gelu_tanh":
      return geluTanh(order, X)
    case "silu":
      let b = point(p[0]), v = b * X
      return pick({ X * S(v) }, { S(v) + v * P(v) },
                  { b * P(v) * (Ball(2) - v * v.scaled(byPowerOfTwo: -1).tanh()) })
    case "mish":
      return mish(order, x)
    case "hardsigmoid":
      if x <= -3 { return zero }
      if x >= 3 { return order == .value ? one : zero }
      return pick({ (X + Ball(3)).divided(by: 6) }, { point(1).divided(by: 6) }, { zero })
    case "hardswish":
      if x <= -3 { return zero }
      if x >= 3 { return pick({ X }, { one }, { zero }) }
      return pick({ (X * (X + Ball(3))).divided(by: 6) },
                  { (X.scaled(byPowerOfTwo: 1) + Ball(3)).divided(by: 6) },
                  { point(1).divided(by: 3) })
    case "hardtanh":
      return hardtanh(order, x, p[0], p[1])
    default:
      return nil
    }
  }

  /// clamp(x, lo, hi), lower clamp first; slope 1 strictly inside, 0 at the corners.
  func hardtanh(_ order: DerivativeOrder, _ x: Double, _ lo: Double, _ hi: Double) -> Ball {
    switch order {
    case .value: return point(x < lo ? lo : (x > hi ? hi : x))
    case .first: return Ball(lo < x && x < hi ? 1 : 0)
    case .second: return Ball(0)
    }
  }

  /// ATen's elu(x, α, scale, input_scale): scale·x for x > 0, else c·(e^v − 1) with
  /// v = x·input_scale, c = scale·α; f' = c·input_scale·e^v (x ≤ 0: the left value at 0),
  /// f'' = c·input_scale²·e^v for x < 0, 0 at x ≥ 0.
  func exponentialUnit(_ order: DerivativeOrder, _ x: Double, alpha: Ball, scale: Ball,
                       inputScale: Ball) -> Ball {
    if x > 0 {
      switch order {
      case .value: return scale * point(x)
      case .first: return scale
      case .second: return Ball(0)
      }
    }
    let v = point(x) * inputScale, c = scale * alpha
    switch order {
    case .value: return c * v.expm1()
    case .first: return c * inputScale * v.exp()
    case .second: return x < 0 ? c * inputScale * inputScale * v.exp() : Ball(0)
    }
  }

  /// gelu(approximate='tanh') = x·S(2u), u = c·(x + κx³), c = √(2/π), κ = 0.044715
  /// (the real numbers), and catalogue.py's derivatives.
  func geluTanh(_ order: DerivativeOrder, _ X: Ball) -> Ball {
    let c = Ball.inverseSqrtTwoPi(bits: bits).scaled(byPowerOfTwo: 1)  // √(2/π) = 2/√(2π)
    let kappa = Ball(44715, precision: bits) / Ball(1_000_000, precision: bits)
    let x2 = X * X
    let u = c * (X + kappa * x2 * X)
    let sPos = S(u.scaled(byPowerOfTwo: 1))
    if order == .value { return X * sPos }
    let du = c * (Ball(1) + Ball(3) * kappa * x2)
    let sNeg = S(u.scaled(byPowerOfTwo: 1).negated)
    if order == .first { return sPos * (Ball(1) + X.scaled(byPowerOfTwo: 1) * du * sNeg) }
    let ddu = Ball(6) * kappa * c * X
    let pp = sPos * sNeg
    return pp * (Ball(4) * du + X.scaled(byPowerOfTwo: 1) * ddu - Ball(4) * X * du * du * u.tanh())
  }

  /// Mish = x·tanh(softplus x), tanh(softplus x) and its sech² as ratios of positive sums
  /// in q = e^−|x| (catalogue.py's forms).
  func mish(_ order: DerivativeOrder, _ x: Double) -> Ball {
    let X = point(x)
    let q = Ball.expOfPoint(ExactDyadic(-x.magnitude), bits: bits)
    let one = Ball(1), two = Ball(2), q2 = q * q
    let t: Ball, sech2: () -> Ball
    if x >= 0 {
      let d = one + q.scaled(byPowerOfTwo: 1) + q2.scaled(byPowerOfTwo: 1)
      t = (one + q.scaled(byPowerOfTwo: 1)) / d
      sech2 = { Ball(4) * (one + q) * (one + q) * q2 / (d * d) }
    } else {
      let d = q2 + q.scaled(byPowerOfTwo: 1) + two
      t = q * (q + two) / d
      sech2 = { Ball(4) * (one + q) * (one + q) / (d * d) }
    }
    switch order {
    case .value: return X * t
    case .first: return t + X * sech2() * S(X)
    case .second:
      let s = S(X)
      return sech2() * (s.scaled(byPowerOfTwo: 1) + X * (P(X) - two * t * s * s))
    }
  }
}
