// Tests of the sampler's breaks at kinks (Sources/PlotCore/CurveSampler.swift) and of the
// catalogue's kinks (Sources/PlotCore/Catalogue/CatalogueKinks.swift): no segment of a
// sampled polyline spans a jump, each piece ends exactly at its one-sided limit, at every
// zoom down to 1e12 and under the log and logit scales; the limits agree with the
// mpmath fixture catalogue-kinks.csv.

import Foundation
import Testing
@testable import PlotCore

@Suite struct KinkSamplingTests {
  static let plot = PixelRect(left: 60, top: 20, width: 640, height: 400)!

  /// Every (family at default parameters, kink, order that jumps there).
  static var jumps: [(PlottedCurve, Kink)] {
    var result: [(PlottedCurve, Kink)] = []
    for f in FunctionCatalogue.all {
      let base = PlottedCurve(f)
      for k in f.kinks(base.parameters) {
        for order in DerivativeOrder.allCases where k[order].jumps {
          result.append((base.withOrder(order), k))
        }
      }
    }
    return result
  }

  /// Checks the polyline of `curve` in `vp` around the jump at `k`: no segment's pixel x
  /// range holds the kink's pixel column with its ends on both sides, and where a run
  /// ends or starts at the kink its y is the pixel of the one-sided limit.
  static func check(_ curve: PlottedCurve, _ k: Kink, in vp: Viewport,
                    sourceLocation: SourceLocation = #_sourceLocation) {
    let sampled = CurveSampler.sampled(curve, in: vp)
    let kx = vp.pixelX(forX: k.x)
    let v = k[curve.order]
    let scale = vp.yAxisScale
    func py(_ y: Double) -> Double { vp.pixelY(forU: scale.u(forY: y)) }
    var endsAtKink = 0, startsAtKink = 0
    for i in sampled.runEnds.indices {
      let run = Array(sampled.run(i))
      for (a, b) in zip(run, run.dropFirst()) {
        #expect(!(a.x < kx && b.x > kx), "\(curve): a segment spans the kink at \(k.x)",
                sourceLocation: sourceLocation)
      }
      let band = (vp.plot.top - CurveSampler.clipMargin)...(vp.plot.bottom + CurveSampler.clipMargin)
      if let last = run.last, last.x == kx, band.contains(py(v.left)) {
        #expect(last.y == py(v.left), "\(curve): piece ends at \(last.y), not the left limit",
                sourceLocation: sourceLocation)
        endsAtKink += 1
      }
      if let first = run.first, first.x == kx, band.contains(py(v.right)) {
        #expect(first.y == py(v.right), "\(curve): piece starts at \(first.y), not the right limit",
                sourceLocation: sourceLocation)
        startsAtKink += 1
      }
    }
    // Where both limits are inside the band, the curve reaches the kink from both sides.
    let inside = { (y: Double) in y >= vp.plot.top && y <= vp.plot.bottom }
    if inside(py(v.left)) && inside(py(v.right)) && vp.x.min < k.x && k.x < vp.x.max {
      #expect(endsAtKink == 1 && startsAtKink == 1,
              "\(curve) at \(k.x): \(endsAtKink) pieces end, \(startsAtKink) start there",
              sourceLocation: sourceLocation)
    }
  }

  /// The y range around the two limits, a margin each side.
  static func yRange(_ v: KinkValues) -> (Double, Double) {
    let lo = Swift.min(v.left, v.right), hi = Swift.max(v.left, v.right)
    let pad = Swift.max(0.5, hi - lo)
    return (lo - pad, hi + pad)
  }

  @Test func noSegmentSpansAJump() {
    #expect(Self.jumps.count >= 12)
    for (curve, k) in Self.jumps {
      let (lo, hi) = Self.yRange(k[curve.order])
      for half in [4.0, 0.37, 1e-6, 1e-12 * Swift.max(1, k.x.magnitude)] {
        // Centred on the kink, and off-centre so the kink falls between columns.
        for shift in [0.0, 0.3183] {
          let c = k.x + shift * half
          let vp = Viewport(xMin: c - half, xMax: c + half, yMin: lo, yMax: hi, plot: Self.plot)!
          Self.check(curve, k, in: vp)
        }
      }
    }
  }

  @Test func kinkAtTheViewEdge() {
    let relu1 = PlottedCurve(ReLUFunction(), .first)
    let k = ReLUFunction().kinks(ParameterValues([]))[0]
    for (a, b) in [(0.0, 1.0), (-1.0, 0.0)] {
      let vp = Viewport(xMin: a, xMax: b, yMin: -0.5, yMax: 1.5, plot: Self.plot)!
      let sampled = CurveSampler.sampled(relu1, in: vp)
      Self.check(relu1, k, in: vp)
      // The one piece in view is flat at its side's value.
      let want = vp.pixelY(forU: a == 0 ? 1 : 0)
      #expect(sampled.points.allSatisfy { $0.y == want }, "\(sampled.points.prefix(4))")
    }
  }

  @Test func logAndLogitScales() {
    for (curve, k) in Self.jumps {
      for scale in [YScale.log, .logit] {
        let v = k[curve.order]
        let us = [v.left, v.right].map { scale.u(forY: $0) }.filter(\.isFinite)
        guard let lo = us.min(), let hi = us.max() else { continue }
        let vp = Viewport(xMin: k.x - 2, xMax: k.x + 1.7, uMin: lo - 1, uMax: hi + 1,
                          plot: Self.plot, yAxisScale: scale)!
        Self.check(curve, k, in: vp)
      }
    }
  }

  /// The limits agree with mpmath's (catalogue-kinks.csv), for every row whose
  /// parameters the fixture names, and the value at the kink is the family's own.
  @Test func limitsMatchTheFixture() throws {
    let url = try #require(Bundle.module.url(forResource: "catalogue-kinks", withExtension: "csv",
                                             subdirectory: "Catalogue"))
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
    var checked = 0
    for line in lines {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      let params = fields[1].replacingOccurrences(of: ";", with: ",")
      let spec = try FunctionSpec.parse(params.isEmpty ? fields[0] : fields[0] + ":" + params)
      let order: DerivativeOrder = ["value": .value, "derivative": .first,
                                    "second_derivative": .second][fields[3]]!
      let x = Double(fields[2])!
      let curve = spec.curve(order)
      let kinks = curve.function.kinks(curve.parameters)
      guard let k = kinks.first(where: { $0.x == x }) else {
        // softsign's f and f' are continuous at 0, listed with no jump: still a kink.
        Issue.record("\(curve): no kink at \(x)")
        continue
      }
      let v = k[order]
      #expect(v.left == Double(fields[4])! && v.at == Double(fields[5])!
              && v.right == Double(fields[6])!, "\(curve) at \(x): \(v)")
      if order != .value {
        let below = k[order == .first ? .value : .first]
        #expect(v.impulse == below.right - below.left)
      }
      checked += 1
    }
    #expect(checked > 50)
  }

  /// ReLU'' holds a unit impulse at 0; hardswish'' impulses of -1/2 at ±3.
  @Test func impulses() {
    let relu = ReLUFunction().kinks(ParameterValues([]))
    #expect(relu.count == 1 && relu[0].second.impulse == 1 && relu[0].first.impulse == 0)
    let hs = HardswishFunction().kinks(ParameterValues([]))
    #expect(hs.map(\.second.impulse) == [-0.5, -0.5])
    #expect(SigmoidFunction().kinks(SigmoidFunction().defaultParameters).isEmpty)
  }
}
