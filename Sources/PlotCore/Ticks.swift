// Major ticks for one axis: where they go (1-2-5 steps sized from the axis length in pixels)
// and what they say. Not the drawing of ticks, grid lines or labels (PlotRender does that).

import Glibc

/// One major tick.
public struct Tick: Hashable, Sendable {
  /// Data value: the double nearest to the exact decimal the label names.
  public var value: Double
  /// Position along the axis in device pixels (x for a horizontal axis, y-down for a
  /// vertical one), from the viewport's mapping.
  public var pixel: Double
  /// Text to draw. With an offset (see ``AxisTicks/offsetLabel``) it is relative.
  public var label: String
}

/// The major ticks of one axis, strictly increasing in value, all inside the visible range.
public struct AxisTicks: Hashable, Sendable {
  public var ticks: [Tick]
  /// Set when the view is so narrow, far from zero, that full labels would need more
  /// than 6 significant digits: e.g. "+20" or "-700". Then each tick's value is
  /// offset + (its label) — as in matplotlib's offset text — and the axis shows this
  /// string once, near its end.
  public var offsetLabel: String?

  /// No ticks: what a NaN, infinite or empty range gets.
  public static let empty = AxisTicks(ticks: [], offsetLabel: nil)
}

/// Chooses major ticks: 1, 2 or 5 × 10^k apart, about one per `targetSpacing` pixels.
public enum TickLocator {
  /// Most ticks one axis gets, whatever its length.
  public static let maxCount = 50
  /// Labels longer than this many significant digits switch the axis to offset form.
  public static let maxLabelDigits = 6

  /// Ticks for the visible range `min...max` of an axis `lengthInPixels` long under
  /// `scale`, about `targetSpacing` device pixels apart (100 suits x, 60 suits y). `pixel`
  /// maps a value (data x or y on a linear axis, u under log and logit) to its
  /// device-pixel position along the axis. The range is checked here, once for every
  /// scale: see ``linearTicks(min:max:target:withTwoAndAHalf:pixel:)``,
  /// ``logTicks(uMin:uMax:target:pixelForU:)`` and
  /// ``logitTicks(uMin:uMax:target:lengthInPixels:targetSpacing:pixelForU:)`` for each
  /// scale's ticks.
  ///
  /// At least 2 ticks for any range a ``Viewport`` allows, at most ``maxCount``; empty
  /// only for a NaN, infinite or empty range. `withTwoAndAHalf` adds 2.5 × 10^k to the
  /// linear steps (matplotlib's MaxNLocator steps 1, 2, 2.5, 5, 10, for the seed's
  /// figure: −10, −7.5, ..., 10).
  public static func ticks(
    _ scale: YScale, min: Double, max: Double, lengthInPixels: Double, targetSpacing: Double,
    withTwoAndAHalf: Bool = false, pixel: (Double) -> Double
  ) -> AxisTicks {
    guard let target = targetCount(min, max, lengthInPixels: lengthInPixels,
                                   targetSpacing: targetSpacing) else { return .empty }
    switch scale {
    case .linear:
      return linearTicks(min: min, max: max, target: target, withTwoAndAHalf: withTwoAndAHalf,
                         pixel: pixel)
    case .log: return logTicks(uMin: min, uMax: max, target: target, pixelForU: pixel)
    case .logMagnitude:
      return logMagnitudeTicks(uMin: min, uMax: max, target: target, pixelForU: pixel)
    case .logit:
      return logitTicks(uMin: min, uMax: max, target: target, lengthInPixels: lengthInPixels,
                        targetSpacing: targetSpacing, pixelForU: pixel)
    }
  }

  /// 1-2-5 ticks for the checked interval `min...max`, about `target` of them.
  static func linearTicks(min: Double, max: Double, target: Double, withTwoAndAHalf: Bool = false,
                          pixel: (Double) -> Double) -> AxisTicks {
    let span = max - min
    var step = NiceStep(atLeast: span / target)
    if withTwoAndAHalf, step.mantissa == 5,
      NiceStep(mantissa: 25, exponent: step.exponent - 1).value >= span / target {
      step = NiceStep(mantissa: 25, exponent: step.exponent - 1)
    }
    var significands = multiples(of: step, from: min, to: max)
    // The rounded-up step can leave a single tick in a short interval; halve-ish until
    // two fit (a step <= span / 2 always fits two). Bounded: each try shrinks the step.
    for _ in 0..<8 where significands.count < 2 {
      step = step.smaller
      significands = multiples(of: step, from: min, to: max)
    }
    return labelled(significands, exponent: step.exponent, pixel: pixel)
  }

