// The viewer model with the real scene and font: the data point under the pointer keeps
// its device pixel through every wheel notch, key zoom and drag step, also when the tick
// labels change width and the margins move the plot's edge in that same step; margins
// follow the view both ways and the same view gets the same plot rectangle; the legend
// stays in its corner during a drag. Seeded; a failure names the seed and the step.

import Foundation
import PlotCore
import PlotRender
import TestSupport
import Testing
@testable import ViewerModel

@Suite struct PlotFrameModelTests {
  /// The contract: a quarter of a device pixel.
  static let tolerance = 0.25
  /// Random steps per seed (SIGMOID_PROPERTY_STEPS raises it, as for ViewerState's).
  static let steps = ProcessInfo.processInfo.environment["SIGMOID_PROPERTY_STEPS"]
    .flatMap { Int($0) }.map { $0 * 2 } ?? 300

  static let font = Result { try TrueTypeFont(bytes: TestFont.bytes) }

  static func model(width: Int, height: Int, x: ClosedRange<Double>? = nil,
                    y: ClosedRange<Double>? = nil) throws -> PlotFrameModel {
    var m = PlotFrameModel(width: width, height: height, scale: 1, xRange: x, yRange: y,
                           font: try font.get())
    _ = m.apply(.resized(width: width, height: height, scale: 1))
    return m
  }

  // MARK: - The pointer's data point keeps its pixel

  /// What a step must keep: the data point (x, u) that was at `from` before it is at `to`
  /// after it (the pointer for the wheel, the zoom centre for `+`/`-`, the pointer's old
  /// and new places for a drag step).
  struct Kept {
    var from: Point
    var to: Point
  }

