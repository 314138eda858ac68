// One axis's visible interval and the limits that keep it usable at every zoom. For y the
// interval is in the scale's u (YScale). Knows nothing about pixels except how many the
// axis spans (the deep-zoom limit needs it).

/// A visible data interval `min < max` on one axis, always within the zoom and pan limits.
///
/// Limits (each keeps every later computation finite and distinct):
/// - Narrowest: `span >= minSpan(magnitude:pixels:)`, i.e. at least ``ulpsPerPixel``
///   doubles per pixel at the interval's largest magnitude, and never below
///   ``minSpanFloor`` near zero, so per-pixel steps stay normal numbers. (Rounding the
///   ends may leave the span up to 2 ulps of the ends short of that.)
/// - Widest: `span <= maxSpan`.
/// - Centre: `|centre| <= maxCenterMagnitude`, so `min`, `max` and the span never overflow.
///
/// Operations that would break a limit are clamped to it; NaN or infinite input gives nil
/// (callers keep their old value).
///
/// The constants above are the linear axis's; a log or logit y axis passes
/// ``Limits/scaled`` (u within ±1e5, see there) to every operation.
public struct AxisRange: Hashable, Sendable {
  /// The limits one axis obeys: data x and linear y use ``linear``, log and logit y (whose
  /// u is a log10) use ``scaled``.
  public struct Limits: Hashable, Sendable {
    /// Widest span, axis units.
    public var maxSpan: Double
    /// Largest |centre|, axis units.
    public var maxCenterMagnitude: Double
    /// Smallest span anywhere, axis units.
    public var minSpanFloor: Double
    /// The narrowest span is computed as if values were at least this large. 1 for the
    /// scaled axes: u is a log10, so a u step of 4 ulps of 1 per pixel (8.9e-16) is already
    /// about 9 ulps of y per pixel; a finer u step would show nothing y could tell apart.
    public var minMagnitude: Double

    /// Data x and linear y: the type's constants.
    public static let linear = Limits(
      maxSpan: AxisRange.maxSpan, maxCenterMagnitude: AxisRange.maxCenterMagnitude,
      minSpanFloor: AxisRange.minSpanFloor, minMagnitude: 0)
    /// u of a log or logit y axis: within [-1e5, 1e5] (y from 1e-100000 to 1e100000,
    /// or 1e-100000 to 1 - 1e-100000 under logit). Far beyond the doubles (u ≈ ±308) and
    /// beyond every curve's interesting range, while tick decades stay small integers
    /// and u keeps ~1e-11 resolution.
    public static let scaled = Limits(
      maxSpan: 1e5, maxCenterMagnitude: 5e4, minSpanFloor: 1e-300, minMagnitude: 1)

    /// The narrowest span allowed where values reach `magnitude`, for an axis `pixels` long.
    public func minSpan(magnitude: Double, pixels: Double) -> Double {
      let m = magnitude.isFinite ? Swift.max(magnitude.magnitude, minMagnitude) : maxCenterMagnitude
      let n = pixels.isFinite ? Swift.max(pixels, 1) : 1
      return Swift.max(m * 0x1p-52 * n * AxisRange.ulpsPerPixel, minSpanFloor)
    }
  }

  /// Lower end of the visible interval, data units.
  public let min: Double
  /// Upper end of the visible interval, data units; always `> min`.
  public let max: Double

  /// Widest span, data units. 1e12 keeps tick arithmetic in exact integers and the
  /// sigmoid's interesting region (|x| < 40) still findable after a reset.
  public static let maxSpan = 1e12
  /// Largest |centre|, data units. With `maxSpan` this bounds |min|, |max| by ~1e15.
  public static let maxCenterMagnitude = 1e15
  /// Smallest span near zero, data units. Far above the subnormals (2.2e-308), so
  /// `span / pixels` for any realistic pixel count is still a normal number.
  public static let minSpanFloor = 1e-300
  /// Doubles per pixel at the deepest zoom. 4 (not 1) leaves room for the rounding of
  /// `min + i * step` so neighbouring pixel columns still get distinct x values.
  public static let ulpsPerPixel = 4.0

  /// The narrowest span allowed where values reach `magnitude`, for an axis `pixels` long.
  ///
  /// ulp(m) <= m * 2^-52, so this span gives every pixel at least ``ulpsPerPixel`` doubles.
  public static func minSpan(magnitude: Double, pixels: Double) -> Double {
    Limits.linear.minSpan(magnitude: magnitude, pixels: pixels)
  }

  /// The interval `min...max` brought within the limits for an axis `pixels` long,
  /// or nil if either end is NaN or infinite or `min >= max`.
  ///
  /// A too-wide interval shrinks about its centre, a centre out of bounds moves to the
  /// bound, and a too-narrow interval widens about its centre, or about `anchor` when
  /// given (a value inside the interval that must keep its fractional place: the data
  /// point under the pointer of a zoom or pan at the deepest zoom, where one ulp of an end
  /// is a fifth of a pixel and widening about the centre would move it by more than the
  /// quarter pixel the zoom promises).
  public init?(min: Double, max: Double, pixels: Double, limits: Limits = .linear) {
    self.init(min: min, max: max, pixels: pixels, limits: limits, keeping: nil)
  }