  /// The target count for ticks over `low...high` (see below), or nil when that range
  /// is NaN, infinite or empty: then every axis kind draws no ticks.
  static func targetCount(_ low: Double, _ high: Double, lengthInPixels: Double,
                          targetSpacing: Double) -> Double? {
    let span = high - low
    guard low.isFinite, high.isFinite, span > 0, span.isFinite else { return nil }
    return targetCount(lengthInPixels: lengthInPixels, targetSpacing: targetSpacing)
  }

  /// About how many ticks an axis `lengthInPixels` long gets at `targetSpacing` apart:
  /// at least 2, at most ``maxCount`` - 10.
  static func targetCount(lengthInPixels: Double, targetSpacing: Double) -> Double {
    let spacing = targetSpacing.isFinite && targetSpacing > 0 ? targetSpacing : 100
    let length = lengthInPixels.isFinite && lengthInPixels > 0 ? lengthInPixels : spacing
    return Swift.min(Swift.max(length / spacing, 2), Double(maxCount - 10))
  }

  /// The significands K (tick value K·10^e) of the multiples of `step` in `min...max`.
  static func multiples(of step: NiceStep, from min: Double, to max: Double) -> [Int64] {
    let s = step.value
    // Rounded division can be one off either way; the range check below decides.
    let lo = (min / s).rounded(.up) - 1
    let hi = (max / s).rounded(.down) + 1
    guard let kLo = Int64(exactly: lo), let kHi = Int64(exactly: hi),
      kLo.magnitude < 1 << 60, kHi.magnitude < 1 << 60, kHi - kLo <= Int64(maxCount) + 2
    else { return [] }
    var result: [Int64] = []
    result.reserveCapacity(Int(kHi - kLo) + 1)
    for k in kLo...kHi {
      let v = TickLabelFormatter.value(significand: k * step.mantissa, exponent: step.exponent)
      if v >= min && v <= max { result.append(k * step.mantissa) }
    }
    return result
  }

  /// Ticks for significands `ks` at `exponent`, with labels in one style for the axis,
  /// switching to offset form when full labels would be too long to tell apart at a glance.
  static func labelled(_ ks: [Int64], exponent e: Int, pixel: (Double) -> Double) -> AxisTicks {
    labelled(ks, exponent: e, labelShift: 0) { k, e in
      let value = TickLabelFormatter.value(significand: k, exponent: e)
      return (value, pixel(value))
    }
  }

  /// Ticks for significands `ks` at `exponent`, labelled as K·10^(e + labelShift): the
  /// log axis labels mantissa ticks this way, so 2.5 in the decade 10^-400 reads
  /// "2.5e-400" with no double ever holding it. `place(K, e)` gives each tick's value and
  /// pixel.
  static func labelled(
    _ ks: [Int64], exponent e: Int, labelShift: Int,
    place: (Int64, Int) -> (value: Double, pixel: Double)
  ) -> AxisTicks {
    guard let first = ks.first, let last = ks.last else {
      return .empty
    }
    let le = e + labelShift
    let widest = Swift.max(first.magnitude, last.magnitude)
    var offset: Int64 = 0
    var offsetLabel: String?
    if String(widest).count > maxLabelDigits {
      offset = roundOffset(first: first, last: last)
      let lead = TickLabelFormatter.leadingExponent(significand: offset, exponent: le)
      let text = TickLabelFormatter.label(
        significand: offset, exponent: le,
        style: TickLabelFormatter.style(forLargestLeadingExponent: lead))
      offsetLabel = offset < 0 ? text : "+" + text
    }
    let largest = Swift.max((first - offset).magnitude, (last - offset).magnitude)
    let style = TickLabelFormatter.style(
      forLargestLeadingExponent: TickLabelFormatter.leadingExponent(
        significand: Int64(largest), exponent: le))
    var ticks: [Tick] = []
    ticks.reserveCapacity(ks.count)
    for k in ks {
      let (value, pixel) = place(k, e)
      let label = TickLabelFormatter.label(significand: k - offset, exponent: le, style: style)
      ticks.append(Tick(value: value, pixel: pixel, label: label))
    }
    return AxisTicks(ticks: ticks, offsetLabel: offsetLabel)
  }
}

