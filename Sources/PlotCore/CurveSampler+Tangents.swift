// The sampler's tangent blocks: at zooms so deep that a family's cheap estimate is too
// coarse to draw (GELU at 10^7 px per unit), its drawn column edges come from the tangent
// line at the middle of a block of columns, exact value and slope there, instead of the
// exact double-double evaluation at every column: within 1/1024 px of the exact values,
// as a drawn estimate must be (PlotFunction.estimateDraws).

/// The tangent line of one block of columns: f^(order)(c) + f^(order+1)(c)·(x − c) over
/// [lo, hi], c its middle, usable where ``usable`` (its proven error is under the drawn
/// slack).
///
/// Error, data units, at x in [lo, hi], d = max |x − c|, M = the family's bend bound
/// over the block (sup |f^(order+2)|): the tangent is within M·d²/2 of the true curve
/// (Taylor's remainder); the exact f(c) and f'(c) the line starts from are within 2^-48
/// relative plus 2^-90 of the true ones (every family that draws estimates is within a
/// few ulps: the same allowance as FlatColumns'), which moves the line by at most
/// 2^-48·(|f(c)| + |f'(c)|·d) + 2^-90; the exact value at x that a drawn point is
/// measured against is within 2^-48·(|f(c)| + |f'(c)|·d + M·d²/2) + 2^-90 of the true
/// one; and the line's three roundings (x − c, the product, the sum) cost at most
/// 2^-51·(|f(c)| + 2·|f'(c)|·d). Times yScale, plus 1e-6 px for the pixel mapping: used
/// only where that is at most ``CurveSampler/drawnEstimateSlack``.
struct TangentBlock {
  var lo = Double.infinity
  var hi = -Double.infinity
  var c = 0.0
  var value = 0.0
  var slope = 0.0
  var usable = false
}

extension Walk {
  /// The column edge at x (the column's right edge at pixel `px`) as the walk draws it:
  /// ``CurveMapping/drawn(_:)``, but where that would take the exact value of a family
  /// that draws estimates, the tangent line of the block x is in, if usable.
  @inline(__always) mutating func drawnEdge(_ x: Double, atPixel px: Double) -> CurveSample {
    guard map.drawsEstimates, map.order != .second else { return map.drawn(x) }
    if x >= tangent.lo && x <= tangent.hi {
      // In a block whose line is too coarse: as without blocks, until the next one.
      return tangent.usable ? tangentSample(x) : map.drawn(x)
    }
    let s = map.probe(x)
    if s.slack == 0 { return s }
    startTangentBlock(x, atPixel: px)
    return tangent.usable ? tangentSample(x) : map.sample(x)
  }

  /// The tangent line's point at x, mapped like any sample.
  @inline(__always) private func tangentSample(_ x: Double) -> CurveSample {
    let y = tangent.value + tangent.slope * (x - tangent.c)
    return CurveSample(x: x, p: Point(map.viewport.pixelX(forX: x), map.pixelY(y)), slack: 0)
  }

  /// The block from x to the data x ``FlatColumns/blockColumns`` pixels past `px`, its
  /// tangent line and whether its error bound allows drawing it.
  @inline(never) private mutating func startTangentBlock(_ x: Double, atPixel px: Double) {
    let f = map.function, p = map.parameters, vp = map.viewport
    let lo = x, hi = Swift.max(x, vp.x(forPixelX: px + FlatColumns.blockColumns))
    let c = lo + (hi - lo) / 2
    let next: DerivativeOrder = map.order == .value ? .first : .second
    let value = f.value(map.order, at: c, p), slope = f.value(next, at: c, p)
    let d = Swift.max(c - lo, hi - c) * (1 + 0x1p-40)
    let bend = f.bendBound(map.order, over: lo, hi, p) * d * d / 2
    let line = value.magnitude + slope.magnitude * d
    let error = bend + 0x1p-48 * (2 * line + bend) + 0x1p-51 * (line + slope.magnitude * d)
      + 2 * 0x1p-90
    let pixels = error * vp.yScale + 1e-6
    tangent = TangentBlock(lo: lo, hi: hi, c: c, value: value, slope: slope,
                           usable: pixels <= CurveSampler.drawnEstimateSlack)
  }
}
