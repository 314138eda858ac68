// Exact per-pixel area oracles for the raster tests, written independently of the raster:
// polygon-by-square clipping (Sutherland–Hodgman) with the shoelace formula for simple
// polygons, and a per-pixel strip integration of the non-zero region for everything else.

import Foundation
import PlotCore
@testable import PlotRender

/// Signed area of a closed polygon (shoelace); positive for the +90°-rotation sense.
func shoelace(_ polygon: [Point]) -> Double {
  var sum = 0.0
  for i in polygon.indices {
    let a = polygon[i], b = polygon[(i + 1) % polygon.count]
    sum += a.x * b.y - b.x * a.y
  }
  return sum / 2
}

/// `polygon` clipped to the square [x, x+1] × [y, y+1] (Sutherland–Hodgman). The result
/// has the same winding numbers as the input at every point of the square.
func clipToPixel(_ polygon: [Point], x: Int, y: Int) -> [Point] {
  var output = polygon
  let planes: [(Point) -> Double] = [
    { $0.x - Double(x) }, { Double(x + 1) - $0.x }, { $0.y - Double(y) }, { Double(y + 1) - $0.y },
  ]
  for inside in planes {
    let input = output
    output = []
    guard let last = input.last else { break }
    var previous = last
    for current in input {
      let dc = inside(current), dp = inside(previous)
      if (dc >= 0) != (dp >= 0) {
        let t = dp / (dp - dc)
        output.append(Point(previous.x + t * (current.x - previous.x),
                            previous.y + t * (current.y - previous.y)))
      }
      if dc >= 0 { output.append(current) }
      previous = current
    }
  }
  return output
}

/// Exact covered fraction of each pixel for one simple (non-self-intersecting) polygon.
func simplePolygonMask(_ polygon: [Point], width: Int, height: Int) -> [Double] {
  var mask = [Double](repeating: 0, count: width * height)
  for y in 0..<height {
    for x in 0..<width {
      mask[y * width + x] = abs(shoelace(clipToPixel(polygon, x: x, y: y)))
    }
  }
  return mask
}

/// Exact area of the non-zero region of `contours` inside each pixel.
///
/// Per pixel: clip every contour to the square, cut the square into horizontal strips at
/// every vertex and every crossing of two edges; inside a strip the non-zero length along
/// a horizontal line is linear in y, so its value at the middle times the strip height is
/// the strip's exact area.
func nonzeroMask(_ contours: [[Point]], width: Int, height: Int) -> [Double] {
  let boxes = contours.map { c in
    (c.map(\.x).min()!, c.map(\.y).min()!, c.map(\.x).max()!, c.map(\.y).max()!)
  }
  var mask = [Double](repeating: 0, count: width * height)
  for y in 0..<height {
    for x in 0..<width {
      var edges: [(Point, Point)] = []
      for (c, box) in zip(contours, boxes)
      where box.0 < Double(x + 1) && box.1 < Double(y + 1) && box.3 > Double(y) {
        // Contours left of the pixel still count: clipping moves them onto its left side.
        let clipped = clipToPixel(c, x: x, y: y)
        guard clipped.count >= 3 else { continue }
        for i in clipped.indices {
          let a = clipped[i], b = clipped[(i + 1) % clipped.count]
          if a.y != b.y { edges.append((a, b)) }
        }
      }
      mask[y * width + x] = nonzeroArea(edges, top: Double(y))
    }
  }
  return mask
}

private func nonzeroArea(_ edges: [(Point, Point)], top: Double) -> Double {
  guard !edges.isEmpty else { return 0 }
  var ys = [top, top + 1]
  for e in edges { ys += [e.0.y, e.1.y] }
  for i in edges.indices {
    for j in (i + 1)..<edges.count {
      if let y = crossingY(edges[i], edges[j]) { ys.append(y) }
    }
  }
  ys = ys.map { min(max($0, top), top + 1) }.sorted()
  var area = 0.0
  for k in 1..<ys.count where ys[k] > ys[k - 1] {
    let mid = (ys[k] + ys[k - 1]) / 2
    var hits: [(x: Double, winding: Int)] = []
    for (a, b) in edges where min(a.y, b.y) < mid && mid < max(a.y, b.y) {
      hits.append((a.x + (b.x - a.x) * (mid - a.y) / (b.y - a.y), b.y > a.y ? 1 : -1))
    }
    hits.sort { $0.x < $1.x }
    var winding = 0, length = 0.0
    for i in hits.indices {
      winding += hits[i].winding
      if winding != 0 && i + 1 < hits.count { length += hits[i + 1].x - hits[i].x }
    }
    area += length * (ys[k] - ys[k - 1])
  }
  return area
}

