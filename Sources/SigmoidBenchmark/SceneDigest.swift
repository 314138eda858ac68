// A fingerprint of every frame the scene benchmark draws (and a few more views), so a
// speed-up can be checked to leave every pixel as it was: compare two runs' output.

import PlotCore
import PlotRender

/// FNV-1a digests of whole frames through the benchmark's zoom sequence.
struct SceneDigest {
  let font: TrueTypeFont

  /// The views digested: sizes, scale factors, curve sets and a notice.
  static let configurations: [(width: Int, height: Int, scale: Double, curves: [Curve],
                               notice: String?)] = [
    (1920, 1080, 1, [.sigmoid, .derivative], nil),
    (1280, 720, 2, [.sigmoid, .derivative, .secondDerivative], "saved sigmoid-0001.bmp"),
    (640, 480, 1.5, [.derivative], nil),
  ]

  /// One line per frame: configuration, frame index and the 64-bit digest of its pixels.
  func lines() -> [String] {
    var out: [String] = []
    for (c, config) in Self.configurations.enumerated() {
      var state = ViewerState(width: config.width, height: config.height, scale: config.scale)
      var scene = PlotScene(font: font)
      var canvas = Canvas(width: config.width, height: config.height)
      func frame() -> SceneFrame {
        SceneFrame(viewport: state.viewport, scale: state.scale, curves: config.curves,
                   notice: config.notice)
      }
      _ = state.setMargins(scene.margins(for: frame()))
      let anchor = SceneBenchmark.anchor(state)
      for i in 0..<SceneBenchmark.frameCount {
        _ = state.apply(SceneBenchmark.input(frame: i, anchor: anchor))
        scene.render(frame(), into: &canvas)
        out.append("\(c) \(i) " + String(Self.digest(canvas.pixels), radix: 16))
      }
    }
    return out
  }

  /// FNV-1a over the pixels' 32-bit values.
  static func digest(_ pixels: [UInt32]) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for p in pixels { h = (h ^ UInt64(p)) &* 0x100_0000_01b3 }
    return h
  }
}
