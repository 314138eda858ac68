// Each catalogue function's values in the form ExactForm decides: where a function's
// value is a rational of the input (softsign, hardsigmoid, hardswish, leaky ReLU, SELU's
// λx, the clamps) that rational itself, for every x; where it is analytic at 0 with a
// dyadic leading part (S ≈ 1/2 + u/4, S'' ≈ −u/8, GELU ≈ x/2, SiLU ≈ x/2, ELU ≈ αx, …)
// that part exactly plus the next terms of the series, for tiny |u|. These are the only
// places a value of these functions can sit on or within 2^-49 of a midpoint for a
// structural reason; elsewhere a midpoint that close is a coincidence (about 2^(p − 48)
// per value for p significant bits), and those few go to the accurate sigmoid or stay
// undecided (PrecisionFormula+Exact.swift).

extension ExactForm {
  /// Where a series below is used: |u| ≤ 2^-20, so every dropped term is below u² (at
  /// most 2^-40) of the tail kept; with the tail's few roundings the tail is known to
  /// 2^-36 relative.
  static let seriesLimit = 0x1p-20
  static let seriesError = 0x1p-36

  /// f, f' or f'' of `spec` at the format value x in exact form, or nil where this file
  /// has none (then the catalogue's double is all there is).
  /// `limit`: the series' range (tests widen it to check the coefficients where the
  /// tail is large).
  static func of(_ spec: FunctionSpec, _ order: DerivativeOrder, at x: Double,
                 seriesLimit limit: Double = seriesLimit) -> ExactForm? {
    guard x.isFinite else { return nil }
    let p = spec.parameters
    var X: ExactDyadic { ExactDyadic(x) }
    switch spec.function.names.commandLine {
    case "sigmoid": return sigmoid(order, x, k: p[0], x0: p[1], limit)
    case "tanh": return tanh(order, x, limit)
    case "softsign": return softsign(order, x)
    case "softplus":
      // f' = S(βx), f'' = β·S'(βx); f = ln(1 + e^(βx))/β has no dyadic part.
      guard order != .value, (p[0] * x).magnitude <= 2 * limit else { return nil }
      return logistic(order == .first ? .value : .first,
                                              u: ExactDyadic(p[0]) * X, k: p[0], limit)
    case "logsigmoid":
      // f' = S(−x), f'' = −S'(x).
      guard x.magnitude <= limit else { return nil }
      if order == .first { return logistic(.value, u: X.negated, k: 1, limit) }
      if order == .second { return logistic(.first, u: X, k: 1, limit).map(\.negated) }
      return nil
    case "relu", "relu6", "hardtanh":
      // Every value is x, a constant or a parameter: the catalogue's double is exact.
      return ExactForm(ExactDyadic(spec.function[order, x, p]))
    case "leaky_relu":
      if order == .value && x <= 0 { return ExactForm(ExactDyadic(p[0]) * X) }
      return ExactForm(ExactDyadic(spec.function[order, x, p]))
    case "hardsigmoid": return hardsigmoid(order, x)
    case "hardswish": return hardswish(order, x)
    case "elu" where x >= 0, "celu" where x >= 0:
      // x, 1, 0 (and at 0: 0, α or 1, 0): the catalogue's doubles are exact.
      return ExactForm(ExactDyadic(spec.function[order, x, p]))
    case "elu": return exponentialUnit(order, x, scale: ExactDyadic(p[0]), error: 0, limit)
    case "selu": return selu(order, x, limit)
    case "celu": return celu(order, x, alpha: p[0], limit)
    case "gelu": return gelu(order, x, limit)
    case "gelu_tanh": return geluTanh(order, x, limit)
    case "silu": return silu(order, x, beta: p[0], limit)
    default: return nil  // mish: leading parts 3x/5, 3/5: never a midpoint
    }
  }

  var negated: ExactForm {
    var f = self
    f.numerator = numerator.negated
    f.tail = -tail
    return f
  }

  /// A series: the exact dyadic leading part plus `tail`.
  static func series(_ leading: ExactDyadic, _ tail: Double) -> ExactForm {
    ExactForm(leading, tail: tail, tailError: seriesError)
  }

