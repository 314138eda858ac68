// A frame's curves sampled at once: the cache is consulted for each in order, exactly as
// one call per curve would, and the curves it lacks are sampled on the machine's cores
// at the same time. Each curve's polyline depends only on its own curve and the view
// (the walk reads no shared mutable state), so the results are the ones a single thread
// gives, point for point, whatever the scheduling. A pan or zoom re-samples every curve
// each frame (eight for the catalogue scene); threads are woken only when several of
// them cross the plot, as a curve off it costs less than the wake-up.

import Dispatch

extension CurveSampler {
  /// Fewest misses in one call worth handing to other threads: one curve is sampled on
  /// the calling thread, as ``sample(_:in:)`` does (waking workers would only add).
  public static let concurrentMinimum = 2
  /// Points a curve's previous polyline must have had for its re-sampling to count as
  /// heavy. A curve off the plot is crossed in a few evaluations (CurveSampler+OffBand),
  /// far less than waking a worker costs (measured: a zoom into S, where every other
  /// curve is off the plot, sampled slower in parallel), so threads are used only when
  /// at least ``concurrentMinimum`` heavy curves are re-sampled: curves across the plot.
  public static let heavyPoints = 256

  /// Appends the polyline of each of `curves` for `viewport` to `results`, in order:
  /// what calling ``sample(_:in:)`` for each in turn appends, with the same cache hits,
  /// misses, evictions and ``samplingCount``. With `concurrent` (the default), the misses
  /// are sampled in parallel (DispatchQueue.concurrentPerform) when two or more of them
  /// are heavy (``heavyPoints``); the result is the same either way.
  public mutating func sample(_ curves: [PlottedCurve], in viewport: Viewport,
                              into results: inout [SampledCurve], concurrent: Bool = true) {
    // More curves than half the cache could evict an entry claimed earlier in the call:
    // one at a time then, which never needs to hold two claims.
    guard concurrent, curves.count >= Self.concurrentMinimum,
      curves.count <= Self.cacheCapacity / 2
    else {
      for curve in curves { results.append(sample(curve, in: viewport)) }
      return
    }
    // Each curve's entry, in order: a hit, or a claim whose result is filled below. A
    // curve listed twice hits the entry its first listing claimed.
    var slots: [Int] = []
    var jobs: [SamplingJob] = []
    slots.reserveCapacity(curves.count)
    for curve in curves {
      switch lookUp(curve, in: viewport) {
      case .hit(let i): slots.append(i)
      case .miss(let i):
        slots.append(i)
        jobs.append(SamplingJob(curve: curve, slot: i, result: takeResult(i)))
      }
    }
    // The buffers taken out still hold each curve's last polyline: its size predicts
    // this one's cost (the view moved a little, or the curve's parameter did).
    let heavy = jobs.lazy.filter { $0.result.points.count >= Self.heavyPoints }.count
    if heavy >= Self.concurrentMinimum {
      jobs.withUnsafeMutableBufferPointer { buffer in
        let shared = JobBuffer(jobs: buffer)
        // Each index is one curve's job, written by exactly one thread.
        DispatchQueue.concurrentPerform(iterations: shared.jobs.count) { i in
          Self.sample(shared.jobs[i].curve, in: viewport, into: &shared.jobs[i].result)
        }
      }
      parallelCount += 1
    } else {
      for i in jobs.indices { Self.sample(jobs[i].curve, in: viewport, into: &jobs[i].result) }
    }
    for job in jobs { store(job.result, at: job.slot) }
    for slot in slots { results.append(result(slot)) }
  }
}

/// One curve to sample in a batch: the entry it fills and the buffers it reuses.
private struct SamplingJob {
  var curve: PlottedCurve
  var slot: Int
  var result: SampledCurve
}

/// The batch's jobs for the worker threads. Unchecked because the compiler cannot see
/// that every thread writes only its own index (concurrentPerform gives each once) and
/// the buffer outlives the call (it returns when every job is done).
private struct JobBuffer: @unchecked Sendable {
  let jobs: UnsafeMutableBufferPointer<SamplingJob>
}
