// A fingerprint of the scene's pixels for a fixed list of frames (a zoom sequence and every
// display feature), so a speed-up or a refactor can be checked to leave every pixel as it
// was: compare two runs' output. The frames are built from ViewerState directly, as they
// were when the list was recorded, so digests stay comparable across changes to the
// pipeline; what the program runs is timed by SceneBenchmark through the frame model.

import PlotCore
import PlotRender
import ViewerModel

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
      var scene = Self.scene(font)
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
    out += featureLines()
    return out
  }

  /// One line per frame of every display feature over a few views, so a change to how
  /// frames are drawn (not only to the zoom sequence) shows up: the probe at several
  /// pointers, markers and grid off, S'' alone, the key help, a box being dragged, a
  /// notice, and the log and logit scales.
  func featureLines() -> [String] {
    var out: [String] = []
    let sizes: [(width: Int, height: Int, scale: Double)] = [(1280, 720, 1), (480, 320, 1.5)]
    for (s, size) in sizes.enumerated() {
      var scene = Self.scene(font)
      var canvas = Canvas(width: size.width, height: size.height)
      for (f, feature) in Self.features(width: Double(size.width), height: Double(size.height))
        .enumerated()
      {
        var state = ViewerState(width: size.width, height: size.height, scale: size.scale)
        for input in feature.inputs { _ = state.apply(input) }
        var display = state.display
        display.curves = Set(feature.curves)
        if let markers = feature.markers { display.showsMarkers = markers }
        if let grid = feature.grid { display.showsGrid = grid }
        if feature.help { display.showsHelp = true }
        let frame = SceneFrame(viewport: state.viewport, scale: state.scale, display: display,
                               pointer: feature.pointer, selection: feature.selection,
                               notice: feature.notice, drawableWidth: size.width,
                               drawableHeight: size.height)
        _ = state.setMargins(scene.margins(for: frame))
        var fitted = frame
        fitted.viewport = state.viewport
        scene.render(fitted, into: &canvas)
        out.append("f\(s) \(f) " + String(Self.digest(canvas.pixels), radix: 16))
      }
    }
    return out
  }

  /// The feature frames for a `width` × `height` canvas: inputs applied to a fresh state,
  /// then the display choices and overlays of the frame.
  static func features(width w: Double, height h: Double) -> [(inputs: [ViewerInput],
    curves: [Curve], markers: Bool?, grid: Bool?, help: Bool, pointer: Point?,
    selection: PixelRect?, notice: String?)]
  {
    let all: [Curve] = [.sigmoid, .derivative, .secondDerivative]
    let two: [Curve] = [.sigmoid, .derivative]
    let box = PixelRect(left: w * 0.3, top: h * 0.3, width: w * 0.2, height: h * 0.2)
    return [
      ([], two, nil, nil, false, Point(w * 0.5, h * 0.5), nil, nil),
      ([], two, nil, nil, false, Point(w * 0.8, h * 0.8), nil, nil),
      ([], all, nil, nil, false, Point(w * 0.2, h * 0.3), nil, nil),
      ([], all, false, false, false, nil, nil, nil),
      ([], [.secondDerivative], nil, nil, false, Point(w * 0.6, h * 0.4), nil, nil),
      ([], two, nil, nil, true, nil, nil, nil),
      ([], two, nil, nil, false, nil, box, "saved sigmoid-0001.bmp"),
      ([.toggleYScale(.log)], all, nil, nil, false, Point(w * 0.7, h * 0.5), nil, nil),
      ([.toggleYScale(.logit)], two, nil, nil, false, Point(w * 0.4, h * 0.6), nil, nil),
      ([.wheel(notches: 12, at: Point(w * 0.55, h * 0.5), axes: .both)], all, nil, nil, false,
       Point(w * 0.55, h * 0.5), nil, nil),
    ]
  }

  /// A scene as the viewer makes one: its help overlay lists the bindings table.
  static func scene(_ font: TrueTypeFont) -> PlotScene {
    var scene = PlotScene(font: font)
    scene.help = BindingTable.help
    return scene
  }

  /// FNV-1a over the pixels' 32-bit values.
  static func digest(_ pixels: [UInt32]) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for p in pixels { h = (h ^ UInt64(p)) &* 0x100_0000_01b3 }
    return h
  }
}
