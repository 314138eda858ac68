// Formulas of the two GELUs: the erf form and PyTorch's tanh approximation.

extension FormulaSet {
  /// GELU x·Φ(x), Φ = ½(1 + erf(x/√2)) (textbook) or ½·erfc(−x/√2) (stable: no
  /// cancellation in the left tail); φ = exp(−x²/2)/√(2π); derivative Φ + xφ,
  /// second φ(2 − x²).
  public static let gelu = FormulaSet("gelu", textbook: { x, _, m in
    let phi = m.multiply(0.5, m.add(1, m.erf(m.multiply(x, m.constant(0.5.squareRoot())))))
    return geluValues(x, phi, m)
  }, stable: { x, _, m in
    let phi = m.multiply(0.5, m.erfc(m.multiply(-x, m.constant(0.5.squareRoot()))))
    return geluValues(x, phi, m)
  })

  static func geluValues(_ x: Double, _ cdf: Double, _ m: FormatArithmetic) -> FormatValues {
    let x2 = m.multiply(x, x)
    let density = m.multiply(m.constant(0.3989422804014327), m.exp(m.negate(m.multiply(x2, 0.5))))
    return FormatValues(m.multiply(x, cdf), m.add(cdf, m.multiply(x, density)),
                        m.multiply(density, m.subtract(2, x2)))
  }

  /// PyTorch's approximate='tanh': ½x(1 + tanh(u)), u = √(2/π)(x + 0.044715x³);
  /// with t = tanh u, u' = √(2/π)(1 + 3·0.044715x²), u'' = 6·√(2/π)·0.044715x:
  /// derivative ½(1 + t) + ½x(1 − t²)u', second (1 − t²)(u' + ½x(u'' − 2tu'²)).
  public static let geluTanh = FormulaSet("gelu_tanh", textbook: { x, _, m in
    let k = m.constant(0.7978845608028654), a = m.constant(0.044715)
    let x2 = m.multiply(x, x)
    let t = m.tanh(m.multiply(k, m.add(x, m.multiply(a, m.multiply(x2, x)))))
    let sech2 = m.subtract(1, m.multiply(t, t))
    let du = m.multiply(k, m.add(1, m.multiply(m.multiply(3, a), x2)))
    let d2u = m.multiply(m.multiply(6, m.multiply(k, a)), x)
    let half = m.multiply(0.5, x)
    let v = m.multiply(half, m.add(1, t))
    let d = m.add(m.multiply(0.5, m.add(1, t)), m.multiply(m.multiply(half, sech2), du))
    let inner = m.subtract(d2u, m.multiply(m.multiply(2, t), m.multiply(du, du)))
    let d2 = m.multiply(sech2, m.add(du, m.multiply(half, inner)))
    return FormatValues(v, d, d2)
  })
}
