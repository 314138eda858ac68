// Frame-time figures for `--stats`: per frame, the whole frame and its three stages
// (render into the canvas, upload to the texture, present). Collects durations only; the
// window loop does the timing.

/// Durations of one frame, in seconds.
struct FrameTiming: Sendable {
  /// Applying the drained events through presenting: what the user waits for.
  var total: Double
  /// FrameModel.render into the canvas.
  var render: Double
  /// Copying the canvas into the streaming texture.
  var upload: Double
  /// SDL_RenderCopy + SDL_RenderPresent.
  var present: Double
}

struct FrameStats: Sendable {
  private(set) var total: [Double] = []
  private(set) var render: [Double] = []
  private(set) var upload: [Double] = []
  private(set) var present: [Double] = []

  init() {
    // An hour of continuous 60 Hz redraw before the first reallocation.
    for keyPath in [\FrameStats.total, \.render, \.upload, \.present] as [WritableKeyPath<FrameStats, [Double]>] {
      self[keyPath: keyPath].reserveCapacity(4096)
    }
  }

  var frameCount: Int { total.count }

  mutating func record(_ t: FrameTiming) {
    total.append(t.total)
    render.append(t.render)
    upload.append(t.upload)
    present.append(t.present)
  }

  /// The median of `values` (mean of the middle two for an even count); 0 when empty.
  static func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  }

  /// One line for stderr, times in milliseconds, e.g.
  /// `stats: 120 frames; frame ms median 3.10 worst 9.80; render 2.00/7.10; upload 0.40/1.00; present 0.60/2.20 (median/worst)`.
  var summary: String {
    func ms(_ s: Double) -> String {
      let hundredths = Int((s * 1000 * 100).rounded())
      let fraction = String(hundredths % 100)
      return "\(hundredths / 100).\(fraction.count == 1 ? "0" + fraction : fraction)"
    }
    func pair(_ v: [Double]) -> String { "\(ms(Self.median(v)))/\(ms(v.max() ?? 0))" }
    return "stats: \(frameCount) frames; frame ms median \(ms(Self.median(total))) worst \(ms(total.max() ?? 0)); "
      + "render \(pair(render)); upload \(pair(upload)); present \(pair(present)) (ms median/worst)"
  }
}
