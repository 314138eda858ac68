// Frame-time figures for `--stats`: per frame, the whole frame and its three stages
// (render into the canvas, upload to the window surface or texture, present). Collects durations only; the
// window loop does the timing.

import Glibc

/// Durations of one frame, in seconds.
struct FrameTiming: Sendable {
  /// Applying the drained events through presenting: what the user waits for.
  var total: Double
  /// FrameModel.render into the canvas.
  var render: Double
  /// Copying the canvas into the window surface (or the texture).
  var upload: Double
  /// SDL_UpdateWindowSurface (or SDL_RenderCopy + SDL_RenderPresent), which on X11
  /// waits until the server has the frame.
  var present: Double
}

struct FrameStats: Sendable {
  /// Every frame's timing, in order.
  private(set) var frames: [FrameTiming] = []
  /// CLOCK_MONOTONIC, in seconds, when the first frame had been presented; nil before.
  /// An absolute time, so a launcher that read the same clock just before exec (as
  /// Scripts/measure_startup.sh does) gets process start to first frame, loading included.
  private(set) var firstPresentedAt: Double?

  init() {
    frames.reserveCapacity(4096)  // an hour of continuous 60 Hz redraw before reallocating
  }

  var frameCount: Int { frames.count }

  /// Records a frame; `presentedAt` is CLOCK_MONOTONIC after its present, in seconds
  /// (kept for the first frame only).
  mutating func record(_ t: FrameTiming, presentedAt: Double? = nil) {
    if frames.isEmpty { firstPresentedAt = presentedAt }
    frames.append(t)
  }

  /// One stage's durations (`\.render`), frame by frame.
  func durations(_ stage: KeyPath<FrameTiming, Double>) -> [Double] {
    frames.map { $0[keyPath: stage] }
  }

  /// The median of `values` (mean of the middle two for an even count); 0 when empty.
  static func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  }

  /// A 60 Hz display's frame period: frames longer than this are the ones a user can see.
  static let budget = 1.0 / 60

  /// One line for stderr, times in milliseconds. The first frame stands apart (it fills
  /// the glyph cache and creates the window's buffers); medians, worsts and the count over
  /// the 60 Hz budget are of the frames after it, e.g.
  /// `stats: 120 frames; first 30.00 ms; then frame ms median 3.10 worst 9.80, 0 over 16.67; render 2.00/7.10; upload 0.40/1.00; present 0.60/2.20 (ms median/worst)`.
  var summary: String {
    func ms(_ s: Double) -> String {
      let hundredths = Int((s * 1000 * 100).rounded())
      let fraction = String(hundredths % 100)
      return "\(hundredths / 100).\(fraction.count == 1 ? "0" + fraction : fraction)"
    }
    // With a single frame there is no "after it"; report that one.
    func rest(_ v: [Double]) -> [Double] { v.count > 1 ? Array(v.dropFirst()) : v }
    func pair(_ v: [Double]) -> String { "\(ms(Self.median(rest(v))))/\(ms(rest(v).max() ?? 0))" }
    let total = durations(\.total)
    let totals = rest(total)
    let over = totals.filter { $0 > Self.budget }.count
    return "stats: \(frameCount) frames; first \(ms(total.first ?? 0)) ms; "
      + "then frame ms median \(ms(Self.median(totals))) worst \(ms(totals.max() ?? 0)), "
      + "\(over) over \(ms(Self.budget)); "
      + "render \(pair(durations(\.render))); upload \(pair(durations(\.upload))); "
      + "present \(pair(durations(\.present))) (ms median/worst)"
      + (firstPresentedAt.map { "; first presented at monotonic \(Self.microseconds($0)) s" } ?? "")
  }

  /// Seconds with six decimals ("1234.005000"): the clock's reading to the microsecond.
  static func microseconds(_ s: Double) -> String {
    let us = Int64((s * 1e6).rounded())
    let fraction = String(us % 1_000_000)
    return "\(us / 1_000_000)." + String(repeating: "0", count: 6 - fraction.count) + fraction
  }

  /// CLOCK_MONOTONIC now, in seconds: the clock `firstPresentedAt` is read from.
  static func monotonicNow() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