  /// S_k,x0 at x: u = k·(x − x0), exact. S = 1/2 + u/4 − u³/48 + u⁵/480 …,
  /// S' = k·(1/4 − u²/16 + u⁴/96 …), S'' = k²·(−u/8 + u³/24 …).
  static func sigmoid(_ order: DerivativeOrder, _ x: Double, k: Double, x0: Double,
                      _ limit: Double)
    -> ExactForm?
  {
    // (A cheap look first: the exact u only where the series may apply.)
    guard (k * (x - x0)).magnitude <= 2 * limit else { return nil }
    let u = ExactDyadic(k) * (ExactDyadic(x) - ExactDyadic(x0))
    return logistic(order, u: u, k: k, limit)
  }

  /// k^order · S^(order)(u) for tiny nonzero u (the chain rule's factor k per order).
  static func logistic(_ order: DerivativeOrder, u: ExactDyadic, k: Double, _ limit: Double)
    -> ExactForm?
  {
    let ud = u.approximation
    guard ud != 0, ud.magnitude <= limit else { return nil }
    let K = ExactDyadic(k)
    switch order {
    case .value: return series(0.5 + 0.25 * u, -ud * ud * ud / 48)
    case .first: return series(0.25 * K, -k * ud * ud / 16)
    case .second: return series(-0.125 * K * K * u, k * k * ud * ud * ud / 24)
    }
  }

  /// tanh = x − x³/3 + 2x⁵/15, tanh' = 1 − x² + 2x⁴/3, tanh'' = −2x + 8x³/3 − 34x⁵/15.
  static func tanh(_ order: DerivativeOrder, _ x: Double, _ limit: Double) -> ExactForm? {
    guard x != 0, x.magnitude <= limit else { return nil }
    let X = ExactDyadic(x)
    switch order {
    case .value: return series(X, -x * x * x / 3)
    case .first: return series(1, -x * x)
    case .second: return series(-2 * X, 8 * x * x * x / 3)
    }
  }

  /// x/(1 + |x|), 1/(1 + |x|)², −2·sign(x)/(1 + |x|)³: rationals, at every x ≠ 0.
  static func softsign(_ order: DerivativeOrder, _ x: Double) -> ExactForm? {
    guard x != 0 else { return nil }
    let q = 1 + ExactDyadic(x.magnitude)
    switch order {
    case .value: return ExactForm(ExactDyadic(x), over: q)
    case .first: return ExactForm(1, over: q * q)
    case .second: return ExactForm(x > 0 ? -2 : 2, over: q * q * q)
    }
  }

  /// (x + 3)/6 and 1/6 inside (−3, 3); outside, the catalogue's constants.
  static func hardsigmoid(_ order: DerivativeOrder, _ x: Double) -> ExactForm? {
    guard -3 < x && x < 3 else { return nil }
    switch order {
    case .value: return ExactForm(ExactDyadic(x) + 3, over: 6)
    case .first: return ExactForm(1, over: 6)
    case .second: return ExactForm(0)
    }
  }

  /// x(x + 3)/6, (2x + 3)/6, 1/3 inside (−3, 3).
  static func hardswish(_ order: DerivativeOrder, _ x: Double) -> ExactForm? {
    guard -3 < x && x < 3 else { return nil }
    let X = ExactDyadic(x)
    switch order {
    case .value: return ExactForm(X * (X + 3), over: 6)
    case .first: return ExactForm(2 * X + 3, over: 6)
    case .second: return ExactForm(1, over: 3)
    }
  }

  /// c·(e^x − 1), c·e^x, c·e^x for x < 0 (ELU: c = α; SELU: c = λα): the leading parts
  /// c·x and c·(1 + x), then c·x²·(1/2 + x/6 + x²/24). `error`: c's own, relative.
  static func exponentialUnit(_ order: DerivativeOrder, _ x: Double, scale c: ExactDyadic,
                              error: Double, _ limit: Double) -> ExactForm? {
    guard x < 0, -x <= limit else { return nil }
    let X = ExactDyadic(x), cd = c.approximation
    let tail = cd * x * x * (0.5 + x * (1.0 / 6 + x / 24))
    var form = order == .value ? series(c * X, tail) : series(c + c * X, tail)
    form.absoluteError = error * (cd.magnitude * (order == .value ? -x : 1))
    return form
  }

