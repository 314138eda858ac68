// Formulas of the tanh-shaped functions: tanh, softsign and Mish.

extension FormulaSet {
  /// tanh as the exponentials' quotient (e^x − e^−x)/(e^x + e^−x) (overflowing to
  /// inf/inf = NaN where e^x does), derivative 1 − t², second −2t(1 − t²). Stable: the
  /// format's tanh, derivative 4e/(1 + e)² with e = exp(−2|x|) (no 1 − t² cancellation).
  public static let tanh = FormulaSet("tanh", textbook: { x, _, m in
    let ep = m.exp(x), en = m.exp(-x)
    let t = m.divide(m.subtract(ep, en), m.add(ep, en))
    let d = m.subtract(1, m.multiply(t, t))
    return FormatValues(t, d, m.multiply(m.multiply(-2, t), d))
  }, stable: { x, _, m in
    let t = m.tanh(x)
    let e = m.exp(-m.multiply(2, m.magnitude(x)))
    let q = m.add(1, e)
    let d = m.divide(m.multiply(4, e), m.multiply(q, q))
    return FormatValues(t, d, m.multiply(m.multiply(-2, t), d))
  })

  /// x/(1 + |x|), derivative 1/(1 + |x|)², second −2 sign(x)/(1 + |x|)³.
  public static let softsign = FormulaSet("softsign", textbook: { x, _, m in
    let q = m.add(1, m.magnitude(x))
    let q2 = m.multiply(q, q)
    let sign: Double = x > 0 ? -2 : (x < 0 ? 2 : 0)
    return FormatValues(m.divide(x, q), m.divide(1, q2), m.divide(sign, m.multiply(q2, q)))
  })

  /// Mish x·tanh(softplus(x)): with t = tanh(sp), s = S(x), w = (1 − t²)s: derivative
  /// t + x·w, second w(2 + x(1 − s − 2ts)). Stable: the stable softplus and S inside.
  public static let mish = FormulaSet("mish", textbook: { x, _, m in
    let t = m.tanh(m.log(m.add(1, m.exp(x))))
    let s = m.divide(1, m.add(1, m.exp(-x)))
    return mishValues(x, t, s, m)
  }, stable: { x, _, m in
    let e = m.exp(-m.magnitude(x))
    let t = m.tanh(m.add(m.maximum(x, 0), m.log1p(e)))
    let q = m.add(1, e)
    let s = x >= 0 ? m.divide(1, q) : m.divide(e, q)
    return mishValues(x, t, s, m)
  })

  static func mishValues(_ x: Double, _ t: Double, _ s: Double, _ m: FormatArithmetic) -> FormatValues {
    let w = m.multiply(m.subtract(1, m.multiply(t, t)), s)
    let inner = m.subtract(m.subtract(1, s), m.multiply(m.multiply(2, t), s))
    return FormatValues(m.multiply(x, t), m.add(t, m.multiply(x, w)),
                        m.multiply(w, m.add(2, m.multiply(x, inner))))
  }
}
