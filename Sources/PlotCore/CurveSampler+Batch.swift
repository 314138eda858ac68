// A frame's curves sampled in one call: the cache is consulted for each in order, exactly
// as one call per curve would, with the same hits, misses and evictions.
//
// Sampling the misses on several threads (DispatchQueue.concurrentPerform) was tried and
// left out: once a curve off the plot is crossed in a few evaluations
// (CurveSampler+OffBand.swift), a zoom re-samples one heavy curve and several light ones,
// and waking workers cost more than it saved (the zoom sampled slower, measured on a
// shared 2-core machine); a full test run with it also crashed once in the heap, which
// was not explained in the time there was. One thread keeps it simple and certain.

extension CurveSampler {
  /// Appends the polyline of each of `curves` for `viewport` to `results`, in order:
  /// what calling ``sample(_:in:)`` for each in turn appends.
  public mutating func sample(_ curves: [PlottedCurve], in viewport: Viewport,
                              into results: inout [SampledCurve]) {
    for curve in curves { results.append(sample(curve, in: viewport)) }
  }
}
