// Major ticks for a log or logit y axis: powers of ten (1e-300 … or 0.01, 1, 100) and
// 0.5, 1e-k, 1-1e-k, with 1-2-5 or in-decade fallbacks when the range is narrow.
// Positions and labels come from u (integers and exact decimals), never from a y double.
// Comments write labels in ASCII; the labels themselves use the minus sign U+2212
// (TickLabelFormatter.minus), "1e−5" and "1−1e−6".

import Glibc

extension TickLocator {
  /// Ticks for a log axis showing u = log10 y in the checked range `uMin...uMax`, about
  /// `target` of them; `pixelForU` maps u to the device-pixel position.
  ///
  /// In order of preference, the first that gives at least 2 ticks and about a third of
  /// the target count (one per `targetSpacing` px):
  /// 1. powers of ten every 1, 2, 5, 10, 20 … decades: "1e-300", "1e-290" …; labels in
  ///    fixed style ("0.001", "1", "1000") when every decade is within 1e-4 … 1e5, else
  ///    all scientific ("1e-8", "1e0"), as on a linear axis;
  /// 2. 1, 2 and 5 times each power of ten (ranges up to a few decades);
  /// 3. linear 1-2-5 steps of the mantissa within the bottom decade (less than a decade
  ///    shown): "2.5e-400", "3e-400", or offset form ("+1e-400" and relative labels)
  ///    when the range is so narrow that full labels would exceed 6 digits.
  /// Labels are built from integers, so "1e-320" is exact even though the double 1e-320 is
  /// subnormal, and "1e-400" although it is 0 as a double. At least 2 ticks for any
  /// range a log ``Viewport`` allows; empty only for a NaN, infinite or empty range.
  static func logTicks(uMin: Double, uMax: Double, target: Double,
                       pixelForU: (Double) -> Double) -> AxisTicks {
    let span = uMax - uMin
    let enough = Swift.max(2, target / 3)
    let decades = decadeTicks(uMin: uMin, uMax: uMax, target: target, pixelForU: pixelForU)
    if Double(decades.ticks.count) >= enough { return decades }
    // 1-2-5 only where it stays within about 1.5x the target (a few decades at most).
    if span <= 3 * target {
      let oneTwoFive = oneTwoFiveTicks(uMin: uMin, uMax: uMax, pixelForU: pixelForU)
      let n = Double(oneTwoFive.ticks.count)
      if n >= enough && n <= 1.5 * target + 1 { return oneTwoFive }
    }
    if decades.ticks.count >= 2 || span >= 2 { return decades }
    return inDecadeTicks(uMin: uMin, uMax: uMax, target: target, pixelForU: pixelForU)
  }

  /// Powers of ten every 1-2-5 × 10^k decades (at least 1), at least 2 when the range
  /// spans 2 decades or more.
  static func decadeTicks(
    uMin: Double, uMax: Double, target: Double, pixelForU: (Double) -> Double
  ) -> AxisTicks {
    var step = NiceStep(atLeast: Swift.max((uMax - uMin) / target, 1))
    var ks = multiples(of: step, from: uMin, to: uMax)
    for _ in 0..<8 where ks.count < 2 && step.value > 1 {
      step = step.smaller
      ks = multiples(of: step, from: uMin, to: uMax)
    }
    // step >= 1 so its exponent is >= 0, and |decade| <= ~1e5 by the scaled limits.
    let unit = Int64(TickLabelFormatter.value(significand: 1, exponent: step.exponent))
    let decades = ks.map { Int($0 * unit) }
    let style: TickLabelFormatter.Style =
      decades.allSatisfy { (-4...5).contains($0) } ? .fixed : .scientific
    return AxisTicks(
      ticks: decades.map { d in
        Tick(
          value: TickLabelFormatter.value(significand: 1, exponent: d),
          pixel: pixelForU(Double(d)),
          label: TickLabelFormatter.label(significand: 1, exponent: d, style: style))
      }, offsetLabel: nil)
  }

  /// 1, 2 and 5 × 10^d inside the range.
  static func oneTwoFiveTicks(uMin: Double, uMax: Double, pixelForU: (Double) -> Double)
    -> AxisTicks
  {
    var found: [(m: Int64, d: Int, u: Double)] = []
    let first = Int(uMin.rounded(.down))
    let last = Int(uMax.rounded(.down))
    guard first <= last, last - first <= maxCount else { return .empty }
    for d in first...last {
      for m: Int64 in [1, 2, 5] {
        let u = Double(d) + log10(Double(m))
        if u >= uMin && u <= uMax { found.append((m, d, u)) }
      }
    }
    let style: TickLabelFormatter.Style =
      found.allSatisfy { (-4...5).contains($0.d) } ? .fixed : .scientific
    return AxisTicks(
      ticks: found.map { t in
        Tick(
          value: TickLabelFormatter.value(significand: t.m, exponent: t.d),
          pixel: pixelForU(t.u),
          label: TickLabelFormatter.label(significand: t.m, exponent: t.d, style: style))
      }, offsetLabel: nil)
  }

