// How the `exact` formula decides each rounding to the format: the catalogue's double
// where its error cannot reach a midpoint, an exact form where it can, the sigmoid's
// multi-precision kernel for what is left of the logistic functions.

extension PrecisionFormula {
  /// Which step decided a rounding of ``exactRounding(_:at:)``.
  enum ExactDecision: Sendable, Equatable {
    /// The catalogue's double, within 2^-49 relative, keeps clear of every midpoint.
    case catalogue
    /// ``ExactForm``: an exact leading part (a rational, a series' dyadic terms) and a
    /// tail known to 2^-36 decided it, a genuine tie going to even.
    case exactForm
    /// The sigmoid's multi-precision evaluation (``SigmoidAccurate``), correct by
    /// construction.
    case accurateSigmoid
    /// Nothing decided it: the double's own rounding, which is wrong only if the
    /// catalogue's error (at most 2 ulps of a double) crosses the midpoint. The tests
    /// check that no float16, bfloat16 or FP8 input of any function lands here.
    case undecided
  }

  /// f^(order) at x (a format value, or any double) correctly rounded to the format, and
  /// which step decided it.
  ///
  /// The hazard: the catalogue's double v is within 2^-51 of the truth, so the rounding
  /// of v is right unless the truth lies within 2^-49 of a midpoint. For a transcendental
  /// value that happens by coincidence about once in 2^(48 − p) values (never among the
  /// float16, bfloat16 and FP8 inputs), but for tiny arguments it happens by structure:
  /// S''(x) = −x/8 + x³/24 … for the 256 bfloat16 inputs 2^-131 ≤ |x| < 2^-123 is a
  /// midpoint of the subnormal grid (x/8 below 2^-126) plus 2^-255 or less of itself,
  /// which v (exactly −x/8) cannot show, so rounding v to even was wrong wherever the
  /// even neighbour is the farther one; likewise GELU and SiLU ≈ x/2 + x²/… at the
  /// subnormal and least normal bfloat16 x (9 of the exhaustive test's blocks failed:
  /// S'', GELU and SiLU of bfloat16), ELU ≈ αx and S'' ≈ −k³x/8 for other parameters, and
  /// the rationals (hardsigmoid(3·2^-8) = 1/2 + 2^-9 is a midpoint exactly: a tie).
  /// float16 escapes: its subnormals start at 2^-24, so where x/2 or x/8 is a midpoint
  /// the next term is at least 2^-46 of the value, which the double shows.
  /// The cure, in order: (1) v with its 2^-49 bound; (2) the exact form of
  /// ExactForm+Catalogue.swift: leading part exact, compared with the midpoint exactly,
  /// the tail deciding the side (so true ties go to even, near ties to their side);
  /// (3) for S, S', S'' at k = 1, x0 = 0 (and S(±x), S'(x) in softplus and logsigmoid),
  /// the multi-precision kernel, which doubles its precision until the rounding is
  /// decided; (4) otherwise v's own rounding, reported as undecided.
  func exactRounding(_ order: DerivativeOrder, at x: Double) -> (value: Double, decision: ExactDecision) {
    let f = spec.function, p = spec.parameters
    let v = f[order, x, p]
    if format.significandBits == 53 { return (v, .catalogue) }
    let first = format.rounded(estimate: Float80(v), relativeError: Self.catalogueError)
    if first.decided || !x.isFinite { return (first.value, .catalogue) }
    if let form = ExactForm.of(spec, order, at: x), let r = form.rounded(in: format) {
      return (r, .exactForm)
    }
    if let r = accurateLogistic(order, at: x) { return (r, .accurateSigmoid) }
    return (first.value, .undecided)
  }

  /// The logistic values the multi-precision kernel computes directly (k = 1, x0 = 0,
  /// β = 1), correctly rounded to the format; nil for other functions or parameters.
  func accurateLogistic(_ order: DerivativeOrder, at x: Double) -> Double? {
    guard x != 0, x.magnitude <= 746 else { return nil }
    let grid = RoundingFormat(precision: format.significandBits,
                              leastExponent: format.minExponent - format.significandBits + 1)
    let p = spec.parameters
    let kernel: (SigmoidKind, Double, Double)?  // what, where, sign
    switch (spec.function.names.commandLine, order) {
    case ("sigmoid", _) where p[0] == 1 && p[1] == 0:
      kernel = ([.sigmoid, .derivative, .secondDerivative][order.rawValue], x, 1)
    case ("softplus", .first) where p[0] == 1: kernel = (.sigmoid, x, 1)
    case ("softplus", .second) where p[0] == 1: kernel = (.derivative, x, 1)
    case ("logsigmoid", .first): kernel = (.sigmoid, -x, 1)
    case ("logsigmoid", .second): kernel = (.derivative, x, -1)
    default: kernel = nil
    }
    guard let (kind, at, sign) = kernel else { return nil }
    return sign * SigmoidAccurate.value(kind, at: at, format: grid)
  }
}
