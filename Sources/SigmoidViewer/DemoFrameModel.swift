// TEMPORARY development stand-in for the real plot: plain pixels, a crude data→pixel
// mapping, no text. It exists only so the window loop can be seen working; delete this file
// once ViewerState and the PlotRender scene are connected through FrameModel.

import Foundation
import PlotCore
import PlotRender

/// A throwaway FrameModel: sigmoid (blue) and its derivative (orange) as 3-pixel-wide
/// column spans, axes through 0 in grey, and a coloured bar at the bottom for the notice
/// (green when it starts with "saved", red otherwise).
struct DemoFrameModel: FrameModel {
  /// Visible data ranges.
  var xRange: ClosedRange<Double>
  var yRange: ClosedRange<Double>
  let defaultX: ClosedRange<Double>
  let defaultY: ClosedRange<Double>
  /// Drawable size in device pixels.
  var width = 1
  var height = 1
  /// Where the current drag last was, in device pixels; nil when not dragging.
  var dragAnchor: Point?
  var notice: String?

  init(xRange: ClosedRange<Double> = -10...10, yRange: ClosedRange<Double> = -0.1...1.1) {
    self.xRange = xRange
    self.yRange = yRange
    defaultX = xRange
    defaultY = yRange
  }

  mutating func apply(_ input: ViewerInput) -> Bool {
    switch input {
    case let .resized(width, height, _):
      self.width = max(width, 1)
      self.height = max(height, 1)
    case let .wheel(notches, at, axes):
      let factor = pow(1.2, -notches)  // < 1 zooms in
      let (dx, dy) = dataPoint(at)
      if axes != .yOnly { xRange = Self.scaled(xRange, about: dx, by: factor) }
      if axes != .xOnly { yRange = Self.scaled(yRange, about: dy, by: factor) }
    case let .dragBegan(at):
      dragAnchor = at
      return false
    case let .dragMoved(to):
      guard let from = dragAnchor else { return false }
      pan(pixels: to.x - from.x, to.y - from.y)
      dragAnchor = to
    case .dragEnded:
      dragAnchor = nil
      return false
    case .resetView:
      xRange = defaultX
      yRange = defaultY
    case let .zoomStep(steps):
      let factor = pow(1.2, -Double(steps))
      xRange = Self.scaled(xRange, about: (xRange.lowerBound + xRange.upperBound) / 2, by: factor)
      yRange = Self.scaled(yRange, about: (yRange.lowerBound + yRange.upperBound) / 2, by: factor)
    case let .panStep(dx, dy):
      pan(pixels: -dx * Double(width), dy * Double(height))
    }
    return true
  }

  mutating func setNotice(_ text: String?) { notice = text }

  func render(into canvas: inout Canvas) {
    canvas.clear(to: .white)
    let w = canvas.width, h = canvas.height
    guard w > 0, h > 0 else { return }
    let grey: UInt32 = 0xFFB0_B0B0
    canvas.pixels.withUnsafeMutableBufferPointer { px in
      // Axes through data 0, when visible.
      let x0 = Int(pixelX(0, width: w)), y0 = Int(pixelY(0, height: h))
      if (0..<w).contains(x0) { for y in 0..<h { px[y * w + x0] = grey } }
      if (0..<h).contains(y0) { for x in 0..<w { px[y0 * w + x] = grey } }
      drawCurve(px, w, h, color: 0xFF1F_77B4) { 1 / (1 + exp(-$0)) }
      drawCurve(px, w, h, color: 0xFFFF_7F0E) { let s = 1 / (1 + exp(-$0)); return s * (1 - s) }
      if let notice {
        let color: UInt32 = notice.hasPrefix("saved") ? 0xFF2C_A02C : 0xFFD6_2728
        for y in max(0, h - 24)..<h { for x in 0..<w { px[y * w + x] = color } }
      }
    }
  }

  /// One span per column from the previous column's y to this one's, 3 px wide.
  private func drawCurve(_ px: UnsafeMutableBufferPointer<UInt32>, _ w: Int, _ h: Int,
                         color: UInt32, _ f: (Double) -> Double) {
    var previous: Double?
    for column in 0..<w {
      let x = xRange.lowerBound + (Double(column) + 0.5) / Double(w) * (xRange.upperBound - xRange.lowerBound)
      let y = pixelY(f(x), height: h)
      let from = previous ?? y
      previous = y
      // Clamp in Double first: far off-screen values would overflow Int.
      let top = Int(max(0, min(from, y).rounded(.down) - 1))
      let bottom = Int(min(Double(h - 1), max(from, y).rounded(.down) + 1))
      guard top <= bottom else { continue }
      for row in top...bottom { px[row * w + column] = color }
    }
  }

  private func pixelX(_ x: Double, width w: Int) -> Double {
    (x - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound) * Double(w)
  }

  private func pixelY(_ y: Double, height h: Int) -> Double {
    (yRange.upperBound - y) / (yRange.upperBound - yRange.lowerBound) * Double(h)
  }

  private func dataPoint(_ p: Point) -> (Double, Double) {
    (xRange.lowerBound + p.x / Double(width) * (xRange.upperBound - xRange.lowerBound),
     yRange.upperBound - p.y / Double(height) * (yRange.upperBound - yRange.lowerBound))
  }

  /// Moves the view so content follows the pointer by (dx, dy) device pixels.
  private mutating func pan(pixels dx: Double, _ dy: Double) {
    let sx = (xRange.upperBound - xRange.lowerBound) / Double(width)
    let sy = (yRange.upperBound - yRange.lowerBound) / Double(height)
    xRange = (xRange.lowerBound - dx * sx)...(xRange.upperBound - dx * sx)
    yRange = (yRange.lowerBound + dy * sy)...(yRange.upperBound + dy * sy)
  }

  private static func scaled(_ r: ClosedRange<Double>, about c: Double, by f: Double) -> ClosedRange<Double> {
    (c - (c - r.lowerBound) * f)...(c + (r.upperBound - c) * f)
  }
}
