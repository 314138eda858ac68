// The kinks of the catalogue's piecewise families: where each is not smooth at its
// parameters, with the exact one-sided limits of f, f', f'' (the pieces' formulas at the
// point; the values at the point are the families' own, PyTorch's convention). The smooth
// families have none (the protocol's default).

extension SoftsignFunction {
  /// f'' jumps from 2 to −2 at 0 (f'' = −2·sign(x)/(1 + |x|)³): a corner of f'.
  public func kinks(_ p: ParameterValues) -> [Kink] {
    [Kink(0, of: self, p, left: (0, 1, 2), right: (0, 1, -2))]
  }
}

extension ReLUFunction {
  /// f' jumps from 0 to 1 at 0, so f'' holds an impulse δ there.
  public func kinks(_ p: ParameterValues) -> [Kink] {
    [Kink(0, of: self, p, left: (0, 0, 0), right: (0, 1, 0))]
  }
}

extension ReLU6Function {
  /// f' jumps 0 → 1 at 0 and 1 → 0 at 6.
  public func kinks(_ p: ParameterValues) -> [Kink] {
    [Kink(0, of: self, p, left: (0, 0, 0), right: (0, 1, 0)),
     Kink(6, of: self, p, left: (6, 1, 0), right: (6, 0, 0))]
  }
}

extension LeakyReLUFunction {
  /// f' jumps from negative_slope to 1 at 0.
  public func kinks(_ p: ParameterValues) -> [Kink] {
    [Kink(0, of: self, p, left: (0, p[0], 0), right: (0, 1, 0))]
  }
}

extension ELUFunction {
  /// At 0: f' goes α → 1 (a jump unless α = 1), f'' α → 0.
  public func kinks(_ p: ParameterValues) -> [Kink] {
    [Kink(0, of: self, p, left: (0, p[0], p[0]), right: (0, 1, 0))]
  }
}

extension CELUFunction {
  /// At 0: f' is 1 on both sides, f'' goes 1/α → 0: a corner of f'.
  public func kinks(_ p: ParameterValues) -> [Kink] {
    [Kink(0, of: self, p, left: (0, 1, 1 / p[0]), right: (0, 1, 0))]
  }

  /// CELU's features scale with alpha (f = α·expm1(x/α) on the left).
  public func storyScale(_ p: ParameterValues) -> Double { p[0] }
}

extension SELUFunction {
  /// At 0: f' goes scale·alpha → scale, f'' scale·alpha → 0 (PyTorch's constants,
  /// rounded once as the family rounds them).
  public func kinks(_ p: ParameterValues) -> [Kink] {
    [Kink(0, of: self, p, left: (0, Self.scaleAlpha.hi, Self.scaleAlpha.hi),
          right: (0, Self.scale.hi, 0))]
  }
}

extension HardsigmoidFunction {
  /// f = x/6 + 1/2 on (−3, 3), 0 and 1 outside: f' jumps 0 → 1/6 → 0.
  public func kinks(_ p: ParameterValues) -> [Kink] {
    [Kink(-3, of: self, p, left: (0, 0, 0), right: (0, 1.0 / 6, 0)),
     Kink(3, of: self, p, left: (1, 1.0 / 6, 0), right: (1, 0, 0))]
  }
}

extension HardswishFunction {
  /// f = x(x + 3)/6 on (−3, 3): at −3 f' goes 0 → −1/2 and f'' 0 → 1/3; at 3 f' goes
  /// 3/2 → 1 and f'' 1/3 → 0.
  public func kinks(_ p: ParameterValues) -> [Kink] {
    [Kink(-3, of: self, p, left: (0, 0, 0), right: (0, -0.5, 1.0 / 3)),
     Kink(3, of: self, p, left: (3, 1.5, 1.0 / 3), right: (3, 1, 0))]
  }
}

extension HardtanhFunction {
  /// Corners at min_val and max_val (f' 0 → 1 → 0). With min_val > max_val, f is
  /// min_val left of min_val and max_val from there on: one jump of f itself; with them
  /// equal, f is constant and smooth.
  public func kinks(_ p: ParameterValues) -> [Kink] {
    let lo = p[0], hi = p[1]
    if lo < hi {
      return [Kink(lo, of: self, p, left: (lo, 0, 0), right: (lo, 1, 0)),
              Kink(hi, of: self, p, left: (hi, 1, 0), right: (hi, 0, 0))]
    }
    if lo > hi { return [Kink(lo, of: self, p, left: (lo, 0, 0), right: (hi, 0, 0))] }
    return []
  }
}

extension SiLUFunction {
  /// x·S(βx): its features sit at u/β for the features u of x·S(x).
  public func storyScale(_ p: ParameterValues) -> Double { 1 / p[0] }
}

extension SoftplusFunction {
  /// log(1 + e^(βx))/β: its features sit at u/β.
  public func storyScale(_ p: ParameterValues) -> Double { 1 / p[0] }
}