  /// Linear 1-2-5 ticks of the mantissa m = y / 10^k within the bottom decade k, placed at
  /// u = k + log10(m): for ranges under two decades, down to the narrowest the limits allow.
  static func inDecadeTicks(
    uMin: Double, uMax: Double, target: Double, pixelForU: (Double) -> Double
  ) -> AxisTicks {
    let k = uMin.rounded(.down)
    // uMin - k and uMax - k are exact (Sterbenz); the mantissas lie in [1, 100).
    let mLo = pow(10, uMin - k)
    let mHi = pow(10, uMax - k)
    guard mHi > mLo else { return .empty }
    func u(_ significand: Int64, _ e: Int) -> Double {
      k + log10(TickLabelFormatter.value(significand: significand, exponent: e))
    }
    var step = NiceStep(atLeast: (mHi - mLo) / target)
    var ks: [Int64] = []
    for _ in 0..<10 {
      // Keep only ticks whose own u (with its rounding) is inside: pow and log10 each
      // round, so a multiple at the very end of [mLo, mHi] may map just outside.
      ks = multiples(of: step, from: mLo, to: mHi).filter {
        let v = u($0, step.exponent)
        return v >= uMin && v <= uMax
      }
      if ks.count >= 2 { break }
      step = step.smaller
    }
    return labelled(ks, exponent: step.exponent, labelShift: Int(k)) { K, e in
      (TickLabelFormatter.value(significand: K, exponent: e + Int(k)), pixelForU(u(K, e)))
    }
  }
}

extension TickLocator {
  /// Ticks for a logit axis showing u = log10(y / (1 - y)) in the checked range
  /// `uMin...uMax`, about `target` of them.
  ///
  /// Main form (matplotlib's): 0.5 and the tick index j ≠ 0 at y = 10^j below it and
  /// y = 1 - 10^-j above, every 1-2-5 × 10^k indices: "0.001", "0.01", "0.1", "0.5",
  /// "0.9", "0.99", "0.999" while every |j| <= 4, else all scientific: "1e-6", "0.5",
  /// "1-1e-6". When that gives too few ticks, the side of 0.5 the range starts on is
  /// ticked like a log axis in y (below 0.5) or in 1 - y (above, labelled "0.988" or
  /// "1-2.5e-20", with offset text "1-1e-20" when relative labels are needed).
  /// The tail form ticks its side again over the whole axis, hence `lengthInPixels` and
  /// `targetSpacing` beside the `target` they gave.
  static func logitTicks(
    uMin: Double, uMax: Double, target: Double, lengthInPixels: Double, targetSpacing: Double,
    pixelForU: (Double) -> Double
  ) -> AxisTicks {
    let main = logitIndexTicks(uMin: uMin, uMax: uMax, target: target, pixelForU: pixelForU)
    if Double(main.ticks.count) >= Swift.max(2, target / 3) { return main }
    // Straddling 0.5 the main form stays symmetric; a wide one-sided range can do better.
    if main.ticks.count >= 2 && uMin < 0 && uMax > 0 { return main }
    let tail = logitTailTicks(
      uMin: uMin, uMax: uMax, lengthInPixels: lengthInPixels, targetSpacing: targetSpacing,
      pixelForU: pixelForU)
    if tail.ticks.count >= Swift.max(2, main.ticks.count) { return tail }
    return main
  }

  /// u of the logit tick index j: 0 at 0.5, log10 odds of 10^j (j < 0) or 1 - 10^-j (j > 0).
  static func logitU(index j: Int) -> Double {
    if j == 0 { return 0 }
    let a = Double(j.magnitude)
    // log10(q / (1 - q)) for q = 10^-a is -a - log10(1 - 10^-a); log1p keeps it exact.
    let u = a + log1p(-pow(10, -a)) * YScale.log10e
    return j < 0 ? -u : u
  }

  /// 0.5, 10^j and 1 - 10^-j at indices that are multiples of a 1-2-5 step >= 1.
  static func logitIndexTicks(
    uMin: Double, uMax: Double, target: Double, pixelForU: (Double) -> Double
  ) -> AxisTicks {
    // |u(j)| lies within 0.05 of |j| for |j| >= 1, so the indices lie in this range.
    let lo = Int(uMin.rounded(.down)) - 1
    let hi = Int(uMax.rounded(.up)) + 1
    var step = NiceStep(atLeast: Swift.max((uMax - uMin) / target, 1))
    var js: [Int] = []
    for _ in 0..<8 {
      let s = Int(step.value)
      js = []
      var j = Int((Double(lo) / Double(s)).rounded(.down)) * s
      while j <= hi && js.count <= maxCount {
        let u = logitU(index: j)
        if u >= uMin && u <= uMax { js.append(j) }
        j += s
      }
      if js.count >= 2 || step.value <= 1 { break }
      step = step.smaller
    }
    let fixed = js.allSatisfy { $0.magnitude <= 4 }
    return AxisTicks(
      ticks: js.map { j in
        Tick(value: logitValue(index: j), pixel: pixelForU(logitU(index: j)),
          label: logitLabel(index: j, fixed: fixed))
      }, offsetLabel: nil)
  }

