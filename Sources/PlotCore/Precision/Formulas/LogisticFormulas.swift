// The logistic family's formulas: the sigmoid, softplus, log-sigmoid and SiLU, each as
// a framework kernel would write it. `m` is the format's arithmetic: every call is one
// correctly rounded operation, so the lines below are exactly what the format computes.

extension FormulaSet {
  /// S_k,x0(x) = 1/(1 + exp(−k(x − x0))). Textbook: S' = s(1 − s) from the rounded s
  /// (what the 2026 framework bugs compute), S'' = s(1 − s)(1 − 2s). Stable: t = e^−|u|,
  /// S = 1/(1 + t) or t/(1 + t), S' = t/(1 + t)², S'' = ∓t(1 − t)/(1 + t)³ with
  /// 1 − t = −expm1(−|u|), so no 1 − s is formed by subtraction.
  public static let sigmoid = FormulaSet("sigmoid", textbook: { x, p, m in
    let k = m.constant(p[0])
    let u = m.scaled(x, by: p[0], about: p[1])
    let s = m.divide(1, m.add(1, m.exp(-u)))
    let d = m.multiply(s, m.subtract(1, s))
    let d2 = m.multiply(d, m.subtract(1, m.multiply(2, s)))
    return FormatValues(s, m.multiply(k, d), m.multiply(m.multiply(k, k), d2))
  }, stable: { x, p, m in
    let k = m.constant(p[0])
    let u = m.scaled(x, by: p[0], about: p[1])
    let (s, d, d2) = stableLogistic(u, m)
    return FormatValues(s, m.multiply(k, d), m.multiply(m.multiply(k, k), d2))
  })

  /// S, S', S'' at u in the stable form (shared by the sigmoid, softplus and SiLU).
  static func stableLogistic(_ u: Double, _ m: FormatArithmetic) -> (Double, Double, Double) {
    let a = m.magnitude(u)
    let t = m.exp(-a)
    let q = m.add(1, t)
    let s = u >= 0 ? m.divide(1, q) : m.divide(t, q)
    let d = m.divide(t, m.multiply(q, q))
    let oneMinusT = m.negate(m.expm1(-a))
    let d2 = m.divide(m.multiply(t, oneMinusT), m.multiply(m.multiply(q, q), q))
    return (s, d, u > 0 ? m.negate(d2) : d2)
  }

  /// softplus_β(x) = log(1 + exp(βx))/β; its derivative is S(βx). Stable:
  /// (max(u, 0) + log1p(exp(−|u|)))/β, the derivatives from the stable S.
  public static let softplus = FormulaSet("softplus", textbook: { x, p, m in
    let b = m.constant(p[0])
    let u = m.scaled(x, by: p[0])
    let v = m.divide(m.log(m.add(1, m.exp(u))), b)
    let s = m.divide(1, m.add(1, m.exp(-u)))
    return FormatValues(v, s, m.multiply(b, m.multiply(s, m.subtract(1, s))))
  }, stable: { x, p, m in
    let b = m.constant(p[0])
    let u = m.scaled(x, by: p[0])
    let v = m.divide(m.add(m.maximum(u, 0), m.log1p(m.exp(-m.magnitude(u)))), b)
    let (s, d, _) = stableLogistic(u, m)
    return FormatValues(v, s, m.multiply(b, d))
  })

  /// log S(x) = −softplus(−x); derivative 1 − S(x), second −S'(x). Stable:
  /// min(x, 0) − log1p(exp(−|x|)), derivative S(−x) = t/(1 + t) or 1/(1 + t).
  public static let logsigmoid = FormulaSet("logsigmoid", textbook: { x, _, m in
    let s = m.divide(1, m.add(1, m.exp(-x)))
    return FormatValues(m.log(s), m.subtract(1, s), m.negate(m.multiply(s, m.subtract(1, s))))
  }, stable: { x, _, m in
    let t = m.exp(-m.magnitude(x))
    let q = m.add(1, t)
    let v = m.subtract(m.minimum(x, 0), m.log1p(t))
    let d = x >= 0 ? m.divide(t, q) : m.divide(1, q)
    return FormatValues(v, d, m.negate(m.divide(t, m.multiply(q, q))))
  })

  /// SiLU_β(x) = x·S(βx): derivative s + βx·s(1 − s), second β·s(1 − s)(2 + βx(1 − 2s)).
  /// Stable: the same with the stable S, S' and 1 − 2s = ∓(1 − t)/(1 + t).
  public static let silu = FormulaSet("silu", textbook: { x, p, m in
    let b = m.constant(p[0])
    let u = m.scaled(x, by: p[0])
    let s = m.divide(1, m.add(1, m.exp(-u)))
    let g = m.multiply(s, m.subtract(1, s))
    let d = m.add(s, m.multiply(u, g))
    let d2 = m.multiply(b, m.multiply(g, m.add(2, m.multiply(u, m.subtract(1, m.multiply(2, s))))))
    return FormatValues(m.multiply(x, s), d, d2)
  }, stable: { x, p, m in
    let b = m.constant(p[0])
    let u = m.scaled(x, by: p[0])
    let a = m.magnitude(u)
    let t = m.exp(-a)
    let q = m.add(1, t)
    let s = u >= 0 ? m.divide(1, q) : m.divide(t, q)
    let g = m.divide(t, m.multiply(q, q))
    let r = m.divide(m.negate(m.expm1(-a)), q)
    let oneMinus2s = u > 0 ? m.negate(r) : r
    let d = m.add(s, m.multiply(u, g))
    let d2 = m.multiply(b, m.multiply(g, m.add(2, m.multiply(u, oneMinus2s))))
    return FormatValues(m.multiply(x, s), d, d2)
  })
}