private func crossingY(_ e: (Point, Point), _ f: (Point, Point)) -> Double? {
  let r = Point(e.1.x - e.0.x, e.1.y - e.0.y), s = Point(f.1.x - f.0.x, f.1.y - f.0.y)
  let denominator = r.x * s.y - r.y * s.x
  guard abs(denominator) > 1e-300 else { return nil }
  let qp = Point(f.0.x - e.0.x, f.0.y - e.0.y)
  let t = (qp.x * s.y - qp.y * s.x) / denominator
  let u = (qp.x * r.y - qp.y * r.x) / denominator
  guard t >= 0 && t <= 1 && u >= 0 && u <= 1 else { return nil }
  return e.0.y + t * r.y
}

/// A path with one closed contour per polygon.
func makePath(_ contours: [[Point]]) -> Path {
  var b = PathBuilder()
  for c in contours {
    b.move(to: c[0])
    for p in c.dropFirst() { b.line(to: p) }
  }
  return b.finish() ?? Path()
}

/// The stroke of `polyline` as the union of convex pieces, each oriented positively:
/// one rectangle per segment, the join polygon on the outer side of each turn, the caps.
/// Arcs come from the stroker's own flattening so both describe the same polygon.
func strokePieces(_ polyline: [Point], _ stroke: Stroke, tolerance: Double = 0.1) -> [[Point]] {
  var points: [Point] = []
  for p in polyline where points.last.map({ hypot($0.x - p.x, $0.y - p.y) >= 1e-9 }) ?? true {
    points.append(p)
  }
  let hw = stroke.width / 2
  func arc(_ c: Point, _ from: Point, _ sweep: Double) -> [Point] {
    var out: [Point] = []
    Stroker.arcPoints(center: c, radius: hw, from: from, sweep: sweep, tolerance: tolerance) {
      out.append($0)
    }
    return out
  }
  func at(_ p: Point, _ n: Point, _ k: Double = 1) -> Point { Point(p.x + k * hw * n.x, p.y + k * hw * n.y) }
  var pieces: [[Point]] = []
  if points.count == 1 {
    if stroke.cap == .round {
      pieces.append([at(points[0], Point(1, 0))] + arc(points[0], Point(hw, 0), -2 * .pi))
    }
  } else {
    var dirs: [Point] = []
    for i in 1..<points.count {
      let d = hypot(points[i].x - points[i - 1].x, points[i].y - points[i - 1].y)
      dirs.append(Point((points[i].x - points[i - 1].x) / d, (points[i].y - points[i - 1].y) / d))
    }
    for i in dirs.indices {
      let n = leftNormal(dirs[i])
      pieces.append([at(points[i], n), at(points[i + 1], n), at(points[i + 1], n, -1), at(points[i], n, -1)])
    }
    for i in 1..<(points.count - 1) {
      var a = dirs[i - 1], b = dirs[i]
      let p = points[i]
      var cross = a.x * b.y - a.y * b.x
      let dot = a.x * b.x + a.y * b.y
      if cross == 0 && dot > 0 { continue }
      if cross > 0 {  // the right side is outer: look at it as the reversed line's left
        (a, b) = (Point(-b.x, -b.y), Point(-a.x, -a.y))
        cross = -cross
      }
      let na = leftNormal(a), nb = leftNormal(b)
      let onePlusCos = 0.5 * ((a.x + b.x) * (a.x + b.x) + (a.y + b.y) * (a.y + b.y))
      let slight = 0.5 * onePlusCos >= Stroker.slightTurnLimit(halfWidth: hw, tolerance: tolerance)
      switch stroke.join {
      case .round where slight:
        pieces.append([p, at(p, na), at(p, Point(na.x + nb.x, na.y + nb.y), 1 / onePlusCos), at(p, nb)])
      case .round:
        let turn = cross < 0 ? atan2(cross, dot) : -Double.pi
        pieces.append([p, at(p, na)] + arc(p, Point(hw * na.x, hw * na.y), turn) + [at(p, nb)])
      case .miter(let limit):
        if 2 <= limit * limit * onePlusCos {
          let k = 1 / onePlusCos
          pieces.append([p, at(p, na), at(p, Point(na.x + nb.x, na.y + nb.y), k), at(p, nb)])
        } else {
          pieces.append([p, at(p, na), at(p, nb)])
        }
      }
    }
    if stroke.cap == .round {
      for (p, d) in [(points.last!, dirs.last!), (points[0], Point(-dirs[0].x, -dirs[0].y))] {
        let n = leftNormal(d)
        pieces.append([at(p, n)] + arc(p, Point(hw * n.x, hw * n.y), -.pi) + [at(p, n, -1)])
      }
    }
  }
  return pieces.map { shoelace($0) < 0 ? $0.reversed() : $0 }
}

/// Largest |a − b| over the two masks, and where.
func maxDifference(_ a: [Float], _ b: [Double]) -> (error: Double, index: Int) {
  var worst = (error: 0.0, index: -1)
  for i in a.indices where abs(Double(a[i]) - b[i]) > worst.error {
    worst = (abs(Double(a[i]) - b[i]), i)
  }
  return worst
}
