// SVGBackend: numbers at 0.01 px, colours, escaping; a hand-built display list becomes the
// elements the issue asks for (merged rectangle paths, one clipPath, one path per curve
// run, <text> naming the font's family, glyph outlines on request); the same input gives
// the same bytes; and the default frame's curves, read back from the document, stay
// within the sampler's quarter pixel of the exact curves.

import Foundation
import PlotCore
import Testing
import TestSupport
@testable import PlotRender
import ViewerModel

@Suite struct SVGBackendTests {
  // MARK: - Numbers and text

  @Test func numbersRoundToHundredthsAwayFromZeroWithoutTrailingZeros() {
    // Binary-exact inputs, so the expected decimal is the true rounding.
    let cases: [(Double, String)] = [
      (0, "0"), (3, "3"), (-3, "-3"), (2.5, "2.5"), (0.125, "0.13"), (-0.125, "-0.13"),
      (0.0625, "0.06"), (1.75, "1.75"), (-0.00390625, "0"), (1024.5, "1024.5"),
      (1e12, "1000000000"), (-1e300, "-1000000000"), (.nan, "0"), (.infinity, "1000000000"),
    ]
    for (v, want) in cases { #expect(SVGMarkup.number(v) == want, "\(v)") }
  }

  @Test func numbersReadBackWithinHalfAHundredth() {
    var random = SplitMix64(seed: 42)
    for _ in 0..<10_000 {
      let v = random.uniform(-20_000...20_000)
      let text = SVGMarkup.number(v)
      guard let back = Double(text) else {
        Issue.record("\(text) does not parse")
        continue
      }
      #expect(abs(back - v) <= 0.005 + 1e-9, "\(v) written as \(text)")
      #expect(!text.hasSuffix("0") || !text.contains("."), "\(text) has a trailing zero")
    }
  }

  @Test func coloursAndEscaping() {
    #expect(SVGMarkup.color(Color(red: 0x00, green: 0x72, blue: 0xB2)) == "#0072b2")
    #expect(SVGMarkup.color(Color(argb: 0x80FF_A500)) == "#ffa500")
    #expect(SVGMarkup.escaped("a<b & \"c\" > d\u{1}") == "a&lt;b &amp; &quot;c&quot; &gt; d")
  }

  @Test func familyComesFromTheFontsNameTable() {
    #expect(TestFonts.dejaVu.familyName == "DejaVu Sans")
    #expect(SVGBackend(font: TestFonts.dejaVu).fontFamily == "'DejaVu Sans', sans-serif")
  }

  // MARK: - Elements

  /// A small frame: background, three grid lines, a clip with a curve of two runs (a NaN
  /// between them), a dashed tangent, a disk and a text.
  static func sampleList() -> DisplayList {
    var list = DisplayList()
    list.clear(.white)
    for x in [10.0, 20.0, 30.0] {
      list.fill(Box(x0: x, y0: 0, x1: x + 1, y1: 50), Color(argb: 0xFFDD_DDDD), role: .grid)
    }
    list.beginClip(ClipRect(x0: 5, y0: 5, x1: 95, y1: 45), role: .plotClip)
    let first = list.runCount
    list.addRun((0...50).map { Point(Double($0), 40 - 0.3 * Double($0)) }
      + [Point(.nan, .nan)] + (60...90).map { Point(Double($0), 10) })
    list.stroke(runsFrom: first, Stroke(width: 2), Color(argb: 0xFF00_72B2), role: .curve(.sigmoid))
    let tangent = list.runCount
    list.addRun([Point(10, 10), Point(80, 30)])
    list.stroke(runsFrom: tangent, Stroke(width: 1.25, cap: .butt), dash: Dash(on: 6, off: 4),
                Color(argb: 0xFF33_3333), role: .tangent)
    list.endClip()
    list.disk(center: Point(50, 25), radius: 3.5, Color(argb: 0xFF00_72B2),
              role: .markerDot(.sigmoid))
    list.text(TextRun("x < 1 & −2", pixelSize: 13, at: Point(50, 48.4), anchor: .center,
                      color: .black), role: .text(.xLabel))
    return list
  }

  static func count(_ needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }

  @Test func aSmallListGivesTheExpectedElements() {
    var backend = SVGBackend(font: TestFonts.dejaVu)
    let svg = backend.document(Self.sampleList(), width: 100, height: 50)
    #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
    #expect(svg.contains("width=\"100px\" height=\"50px\" viewBox=\"0 0 100 50\""))
    #expect(Self.count("<clipPath", in: svg) == 1)
    #expect(svg.contains("<rect x=\"5\" y=\"5\" width=\"90\" height=\"40\"/></clipPath>"))
    // The three grid lines are one path of three boxes.
    #expect(svg.contains("<path class=\"grid\" fill=\"#dddddd\" "
      + "d=\"M10,0H11V50H10ZM20,0H21V50H20ZM30,0H31V50H30Z\"/>"))
    // The curve: two runs (split at the NaN), each straight, so two points each.
    #expect(svg.contains("<path d=\"M0,40 50,25\"/>\n<path d=\"M60,10 90,10\"/>"))
    #expect(svg.contains("stroke=\"#0072b2\" stroke-width=\"2\" stroke-linejoin=\"round\" "
      + "stroke-linecap=\"round\""))
    #expect(svg.contains("stroke-linecap=\"butt\" stroke-dasharray=\"6,4\""))
    #expect(svg.contains("<circle class=\"marker\" cx=\"50\" cy=\"25\" r=\"3.5\" fill=\"#0072b2\"/>"))
    // The baseline snapped as the raster snaps it (48.4 -> 48), the anchor as text-anchor.
    #expect(svg.contains("<text class=\"text\" x=\"50\" y=\"48\" font-family=\"'DejaVu Sans', "
      + "sans-serif\" font-size=\"13\" fill=\"#000000\" text-anchor=\"middle\">"
      + "x &lt; 1 &amp; −2</text>"))
    #expect(!svg.contains("<image"))
    #expect(svg.hasSuffix("</svg>\n"))
  }

  @Test func textAsPathsWritesOutlinesAndNoTextElement() {
    var backend = SVGBackend(font: TestFonts.dejaVu)
    let svg = backend.document(Self.sampleList(), width: 100, height: 50,
                               options: SVGOptions(textAsPaths: true))
    #expect(!svg.contains("<text"))
    let glyphs = svg.components(separatedBy: "<path class=\"text\" fill=\"#000000\" d=\"")
    #expect(glyphs.count == 2)
    // "x < 1 & −2": quadratic curves (the &, the 2) and one closed contour per piece.
    #expect(glyphs.last!.contains("Q") && Self.count("Z", in: glyphs.last!) >= 6)
  }

  @Test func theSameListGivesTheSameBytes() {
    var a = SVGBackend(font: TestFonts.dejaVu), b = SVGBackend(font: TestFonts.dejaVu)
    let list = Self.sampleList()
    let meta = SVGMetadata(title: "T", command: "sigmoid-viewer render x.svg",
                           view: [.init("x-range", "-10:10")])
    let one = a.document(list, width: 100, height: 50, options: SVGOptions(metadata: meta))
    #expect(one == b.document(list, width: 100, height: 50, options: SVGOptions(metadata: meta)))
    #expect(one == a.document(list, width: 100, height: 50, options: SVGOptions(metadata: meta)))
    #expect(one.contains("<title>T</title>") && one.contains("x-range=\"-10:10\"")
      && one.contains("command=\"sigmoid-viewer render x.svg\""))
  }

  // MARK: - Curve fidelity

  /// The path data of every `<g class="curve">`: one polyline per `<path d=...>`.
  static func curvePolylines(_ svg: String) -> [[Point]] {
    var lines: [[Point]] = []
    for group in svg.components(separatedBy: "<g class=\"curve\"").dropFirst() {
      let body = group.components(separatedBy: "</g>")[0]
      for piece in body.components(separatedBy: "<path d=\"").dropFirst() {
        let data = piece.components(separatedBy: "\"")[0].dropFirst()  // the M
        lines.append(data.split(separator: " ").map { pair in
          let xy = pair.split(separator: ",").map { Double($0)! }
          return Point(xy[0], xy[1])
        })
      }
    }
    return lines
  }

  /// At several views and y scales, each curve point the plot shows (four per pixel
  /// column, exact values through the viewport) lies within 0.25 px of the written
  /// polylines, and no polyline has more than a few hundred vertices.
  @Test(arguments: [
    (nil, nil, YScale.linear), (-2.0...2.0, nil, .linear), (-40.0...40.0, nil, .log),
    (-8.0...8.0, nil, .logit),
  ] as [(ClosedRange<Double>?, ClosedRange<Double>?, YScale)])
  func writtenCurvesStayWithinAQuarterPixel(_ x: ClosedRange<Double>?,
                                            _ y: ClosedRange<Double>?, _ scale: YScale) {
    var display = DisplayOptions()
    display.yScale = scale
    display.curves = Set(PlottedCurve.sigmoidCurves)
    var model = PlotFrameModel(width: 1280, height: 720, scale: 1, xRange: x, yRange: y,
                               display: display, font: TestFonts.dejaVu)
    let list = model.displayList()
    var backend = SVGBackend(font: TestFonts.dejaVu)
    let svg = backend.document(list, width: 1280, height: 720)
    let lines = Self.curvePolylines(svg)
    #expect(!lines.isEmpty)
    for line in lines { #expect(line.count < 400, "\(line.count) vertices") }
    let vp = model.state.viewport
    var worst = 0.0
    for curve in display.visibleCurves {
      for i in 0...(4 * Int(vp.plot.width)) {
        let px = vp.plot.left + Double(i) / 4
        let u = curve.scaledValue(vp.x(forPixelX: px), in: scale)
        let py = vp.pixelY(forU: u)
        guard py.isFinite, py >= vp.plot.top, py <= vp.plot.bottom else { continue }
        let p = Point(px, py)
        let d = lines.map { PolylineSimplifierTests.distance(p, to: $0) }.min()!
        worst = max(worst, d)
      }
    }
    #expect(worst <= CurveSampler.tolerance, "worst \(worst) px")
  }
}