  /// The double nearest 10^j, 0.5 or 1 - 10^-j.
  static func logitValue(index j: Int) -> Double {
    if j == 0 { return 0.5 }
    let q = TickLabelFormatter.value(significand: 1, exponent: -Int(j.magnitude))
    return j < 0 ? q : 1 - q
  }

  /// "0.5"; "0.001" / "0.999" in fixed style; "1e-6" / "1-1e-6" in scientific.
  static func logitLabel(index j: Int, fixed: Bool) -> String {
    if j == 0 { return "0.5" }
    let e = -Int(j.magnitude)
    if fixed {
      if j < 0 { return TickLabelFormatter.label(significand: 1, exponent: e, style: .fixed) }
      // 1 - 10^-j = (10^j - 1)·10^-j, exact in Int64 for j <= 4.
      let nines = Int64(TickLabelFormatter.value(significand: 1, exponent: -e)) - 1
      return TickLabelFormatter.label(significand: nines, exponent: e, style: .fixed)
    }
    let q = TickLabelFormatter.label(significand: 1, exponent: e, style: .scientific)
    return j < 0 ? q : "1" + TickLabelFormatter.minus + q
  }

  /// The range's lower side ticked as a log axis of y (uMin < 0), or its upper side as a
  /// log axis of 1 - y (uMin >= 0), mapped back to u.
  static func logitTailTicks(
    uMin: Double, uMax: Double, lengthInPixels: Double, targetSpacing: Double,
    pixelForU: (Double) -> Double
  ) -> AxisTicks {
    // v(u) = log10 y for y = 1 / (1 + 10^-u), and its inverse, both without overflow or
    // cancellation for the u they get here (v < 0).
    func v(_ u: Double) -> Double {
      u < 0 ? u - log1p(pow(10, u)) * YScale.log10e : -log1p(pow(10, -u)) * YScale.log10e
    }
    func uOfV(_ v: Double) -> Double { v - log1p(-pow(10, v)) * YScale.log10e }
    let lower = uMin < 0
    // 1 - y at u is y at -u, so the upper side is the lower side mirrored.
    let t = ticks(
      .log, min: lower ? v(uMin) : v(-uMax), max: lower ? v(uMax) : v(-uMin),
      lengthInPixels: lengthInPixels, targetSpacing: targetSpacing,
      pixel: { pixelForU(lower ? uOfV($0) : -uOfV($0)) })
    // Rounding in v and its inverse may put an end tick a hair outside: drop it.
    let a = pixelForU(uMin)
    let b = pixelForU(uMax)
    let inside = { (p: Double) in p >= Swift.min(a, b) && p <= Swift.max(a, b) }
    if lower {
      return AxisTicks(ticks: t.ticks.filter { inside($0.pixel) }, offsetLabel: t.offsetLabel)
    }
    let relative = t.offsetLabel != nil
    let ticks = t.ticks.reversed().filter { inside($0.pixel) }.map { tick in
      Tick(value: 1 - tick.value, pixel: tick.pixel,
        label: relative ? negatedLabel(tick.label) : complementLabel(tick.label))
    }
    let offset = t.offsetLabel.map {
      "1" + TickLabelFormatter.minus + ($0.hasPrefix("+") ? String($0.dropFirst()) : $0)
    }
    return AxisTicks(ticks: ticks, offsetLabel: offset)
  }

  /// "1 - c" for a positive label c: "0.012" gives "0.988" (exact decimal complement),
  /// "2.5e-20" gives "1-2.5e-20".
  static func complementLabel(_ c: String) -> String {
    guard !c.contains("e"), c.hasPrefix("0."), c.count - 2 <= 18,
      let digits = Int64(c.dropFirst(2))
    else { return "1" + TickLabelFormatter.minus + c }
    let places = c.count - 2
    let one = Int64(TickLabelFormatter.value(significand: 1, exponent: places))
    return TickLabelFormatter.label(significand: one - digits, exponent: -places, style: .fixed)
  }

  /// The label of the negated value: "2e-26" → "-2e-26", "-3" → "3", "0" stays.
  static func negatedLabel(_ s: String) -> String {
    if s == "0" { return s }
    let minus = TickLabelFormatter.minus
    return s.hasPrefix(minus) ? String(s.dropFirst()) : minus + s
  }
}
