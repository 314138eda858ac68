// Shared by the scene tests: a view set up the way PlotFrameModel sets it up (ViewerState,
// margins fitted by ViewerModel's margin policy, as at the start; the help listing the
// bindings table), rendered through the real scene, plus the views and sizes the tests
// sweep.

import PlotCore
import Testing
@testable import PlotRender
import ViewerModel

/// A named view: x range and y range (nil = the viewer's defaults / fitted y).
struct SceneView: Sendable, CustomTestStringConvertible {
  var name: String
  var x: ClosedRange<Double>?
  var y: ClosedRange<Double>?
  var testDescription: String { name }

  static let standard = SceneView(name: "default", x: nil, y: nil)
  static let narrow = SceneView(name: "x -2:2", x: -2...2, y: nil)
  /// Deep zoom about 0: S is 0.5 + x/4 there, so y ±3e-13 about 0.5 shows it whole.
  static let zoomZero = SceneView(name: "x ±1e-12", x: -1e-12...1e-12,
                                  y: (0.5 - 3e-13)...(0.5 + 3e-13))
  /// Deep zoom about 30, where S = 1 − 9.36e-14: a y range just below 1 shows it.
  static let zoomThirty = SceneView(name: "x 30±1e-9", x: (30 - 1e-9)...(30 + 1e-9),
                                    y: (1 - 2e-13)...1)
  /// S' near 30 (≈ 9.36e-14) on its own y range.
  static let derivativeThirty = SceneView(name: "S' at 30±1e-9", x: (30 - 1e-9)...(30 + 1e-9),
                                          y: 9.3e-14...9.45e-14)
  /// Narrow and far from zero: offset labels on both axes.
  static let farNarrow = SceneView(name: "x 1e6+[0,1e-3]", x: 1e6...(1e6 + 1e-3),
                                   y: (1 - 1e-9)...(1 + 1e-9))
  static let wide = SceneView(name: "x ±1e8", x: -1e8...1e8, y: nil)
  /// Ticks exactly on all four edges: the corner where x and y tick labels meet, and y
  /// labels on the top edge under the title.
  static let edges = SceneView(name: "x 0:10 y 0:1", x: 0...10, y: 0...1)

  static let all: [SceneView] = [standard, narrow, zoomZero, zoomThirty, farNarrow, wide, edges]
}

enum SceneFixture {
  /// The frame PlotFrameModel would draw for `view` on a `width` × `height` canvas at
  /// `scale`, with the scene whose margins it used; story markers on unless `markers` is
  /// false (the viewer's default is on).
  static func frame(_ view: SceneView, width: Int, height: Int, scale: Double = 1,
                    curves: [Curve] = [.sigmoid, .derivative], markers: Bool = true)
    -> (PlotScene, SceneFrame)
  {
    var display = DisplayOptions()
    display.showsMarkers = markers
    var scene = PlotScene(font: TestFonts.dejaVu)
    scene.help = BindingTable.help
    var state = ViewerState(width: width, height: height, scale: scale, xRange: view.x,
                            yRange: view.y)
    func frame() -> SceneFrame {
      SceneFrame(viewport: state.viewport, scale: state.scale, curves: curves, display: display,
                 drawableWidth: width, drawableHeight: height)
    }
    state.fitMargins(measuredBy: &scene, drawing: frame())
    return (scene, frame())
  }

  /// Renders `view` and returns the canvas and the scene (whose lastLayout is this frame's).
  static func render(_ view: SceneView, width: Int, height: Int, scale: Double = 1,
                     curves: [Curve] = [.sigmoid, .derivative], markers: Bool = true)
    -> (Canvas, PlotScene, SceneFrame)
  {
    var (scene, frame) = self.frame(view, width: width, height: height, scale: scale,
                                    curves: curves, markers: markers)
    var canvas = Canvas(width: width, height: height)
    scene.render(frame, into: &canvas)
    return (canvas, scene, frame)
  }

  /// Renders `view` after `edit` changes the frame (pointer, display, selection…).
  static func render(_ view: SceneView, width: Int, height: Int, scale: Double = 1,
                     edit: (inout SceneFrame) -> Void) -> (Canvas, PlotScene, SceneFrame) {
    var (scene, frame) = self.frame(view, width: width, height: height, scale: scale)
    edit(&frame)
    var canvas = Canvas(width: width, height: height)
    scene.render(frame, into: &canvas)
    return (canvas, scene, frame)
  }

  /// The channel-wise largest difference between two 0xRRGGBB colours.
  static func difference(_ a: UInt32, _ b: UInt32) -> Int {
    [16, 8, 0].map { abs(Int((a >> UInt32($0)) & 0xFF) - Int((b >> UInt32($0)) & 0xFF)) }.max()!
  }
}