  /// ``init(min:max:pixels:limits:)``, widening a too-narrow interval about `anchor`
  /// (when not nil) instead of its centre.
  public init?(min: Double, max: Double, pixels: Double, limits: Limits, keeping anchor: Double?) {
    guard min.isFinite, max.isFinite, min < max else { return nil }
    var lo = min
    var hi = max
    // Halve before adding: min + max can overflow where the centre does not.
    var center = lo / 2 + hi / 2
    var span = hi - lo  // may be +inf for ends near ±Double.greatestFiniteMagnitude
    if !(span <= limits.maxSpan) { span = limits.maxSpan }
    if center.magnitude > limits.maxCenterMagnitude || span != hi - lo {
      center = Swift.min(
        Swift.max(center, -limits.maxCenterMagnitude), limits.maxCenterMagnitude)
      lo = center - span / 2
      hi = center + span / 2
    }
    let narrowest = limits.minSpan(
      magnitude: Swift.max(lo.magnitude, hi.magnitude), pixels: pixels)
    if hi - lo < narrowest {
      if let anchor, let w = Self.widened(lo, hi, about: anchor, pixels: pixels, limits: limits) {
        (lo, hi) = w
      } else {
        lo = center - narrowest / 2
        hi = center + narrowest / 2
      }
    }
    self.min = lo
    self.max = hi
  }

  /// `lo...hi` widened to the narrowest span with `anchor` at the same fraction of it, or
  /// nil where the anchor lies outside or the result would break another limit. Aims two
  /// ulps of the ends above the limit, so rounding the new ends cannot leave the span
  /// short of it: the result passes its own check and re-checking it changes nothing.
  private static func widened(
    _ lo: Double, _ hi: Double, about anchor: Double, pixels: Double, limits: Limits
  ) -> (Double, Double)? {
    guard anchor.isFinite, lo <= anchor, anchor <= hi else { return nil }
    let t = (anchor - lo) / (hi - lo)
    let m = Swift.max(lo.magnitude, hi.magnitude)
    let target = limits.minSpan(magnitude: m, pixels: pixels) + 2 * m.ulp
    let newLo = anchor - t * target, newHi = anchor + (1 - t) * target
    guard newLo.isFinite, newHi.isFinite,
      (newLo / 2 + newHi / 2).magnitude <= limits.maxCenterMagnitude,
      newHi - newLo >= limits.minSpan(
        magnitude: Swift.max(newLo.magnitude, newHi.magnitude), pixels: pixels)
    else { return nil }
    return (newLo, newHi)
  }

  /// `max - min`, data units; always finite and positive.
  @inlinable public var span: Double { max - min }

  /// The interval scaled by `factor` about the data value `anchor`: `factor < 1` zooms in.
  ///
  /// The ends move as `anchor − (anchor − min)·f` and `anchor + (max − anchor)·f`, so
  /// the anchor keeps its fractional position. If the new span would pass a limit, `f`
  /// is reduced to reach the limit exactly; if the span is already at the limit the
  /// interval comes back unchanged. Nil for a NaN, infinite or non-positive factor or a
  /// non-finite anchor.
  public func zoomed(
    by factor: Double, about anchor: Double, pixels: Double, limits: Limits = .linear
  ) -> AxisRange? {
    guard factor.isFinite, factor > 0, anchor.isFinite else { return nil }
    if factor == 1 { return self }
    var f = factor
    let s = span
    if f < 1 {
      // The new ends lie within |anchor| + d·f of zero (d: the anchor's farther distance
      // to an end), so s·f >= minSpan(|anchor| + d·f) holds for f >= |anchor|·c / (s − d·c)
      // with c = minSpan per unit magnitude. The smallest such f is the deepest zoom
      // (also >= c·minMagnitude / s, the limit's own floor under a scaled axis).
      let c = Limits.linear.minSpan(magnitude: 1, pixels: pixels)
      let d = Swift.max((anchor - min).magnitude, (max - anchor).magnitude)
      let room = s - d * c
      guard room > 0 else { return self }  // anchor ~1e12 spans away: no sensible zoom
      let deepest = Swift.max(
        anchor.magnitude * c / room, limits.minSpanFloor / s, c * limits.minMagnitude / s)
      // Within rounding of the limit already: stay put rather than creep by an ulp.
      if deepest > 1 - 1e-9 { return self }
      f = Swift.max(f, deepest)
    } else {
      if s >= limits.maxSpan { return self }
      f = Swift.min(f, limits.maxSpan / s)
    }
    let lo = anchor - (anchor - min) * f
    let hi = anchor + (max - anchor) * f
    // Rounding the ends can leave the span an ulp or two short of the limit: it is
    // widened about the anchor, not the centre, which at this depth (a fifth of a pixel
    // an ulp) would move the anchor off its pixel.
    guard let r = AxisRange(min: lo, max: hi, pixels: pixels, limits: limits, keeping: anchor)
    else { return nil }
    // At the limit already, up to that rounding: stay put rather than creep by ulps.
    if f < 1 && r.span >= s - 4 * Swift.max(r.min.magnitude, r.max.magnitude).ulp { return self }
    return r
  }

  /// The interval moved by `delta` data units, stopping where the centre meets its bound.
  /// Nil for a NaN or infinite delta.
  public func shifted(by delta: Double, pixels: Double, limits: Limits = .linear)
    -> AxisRange?
  {
    guard delta.isFinite else { return nil }
    if delta == 0 { return self }
    let center = min / 2 + max / 2
    let bound = limits.maxCenterMagnitude
    let allowed = Swift.min(Swift.max(delta, -bound - center), bound - center)
    return AxisRange(min: min + allowed, max: max + allowed, pixels: pixels, limits: limits)
  }

  /// The same interval re-checked for an axis now `pixels` long (a resize can raise the
  /// narrowest-span limit). Never nil: the current ends are already finite and ordered.
  public func resized(pixels: Double, limits: Limits = .linear) -> AxisRange {
    AxisRange(min: min, max: max, pixels: pixels, limits: limits) ?? self
  }
}
