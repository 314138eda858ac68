// How the `exact` formula decides each rounding to the format: the catalogue's double
// where its error cannot reach a midpoint, an exact form where it can, the sigmoid's
// multi-precision kernel for the logistic functions, and for everything left (float32's
// rare near-midpoints, every float64 value) the function's ball expression in Ziv's
// loop: correctly rounded in every format, proven by construction.

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
    /// The function's ball expression in Ziv's loop (``CatalogueBall``, ZivRounding.swift):
    /// a rigorous enclosure whose two ends round alike, correct by construction.
    case multiprecision
    /// Nothing decided it: past Ziv's precision cap (2^15 bits; no double x is known to
    /// get there), the last ball's midpoint rounded. The tests check that no input of
    /// any function, order or format lands here.
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
  /// decided; (4) the function's ball expression (CatalogueBall.swift) in Ziv's loop,
  /// which decides everything else. float64 skips (1) and (2): a double within 2 ulps
  /// decides no float64 rounding, and ExactForm compares with midpoints held as doubles,
  /// which float64's are not; the balls are exact for the rational values that can be
  /// float64 midpoints (s·x of leaky ReLU, (x + 3)/6 of hardsigmoid, x(x + 3)/6), so
  /// their ties go to even too. Slow for float64 (every value takes the balls: tens to
  /// hundreds of microseconds): drawing paths use ``drawingValues(atFormatValue:)``.
  func exactRounding(_ order: DerivativeOrder, at x: Double) -> (value: Double, decision: ExactDecision) {
    let f = spec.function, p = spec.parameters
    let v = f[order, x, p]
    if !x.isFinite || v.isNaN { return (format.rounded(v), .catalogue) }  // the limits, exact
    if format.significandBits < 53 {
      let first = format.rounded(estimate: Float80(v), relativeError: Self.catalogueError)
      if first.decided { return (first.value, .catalogue) }
      if let form = ExactForm.of(spec, order, at: x), let r = form.rounded(in: format) {
        return (r, .exactForm)
      }
    }
    if let r = accurateLogistic(order, at: x) { return (r, .accurateSigmoid) }
    return multiprecisionRounding(order, at: x, catalogue: v)
  }

  /// Step (4): the function's ball expression (CatalogueBall.swift) in Ziv's loop. A
  /// zero takes the catalogue double's sign (the formula's, as the catalogue defines it).
  func multiprecisionRounding(_ order: DerivativeOrder, at x: Double, catalogue v: Double)
    -> (value: Double, decision: ExactDecision)
  {
    let name = spec.function.names.commandLine, p = spec.parameters
    var known = true
    let (r, decided) = ZivRounding.rounded(in: format) { bits in
      guard let ball = CatalogueBall(bits: bits).value(name, order, x: x, p) else {
        known = false
        return Ball(v)  // not a catalogue function: the double, as it is
      }
      return ball
    }
    let value = r == 0 ? (v.sign == .minus ? -0.0 : 0.0) : r
    return (value, decided && known ? .multiprecision : .undecided)
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
