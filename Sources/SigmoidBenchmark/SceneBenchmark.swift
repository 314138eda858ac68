// The viewer's own pipeline (ViewerModel's PlotFrameModel, as the window runs it) through
// a 200-frame wheel-zoom sequence, timed stage by stage: the figure the renderer is judged
// by (aim: median full frame at 1920×1080 ≤ 2 ms). Each frame is the model's `apply` of
// the input (state, margins) and then the scene's stages on the model's frame. The
// default display (S, S', story markers, grid); with `probe`, also the hover probe at the
// zoom's anchor (line, dots, tangent, readout).

import Foundation
import PlotCore
import PlotRender
import ViewerModel

/// Frame times of the default scene while zooming, per stage, in microseconds.
struct SceneBenchmark {
  /// The model's per-input work (state change, margins fitted, view re-anchored), then
  /// sampling, layout and the display list, the scene's model of a frame; the rest
  /// rasterize the list's sections.
  static let stages = ["input, margins", "sampling", "layout", "display list", "damage", "clearing",
                       "grid and axes", "curves", "markers, dots", "text", "overlays"]
  static let frameCount = 200

  let width: Int
  let height: Int
  let font: TrueTypeFont
  /// Times the whole sequence is run; each frame's and stage's time is its fastest run,
  /// which filters out the other work on a shared machine (1 = a single plain run).
  var repeats = 1
  /// Whether the pointer hovers at the zoom's anchor, so every frame draws the probe.
  var probe = false
  /// What the scene shows: today's default, or ``fourFunctions``.
  var display = DisplayOptions()
  /// The name the report gives the display ("" for the default).
  var displayName = ""

  /// The catalogue scene of issue 12: sigmoid, tanh, GELU and SiLU with their first
  /// derivatives (eight curves; several functions, so the derivatives are dashed).
  static var fourFunctions: DisplayOptions { functions(["sigmoid", "tanh", "gelu", "silu"]) }

  /// The catalogue functions `names` (unknown ones skipped) with f and f' shown.
  static func functions(_ names: [String]) -> DisplayOptions {
    var display = DisplayOptions()
    let names = names.filter { FunctionCatalogue.function(named: $0) != nil }
    display.setFunctions(names.map { PlottedCurve(FunctionCatalogue.function(named: $0)!) },
                         orders: [.value, .first])
    return display
  }

  /// Zooms in 100 notches about a point on the sigmoid, then back out, drawing every
  /// frame in full; returns each stage's times and the whole frames' times.
  func run() -> (stages: [[Double]], frames: [Double]) {
    var best: (stages: [[Double]], frames: [Double])?
    for _ in 0..<Swift.max(1, repeats) {
      let next = runOnce()
      guard let old = best else { best = next; continue }
      best = (zip(old.stages, next.stages).map { zip($0, $1).map(Swift.min) },
              zip(old.frames, next.frames).map(Swift.min))
    }
    return best!
  }

  private func runOnce() -> (stages: [[Double]], frames: [Double]) {
    var model = Self.model(width: width, height: height, font: font, display: display)
    var canvas = Canvas(width: width, height: height)
    let anchor = Self.anchor(model.state)
    if probe { _ = model.apply(.hover(anchor)) }
    var stages = Array(repeating: [Double](), count: Self.stages.count)
    var frames: [Double] = []
    for i in 0..<Self.frameCount {
      var times: [Double] = []
      let start = DispatchTime.now().uptimeNanoseconds
      var last = start
      func lap() {
        let now = DispatchTime.now().uptimeNanoseconds
        times.append(Double(now - last) / 1000)
        last = now
      }
      // The viewer's per-input work: the state changed, margins fitted to the labels, the
      // view re-anchored where they moved the plot's edge.
      _ = model.apply(Self.input(frame: i, anchor: anchor)); lap()
      model.withScene { scene, frame in Self.drawStaged(&scene, frame, into: &canvas, lap) }
      frames.append(Double(last - start) / 1000)
      for (s, t) in times.enumerated() { stages[s].append(t) }
    }
    return (stages, frames)
  }

  /// Draws the first `count` frames of the sequence (frame 200 on continues it), untimed,
  /// exactly as the window does: the model's apply, then its render.
  func draw(frames count: Int) {
    var model = Self.model(width: width, height: height, font: font, display: display)
    var canvas = Canvas(width: width, height: height)
    let anchor = Self.anchor(model.state)
    for i in 0..<count {
      _ = model.apply(Self.input(frame: i % Self.frameCount, anchor: anchor))
      model.render(into: &canvas)
    }
  }

  /// The frame model the window starts with for a `width` × `height` drawable at scale 1:
  /// made, then told its size (the window's first input).
  static func model(width: Int, height: Int, font: TrueTypeFont,
                    display: DisplayOptions = DisplayOptions()) -> PlotFrameModel {
    var model = PlotFrameModel(width: width, height: height, scale: 1, display: display,
                               font: font)
    _ = model.apply(.resized(width: width, height: height, scale: 1))
    return model
  }

  /// `PlotScene.render(_:into:)`'s stages in its order, with `lap` after each, so each can
  /// be timed (SceneBenchmarkTests checks the pixels equal `render`'s).
  static func drawStaged(_ scene: inout PlotScene, _ frame: SceneFrame, into canvas: inout Canvas,
                         _ lap: () -> Void) {
    scene.sampleCurves(frame); lap()
    scene.layOut(frame, width: canvas.width, height: canvas.height); lap()
    scene.buildDisplayList(frame); lap()
    scene.beginRaster(into: &canvas); lap()
    for section in DisplayList.Section.allCases {
      scene.rasterize(section, into: &canvas)
      if section == .overlays { scene.endRaster(into: &canvas) }  // remembering the frame
      lap()
    }
  }

  /// On the sigmoid at x = 0.5, so the curves stay in view all the way down.
  static func anchor(_ state: ViewerState) -> Point {
    Point(state.viewport.pixelX(forX: 0.5), state.viewport.pixelY(forY: PlottedCurve.sigmoid.evaluate(0.5)))
  }

  /// Frame i's input: 100 notches in, then 100 out.
  static func input(frame i: Int, anchor: Point) -> ViewerInput {
    .wheel(notches: i < frameCount / 2 ? 1 : -1, at: anchor, axes: .both)
  }

  /// Prints median and 95th percentile of the frame and of each stage.
  func report() {
    let (stages, frames) = run()
    let runs = repeats > 1 ? ", fastest of \(repeats) runs per frame" : ""
    print("scene\(displayName)\(probe ? " with probe" : "") \(width)x\(height), "
      + "\(Self.frameCount)-frame zoom sequence\(runs) (µs):")
    func line(_ label: String, _ values: [Double]) {
      let sorted = values.sorted()
      let median = sorted[sorted.count / 2]
      let p95 = sorted[min(sorted.count - 1, sorted.count * 95 / 100)]
      print("  " + label.padding(toLength: 16, withPad: " ", startingAt: 0)
        + String(format: "median %8.1f   p95 %8.1f", median, p95))
    }
    line("full frame", frames)
    for (name, values) in zip(Self.stages, stages) { line(name, values) }
  }
}