extension TickLocator {
  /// The roundest offset (fewest significant digits) for ticks with significands
  /// `first...last` that keeps every relative significand within 10× the ticks' spread
  /// (rounded up to a power of ten), so relative labels stay at most ~3 digits longer
  /// than the spread needs: ticks 20.0000000000...20.000000001 get "+20", not
  /// "+20.0000000005".
  static func roundOffset(first: Int64, last: Int64) -> Int64 {
    var unit: Int64 = 1
    while unit < last - first { unit *= 10 }
    let limit = 10 * unit
    let middle = Double(first / 2 + last / 2)
    var best = (middle / Double(unit)).rounded().asInt64 * unit
    var power = unit
    while power <= Int64.max / 100 {
      power *= 10
      let candidate = (middle / Double(power)).rounded().asInt64 * power
      if (first - candidate).magnitude <= limit.magnitude
        && (last - candidate).magnitude <= limit.magnitude
      {
        best = candidate
      }
    }
    return best
  }
}

/// A step of mantissa × 10^exponent with mantissa 1, 2 or 5.
struct NiceStep: Equatable {
  var mantissa: Int64
  var exponent: Int

  /// The smallest 1-2-5 step >= `rough` (> 0, finite).
  init(atLeast rough: Double) {
    var e = Int(log10(rough).rounded(.down))
    var m = rough / pow(10, Double(e))
    // log10 and pow are not exact near powers of ten; fix the decade if they slipped.
    if m >= 10 { e += 1; m /= 10 }
    if m < 1 { e -= 1; m *= 10 }
    let slack = 1 + 1e-9  // 2.0000000001 is "2", not "5"
    switch m {
    case ...slack: mantissa = 1
    case ...(2 * slack): mantissa = 2
    case ...(5 * slack): mantissa = 5
    default: mantissa = 1; e += 1
    }
    exponent = e
  }

  init(mantissa: Int64, exponent: Int) {
    self.mantissa = mantissa
    self.exponent = exponent
  }

  /// The step as the nearest double.
  var value: Double { TickLabelFormatter.value(significand: mantissa, exponent: exponent) }

  /// The next 1-2-5 step down: 5 -> 2 -> 1 -> 0.5 (and 2.5 -> 2).
  var smaller: NiceStep {
    switch mantissa {
    case 5: return NiceStep(mantissa: 2, exponent: exponent)
    case 25: return NiceStep(mantissa: 2, exponent: exponent + 1)
    case 2: return NiceStep(mantissa: 1, exponent: exponent)
    default: return NiceStep(mantissa: 5, exponent: exponent - 1)
    }
  }
}

extension Double {
  /// This (already integral, |x| < 2^62) value as an Int64; 0 if it is not representable.
  fileprivate var asInt64: Int64 { Int64(exactly: self) ?? 0 }
}

extension Viewport {
  /// Major ticks along x, about `targetSpacing` device pixels apart (80-120 reads well).
  public func xTicks(targetSpacing: Double = 100, withTwoAndAHalf: Bool = false) -> AxisTicks {
    TickLocator.ticks(
      .linear, min: x.min, max: x.max, lengthInPixels: plot.width, targetSpacing: targetSpacing,
      withTwoAndAHalf: withTwoAndAHalf, pixel: { pixelX(forX: $0) })
  }

  /// Major ticks along y, about `targetSpacing` device pixels apart (50-80 reads well),
  /// in the style of the y scale (see ``TickLocator/ticks(_:min:max:lengthInPixels:targetSpacing:withTwoAndAHalf:pixel:)``).
  /// Tick pixels are y-down, so they decrease as values increase. Under log and logit a
  /// tick's `value` is the data y as a double (0 or 1 where y is beyond the doubles);
  /// its pixel and label come from u and are exact.
  public func yTicks(targetSpacing: Double = 60) -> AxisTicks {
    TickLocator.ticks(
      yAxisScale, min: y.min, max: y.max, lengthInPixels: plot.height,
      targetSpacing: targetSpacing, pixel: { pixelY(forU: $0) })
  }
}
