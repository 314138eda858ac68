// Tests of SVGMarkup.spacing and the <text> elements it marks: a text whose spaces SVG
// would collapse (the threshold list's "1  textbook S = 1.0 …") carries
// xml:space="preserve"; every other text's markup is unchanged.

import PlotCore
import Testing
import TestSupport
@testable import PlotRender

@Suite struct SVGTextSpacingTests {
  @Test func onlyTextsWithSpacesThatCollapseArePreserved() {
    for text in ["1  textbook S = 1.0", " lead", "trail ", "a\tb", "a\nb"] {
      #expect(SVGMarkup.spacing(text) == " xml:space=\"preserve\"", "\(text)")
    }
    for text in ["", "x", "textbook S = 1.0 from 7.6246", "a b c", "−2"] {
      #expect(SVGMarkup.spacing(text) == "", "\(text)")
    }
  }

  @Test func theTextElementKeepsItsDoubleSpace() {
    var list = DisplayList()
    list.clear(.white)
    list.text(TextRun("1  textbook S = 1.0", pixelSize: 13, at: Point(5, 20), anchor: .left,
                      color: .black), role: .text(.marker))
    list.text(TextRun("x", pixelSize: 13, at: Point(5, 40), anchor: .left, color: .black),
              role: .text(.xLabel))
    var backend = SVGBackend(font: TestFonts.dejaVu)
    let svg = backend.document(list, width: 100, height: 50)
    #expect(svg.contains("fill=\"#000000\" xml:space=\"preserve\">1  textbook S = 1.0</text>"))
    #expect(svg.contains("fill=\"#000000\">x</text>"))
  }
}