  /// SELU: λx for x > 0 (a product: rounding λ·x to a double first could land on a
  /// midpoint), λα·(e^x − 1) for tiny x < 0; λ and λα are the catalogue's double-double
  /// constants (2^-104 of the decimal ones).
  static func selu(_ order: DerivativeOrder, _ x: Double, _ limit: Double) -> ExactForm? {
    let lambda = ExactDyadic(SELUFunction.scale.hi) + ExactDyadic(SELUFunction.scale.lo)
    let lambdaAlpha = ExactDyadic(SELUFunction.scaleAlpha.hi)
      + ExactDyadic(SELUFunction.scaleAlpha.lo)
    if x > 0 {
      guard order == .value else { return nil }
      var form = ExactForm(lambda * ExactDyadic(x))
      form.absoluteError = 0x1p-104 * x
      return form
    }
    return exponentialUnit(order, x, scale: lambdaAlpha, error: 0x1p-104, limit)
  }

  /// CELU for tiny x < 0, w = x/α (a double, 2^-53): x + α·w²·(1/2 + w/6 + w²/24),
  /// e^w = 1 + (w + w²/2 + w³/6 + w⁴/24), and e^w/α as (1 + that)/α.
  static func celu(_ order: DerivativeOrder, _ x: Double, alpha: Double, _ limit: Double)
    -> ExactForm?
  {
    guard x < 0, -x <= limit else { return nil }
    let w = x / alpha
    let em1 = w * (1 + w * (0.5 + w * (1.0 / 6 + w / 24)))
    switch order {
    case .value: return series(ExactDyadic(x), alpha * w * w * (0.5 + w * (1.0 / 6 + w / 24)))
    case .first: return series(1, em1)
    case .second:
      var form = ExactForm(1, over: ExactDyadic(alpha))
      (form.tail, form.tailError) = (em1 / alpha, seriesError)
      return form
    }
  }

  /// 1/√(2π) (the double).
  static let invSqrt2Pi = 0.3989422804014327

  /// GELU = x/2 + φ0·x²(1 − x²/6) …, GELU' = 1/2 + φ0·x(2 − 2x²/3) …; GELU'' ≈ 2φ0 has
  /// no dyadic part.
  static func gelu(_ order: DerivativeOrder, _ x: Double, _ limit: Double) -> ExactForm? {
    guard x != 0, x.magnitude <= limit else { return nil }
    switch order {
    case .value: return series(0.5 * ExactDyadic(x), invSqrt2Pi * x * x * (1 - x * x / 6))
    case .first: return series(0.5, invSqrt2Pi * x * (2 - x * x * (2.0 / 3)))
    case .second: return nil
    }
  }

  /// gelu_tanh = x/2 + c·x²/2 + O(x⁴), gelu_tanh' = 1/2 + c·x + O(x³), c = √(2/π).
  static func geluTanh(_ order: DerivativeOrder, _ x: Double, _ limit: Double) -> ExactForm? {
    guard x != 0, x.magnitude <= limit else { return nil }
    let c = 0.7978845608028654
    switch order {
    case .value: return series(0.5 * ExactDyadic(x), c * x * x / 2)
    case .first: return series(0.5, c * x)
    case .second: return nil
    }
  }

  /// SiLU_β with v = βx (exact): x/2 + x·v/4·(1 − v²/12), 1/2 + v/2 − v³/12,
  /// β·(1/2 − v²/4).
  static func silu(_ order: DerivativeOrder, _ x: Double, beta: Double, _ limit: Double)
    -> ExactForm?
  {
    guard (beta * x).magnitude <= 2 * limit else { return nil }
    let v = ExactDyadic(beta) * ExactDyadic(x)
    let vd = v.approximation
    guard vd != 0, vd.magnitude <= limit else { return nil }
    switch order {
    case .value: return series(0.5 * ExactDyadic(x), x * vd / 4 * (1 - vd * vd / 12))
    case .first: return series(0.5 + 0.5 * v, -vd * vd * vd / 12)
    case .second: return series(0.5 * ExactDyadic(beta), -beta * vd * vd / 4)
    }
  }
}

extension PlotFunction {
  /// f, f' or f'' by order.
  subscript(order: DerivativeOrder, x: Double, p: ParameterValues) -> Double {
    switch order {
    case .value: return value(at: x, p)
    case .first: return derivative(at: x, p)
    case .second: return secondDerivative(at: x, p)
    }
  }
}
