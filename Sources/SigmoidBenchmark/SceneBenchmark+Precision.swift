// The precision lab's benchmark scene (issue 14): the default view with S and S' drawn
// as float16 computes them by the textbook formula, the error strip and the threshold
// markers. Target: median full frame at most 2 ms at 1920x1080 in a release build.

import PlotCore

extension SceneBenchmark {
  /// The default display with the float16 textbook overlay and its strip.
  static var precision: DisplayOptions {
    var display = DisplayOptions()
    display.precision = PrecisionOverlay(format: .float16, formula: .textbook)
    return display
  }
}
