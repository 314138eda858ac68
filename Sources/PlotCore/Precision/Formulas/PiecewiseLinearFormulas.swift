// Formulas of the piecewise linear functions: ReLU, ReLU6, LeakyReLU, Hardtanh,
// Hardsigmoid, Hardswish. Derivatives at the kinks are PyTorch's (as the catalogue's).

extension FormulaSet {
  public static let relu = FormulaSet("relu", textbook: { x, _, _ in
    FormatValues(x > 0 ? x : 0, x > 0 ? 1 : 0, 0)
  })

  public static let relu6 = FormulaSet("relu6", textbook: { x, _, m in
    FormatValues(m.minimum(m.maximum(x, 0), 6), 0 < x && x < 6 ? 1 : 0, 0)
  })

  public static let leakyReLU = FormulaSet("leaky_relu", textbook: { x, p, m in
    let slope = m.constant(p[0])
    return FormatValues(x > 0 ? x : m.multiply(slope, x), x > 0 ? 1 : slope, 0)
  })

  public static let hardtanh = FormulaSet("hardtanh", textbook: { x, p, m in
    let lo = m.constant(p[0]), hi = m.constant(p[1])
    return FormatValues(m.minimum(m.maximum(x, lo), hi), lo < x && x < hi ? 1 : 0, 0)
  })

  /// relu6(x + 3)/6.
  public static let hardsigmoid = FormulaSet("hardsigmoid", textbook: { x, _, m in
    let v = m.divide(m.minimum(m.maximum(m.add(x, 3), 0), 6), 6)
    return FormatValues(v, -3 < x && x < 3 ? m.divide(1, 6) : 0, 0)
  })

  /// x·relu6(x + 3)/6; derivative x/3 + 1/2 inside (−3, 3).
  public static let hardswish = FormulaSet("hardswish", textbook: { x, _, m in
    let v = m.divide(m.multiply(x, m.minimum(m.maximum(m.add(x, 3), 0), 6)), 6)
    let inside = -3 < x && x < 3
    let d = x <= -3 ? 0 : (x >= 3 ? 1 : m.add(m.divide(x, 3), 0.5))
    return FormatValues(v, d, inside ? m.divide(1, 3) : 0)
  })
}