  @Test(arguments: [0xA11C_0001, 0xA11C_0002, 0xA11C_0003, 0xA11C_0004] as [UInt64])
  func thePointersDataPointKeepsItsPixelAcrossMarginChanges(seed: UInt64) throws {
    var rng = SplitMix64(seed: seed)
    var model = try Self.model(width: 1280, height: 720)
    var log: [String] = []
    var checked = 0, acrossMarginChanges = 0
    for step in 0..<Self.steps {
      let state = model.state
      let plot = state.viewport.plot
      // The window reports pointers at device-pixel centres.
      func pointer() -> Point {
        InputMap.devicePoint(Int(rng.uniform(plot.left...plot.right - 1)),
                             Int(rng.uniform(plot.top...plot.bottom - 1)), 1)
      }
      var inputs: [(ViewerInput, Kept?)] = []
      switch rng.next() % 12 {
      case 0, 1, 2, 3:
        // A run of notches about one place, the way a hand turns the wheel: plain,
        // Shift, Ctrl; whole or precise fractional notches, in or out.
        let at = pointer()
        let axes = rng.pick([ZoomAxes.both, .both, .xOnly, .yOnly])
        let notch = rng.pick([1.0, 1, -1, 0.4, -0.75, 2.5, 1.0 / 3])
        for _ in 0..<Int(rng.uniform(1...25)) {
          inputs.append((.wheel(notches: notch, at: at, axes: axes), Kept(from: at, to: at)))
        }
      case 4:
        // `+`/`-` zoom about the plot's centre (as it is at each press; it moves when the
        // margins do), marked by a kept point of NaN here.
        let centre = Point(.nan, .nan)
        for _ in 0..<Int(rng.uniform(1...6)) {
          inputs.append((.zoomStep(rng.pick([1, 1, -1])), Kept(from: centre, to: centre)))
        }
      case 5, 6, 7:
        // A drag with a few moves; each move carries the point under the pointer along.
        var at = pointer()
        inputs.append((.dragBegan(at: at), nil))
        for _ in 0..<Int(rng.uniform(1...8)) {
          let to = Point((at.x + rng.uniform(-300...300)).rounded() + 0.5,
                         (at.y + rng.uniform(-200...200)).rounded() + 0.5)
          inputs.append((.dragMoved(to: to), Kept(from: at, to: to)))
          at = to
        }
        inputs.append((.dragEnded, nil))
      case 8:
        let w = Int(rng.uniform(420...1900)), h = Int(rng.uniform(300...1100))
        inputs.append((.resized(width: w, height: h, scale: 1), nil))
      case 9:
        inputs.append((rng.pick([ViewerInput.resetView, .toggleCurve(.sigmoidSecondDerivative),
                                 .fitY, .historyBack]), nil))
      default:
        // A deep dive, where labels gain digits fast: 10 to 60 notches in.
        let at = pointer()
        for _ in 0..<Int(rng.uniform(10...60)) {
          inputs.append((.wheel(notches: 1, at: at, axes: .both), Kept(from: at, to: at)))
        }
      }
      for (input, marked) in inputs {
        let before = model.state.viewport
        let kept = marked.map { $0.from.x.isNaN ? Kept(from: before.plot.center, to: before.plot.center) : $0 }
        let marginsBefore = model.state.margins
        _ = model.apply(input)
        log.append("\(input)")
        if log.count > 30 { log.removeFirst() }
        guard let kept else { continue }
        let after = model.state.viewport
        let x = before.x(forPixelX: kept.from.x), u = before.u(forPixelY: kept.from.y)
        let dx = after.pixelX(forX: x) - kept.to.x, dy = after.pixelY(forU: u) - kept.to.y
        checked += 1
        if model.state.margins != marginsBefore { acrossMarginChanges += 1 }
        guard abs(dx) <= Self.tolerance, abs(dy) <= Self.tolerance else {
          Issue.record("""
            seed \(String(seed, radix: 16)) step \(step): the point at \(kept.from) moved \
            (\(dx), \(dy)) px from \(kept.to); margins \(marginsBefore) → \(model.state.margins)
            before x \(before.x) y \(before.y) plot \(before.plot)
            after  x \(after.x) y \(after.y) plot \(after.plot)
            last inputs: \(log.suffix(4).joined(separator: "\n"))
            """)
          return
        }
      }
    }
    // The sequence must have put the re-anchoring to work, or it proves nothing.
    #expect(checked > 1000 && acrossMarginChanges > 20,
            "\(checked) steps checked, \(acrossMarginChanges) across a margin change")
  }

  // MARK: - Margins follow the view, the same view gets the same rectangle

  @Test func marginsGrowWhileZoomingInAndComeBackOnTheWayOut() throws {
    var model = try Self.model(width: 1280, height: 720)
    let start = model.state.margins
    let v = model.state.viewport
    let at = InputMap.devicePoint(Int(v.pixelX(forX: 0)), Int(v.pixelY(forY: 0.5)), 1)
    var lefts = [start.left]
    for _ in 0..<30 {
      _ = model.apply(.wheel(notches: 1, at: at, axes: .both))
      lefts.append(model.state.margins.left)
    }
    #expect(lefts.last! > start.left, "the y labels gain digits: the left margin grows")
    // No jitter: on the way in the left margin only grows (the labels only gain digits).
    #expect(zip(lefts, lefts.dropFirst()).allSatisfy { $0 <= $1 }, "\(lefts)")
    for _ in 0..<30 { _ = model.apply(.wheel(notches: -1, at: at, axes: .both)) }
    #expect(model.state.margins == start, "back at the start's view, the start's margins")
  }

  @Test func afterResetTheFrameIsTheFirstFramePixelForPixel() throws {
    for (w, h) in [(1280, 720), (800, 600), (333, 241)] {
      var model = try Self.model(width: w, height: h)
      var first = Canvas(width: w, height: h)
      model.render(into: &first)
      let v = model.state.viewport
      let at = Point(v.pixelX(forX: 0.3), v.pixelY(forY: 0.52))
      for _ in 0..<17 { _ = model.apply(.wheel(notches: 1, at: at, axes: .both)) }
      _ = model.apply(.dragBegan(at: at))
      _ = model.apply(.dragMoved(to: Point(at.x - 90, at.y + 40)))
      _ = model.apply(.dragEnded)
      for _ in 0..<3 { _ = model.apply(.wheel(notches: -2, at: at, axes: .yOnly)) }
      _ = model.apply(.resetView)
      var again = Canvas(width: w, height: h)
      model.render(into: &again)
      let differing = zip(first.pixels, again.pixels).filter { $0 != $1 }.count
      #expect(differing == 0, "\(w)x\(h): \(differing) pixels differ after R")
    }
  }

  // MARK: - The legend during a drag

  @Test func theLegendKeepsItsCornerDuringADragAndMovesWhenItEnds() throws {
    var model = try Self.model(width: 900, height: 600)
    var canvas = Canvas(width: 900, height: 600)
    model.render(into: &canvas)
    let plot = model.state.viewport.plot
    // Drags that carry the curves into the legend's corner, so the best corner changes.
    var found = false
    for (dx, dy) in [(-400.0, 0.0), (400, 0), (0, 250), (0, -250), (-400, 250), (400, -250)] {
      var m = model
      var c = canvas
      let start = plot.center
      let drawn = m.legendCornerDrawn(into: &c)
      let before = try #require(drawn)
      _ = m.apply(.dragBegan(at: start))
      var corners: [Int?] = []
      for i in 1...6 {
        let t = Double(i) / 6
        _ = m.apply(.dragMoved(to: Point(start.x + dx * t, start.y + dy * t)))
        corners.append(m.legendCornerDrawn(into: &c))
      }
      #expect(corners.allSatisfy { $0 == before }, "drag (\(dx), \(dy)): corners \(corners)")
      _ = m.apply(.dragEnded)
      let after = m.legendCornerDrawn(into: &c)
      if after != before { found = true }
    }
    #expect(found, "some drag should move the best corner once it ends")
  }
}

extension PlotFrameModel {
  /// Draws the current frame and returns the legend's corner in it.
  mutating func legendCornerDrawn(into canvas: inout Canvas) -> Int? {
    render(into: &canvas)
    return legendCorner
  }
}
