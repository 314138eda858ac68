// Formulas of the exponential linear units: ELU, CELU, SELU. Textbook: exp(x) − 1;
// stable: expm1(x), which keeps the small negative values.

extension FormulaSet {
  /// ELU_α: x, or α(exp(x) − 1); derivative 1 or α·exp(x); second 0 or α·exp(x).
  public static let elu = FormulaSet("elu", textbook: { x, p, m in
    exponentialUnit(x, alpha: m.constant(p[0]), scale: 1, expm1: m.subtract(m.exp(x), 1), m)
  }, stable: { x, p, m in
    exponentialUnit(x, alpha: m.constant(p[0]), scale: 1, expm1: m.expm1(x), m)
  })

  /// CELU_α: x, or α(exp(x/α) − 1); derivative exp(x/α); second exp(x/α)/α.
  public static let celu = FormulaSet("celu", textbook: { x, p, m in
    let a = m.constant(p[0]), v = m.divide(x, a)
    return celuValues(x, a, m.exp(v), m.subtract(m.exp(v), 1), m)
  }, stable: { x, p, m in
    let a = m.constant(p[0]), v = m.divide(x, a)
    return celuValues(x, a, m.exp(v), m.expm1(v), m)
  })

  /// SELU: λx, or λα(exp(x) − 1), λ = 1.0507…, α = 1.6732… (PyTorch's constants).
  public static let selu = FormulaSet("selu", textbook: { x, _, m in
    exponentialUnit(x, alpha: m.constant(1.6732632423543772), scale: m.constant(1.0507009873554805),
                    expm1: m.subtract(m.exp(x), 1), m)
  }, stable: { x, _, m in
    exponentialUnit(x, alpha: m.constant(1.6732632423543772), scale: m.constant(1.0507009873554805),
                    expm1: m.expm1(x), m)
  })

  static func exponentialUnit(_ x: Double, alpha: Double, scale: Double, expm1: Double,
                              _ m: FormatArithmetic) -> FormatValues {
    if x > 0 { return FormatValues(m.multiply(scale, x), scale, 0) }
    let sa = m.multiply(scale, alpha)
    let e = m.multiply(sa, m.exp(x))
    return FormatValues(m.multiply(scale, m.multiply(alpha, expm1)), e, x < 0 ? e : 0)
  }

  static func celuValues(_ x: Double, _ a: Double, _ e: Double, _ em1: Double,
                         _ m: FormatArithmetic) -> FormatValues {
    if x > 0 { return FormatValues(x, 1, 0) }
    return FormatValues(m.multiply(a, em1), e, x < 0 ? m.divide(e, a) : 0)
  }
}
