// Tests of the scene's display switches through real renders: the grid goes with G, the
// legend lists every curve, hidden ones dimmed (its entries tile it for clicks), S'' is drawn
// in its own colour, the key help overlay lists every binding of the bindings table, and the
// box-zoom rectangle is outlined where it is dragged.

import PlotCore
import Testing
@testable import PlotRender
import ViewerModel

@Suite struct DisplaySceneTests {
  static func render(width: Int = 1000, height: Int = 640, scale: Double = 1,
                     _ edit: (inout SceneFrame) -> Void) -> (Canvas, PlotScene, SceneFrame) {
    SceneFixture.render(.standard, width: width, height: height, scale: scale, edit: edit)
  }

  /// Along each x tick's grid column inside the plot: mostly grid colour with the grid on,
  /// never with it off.
  @Test func gridGoesWithShowsGrid() {
    for showsGrid in [true, false] {
      let (canvas, scene, frame) = Self.render { $0.display.showsGrid = showsGrid }
      let vp = frame.viewport
      let ticks = vp.xTicks(targetSpacing: AxisLayout.xSpacing * scene.lastLayout.scale).ticks
      #expect(ticks.count >= 3)
      let grid = PlotStyle().grid.argb
      let top = Int(vp.plot.top) + 2, bottom = Int(vp.plot.bottom) - 2
      for t in ticks where t.pixel > vp.plot.left + 2 && t.pixel < vp.plot.right - 2 {
        let column = Int(scene.crisp(t.pixel, width: 1).0)
        let onGrid = (top..<bottom).filter { canvas[column, $0] == grid }.count
        if showsGrid {
          #expect(Double(onGrid) > 0.5 * Double(bottom - top), "tick \(t.label)")
        } else {
          #expect(onGrid == 0, "tick \(t.label): grid colour with the grid off")
        }
      }
    }
  }

  /// For every set of curves, none included: the legend names all three in S, S', S''
  /// order, the hidden ones dimmed (faded swatch, grey name) so a click brings them back;
  /// its entries tile the legend box, each holding its swatch and its name.
  @Test func legendListsEveryCurveAndDimsTheHidden() throws {
    let subsets: [[Curve]] = [[.sigmoid], [.derivative], [.secondDerivative],
                              [.sigmoid, .secondDerivative], Curve.allCases, []]
    let style = PlotStyle()
    for curves in subsets {
      let (canvas, scene, _) = Self.render { $0.curves = curves.reversed() }
      let layout = scene.lastLayout
      #expect(layout.texts(.legendEntry).map(\.text) == Curve.allCases.map(\.displayName))
      #expect(layout.legendEntries.map(\.curve) == Curve.allCases)
      #expect(layout.dimmedLegendCurves == Curve.allCases.filter { !curves.contains($0) })
      let legend = try #require(layout.legend)
      let rows = layout.legendEntries.map(\.box)
      #expect(rows.first?.y0 == legend.y0 && rows.last?.y1 == legend.y1)
      for (a, b) in zip(rows, rows.dropFirst()) { #expect(a.y1 == b.y0) }
      for (i, row) in rows.enumerated() {
        #expect(row.x0 == legend.x0 && row.x1 == legend.x1)
        #expect(row.contains(layout.legendSwatches[i]))
        #expect(row.contains(layout.texts(.legendEntry)[i].box))
        // The swatch's middle pixel: the curve's colour, or faded to a third of it.
        let curve = Curve.allCases[i]
        let swatch = layout.legendSwatches[i]
        let pixel = canvas[Int((swatch.x0 + swatch.x1) / 2), Int(swatch.y0)]
        let want = curves.contains(curve) ? style.color(for: curve) : style.faded(style.color(for: curve))
        #expect(SceneFixture.difference(pixel, want.argb) <= 2, "\(curve) swatch")
        // The name: its darkest pixel is the ink's colour when shown, grey when hidden.
        let name = layout.texts(.legendEntry)[i].box
        var darkest = 255
        for y in Int(name.y0)..<Int(name.y1) {
          for x in Int(name.x0)..<Int(name.x1) { darkest = min(darkest, Int(canvas[x, y] & 0xFF)) }
        }
        if curves.contains(curve) {
          #expect(darkest <= 0x30, "\(curve) name should be dark: \(darkest)")
        } else {
          #expect(darkest >= 0x90, "\(curve) name should be dimmed: \(darkest)")
        }
      }
    }
    // Nothing hidden: nothing dimmed, and the faded colour is really lighter.
    let (_, all, _) = Self.render { $0.curves = Curve.allCases }
    #expect(all.lastLayout.dimmedLegendCurves.isEmpty)
    #expect(style.faded(style.sigmoidColor).argb & 0xFF > style.sigmoidColor.argb & 0xFF)
  }

  @Test func secondDerivativeHasItsOwnColour() {
    let color = PlotStyle().secondDerivativeColor.argb
    let (with, _, _) = Self.render { $0.curves = Curve.allCases }
    let (without, _, _) = Self.render { $0.curves = [.sigmoid, .derivative] }
    #expect(with.pixels.filter { $0 == color }.count > 300)
    #expect(!without.pixels.contains(color))
  }

  /// The help lists every binding of the bindings table, keys and action side by side, inside its
  /// box, no text over another; the box fits the canvas and the plot around it is dimmed.
  /// At 480 x 360 the full table (with Esc's long row) fits only under 9 px: the short one.
  @Test(arguments: [(1000, 640, 1.0), (640, 480, 1.0), (2000, 1280, 2.0), (480, 360, 1.0)])
  func helpOverlayListsEveryBinding(width: Int, height: Int, scale: Double) throws {
    let table = width >= 640 ? BindingTable.help.entries : BindingTable.help.compactEntries
    let (canvas, scene, _) = Self.render(width: width, height: height, scale: scale) {
      $0.display.showsHelp = true
    }
    let (plain, _, _) = Self.render(width: width, height: height, scale: scale) { _ in }
    let help = try #require(scene.lastLayout.help)
    let keys = help.texts.filter { $0.role == .helpKeys }
    let actions = help.texts.filter { $0.role == .helpAction }
    #expect(keys.map(\.text) == table.map(\.keys))
    #expect(actions.map(\.text) == table.map(\.action))
    #expect(help.texts.filter { $0.role == .helpTitle }.map(\.text) == [BindingTable.help.title])
    for (k, a) in zip(keys, actions) {
      #expect(k.baseline == a.baseline && k.box.x1 < a.box.x0, "\(k.text): \(a.text)")
    }
    for (i, t) in help.texts.enumerated() {
      #expect(help.box.contains(t.box), "\(t.text) outside the help box")
      for u in help.texts[(i + 1)...] { #expect(!t.box.overlaps(u.box), "\(t.text) / \(u.text)") }
    }
    #expect(scene.lastLayout.canvas.contains(help.box))
    #expect(help.textSize >= 6 * scale)
    // Dimmed outside the box: a background pixel in the corner is darker than before.
    #expect(canvas[1, 1] & 0xFF < plain[1, 1] & 0xFF)
    #expect(canvas[Int(help.box.x0) + 3, Int(help.box.y0) + 3] == PlotStyle().background.argb)
    let (_, hidden, _) = Self.render(width: width, height: height, scale: scale) { _ in }
    #expect(hidden.lastLayout.help == nil)
  }

  /// The box-zoom rectangle: outlined on its edges, tinted inside, clipped to the plot.
  @Test func selectionIsOutlined() throws {
    let rect = PixelRect(left: 300, top: 200, width: 240, height: 130)!
    let (canvas, scene, _) = Self.render { $0.selection = rect; $0.curves = [] }
    let (plain, _, _) = Self.render { $0.curves = [] }
    let box = try #require(scene.lastLayout.selection)
    #expect(box == Box(x0: 300, y0: 200, x1: 540, y1: 330))
    let outline = PlotStyle().selectionOutline.argb
    #expect(canvas[400, 200] == outline && canvas[400, 329] == outline)
    #expect(canvas[300, 250] == outline && canvas[539, 250] == outline)
    // Tinted inside (bluer than the plain plot), untouched just outside.
    let inside = canvas[420, 260], before = plain[420, 260]
    let redDrop = Int((before >> 16) & 0xFF) - Int((inside >> 16) & 0xFF)
    let blueDrop = Int(before & 0xFF) - Int(inside & 0xFF)
    #expect(redDrop > blueDrop && redDrop > 10 && redDrop < 40, "\(redDrop), \(blueDrop)")
    #expect(canvas[420, 340] == plain[420, 340])
    // A box reaching past the plot is cut at the frame.
    let (_, wide, frame) = Self.render {
      $0.selection = PixelRect(left: -50, top: -50, width: 5000, height: 300)!
    }
    let cut = try #require(wide.lastLayout.selection)
    #expect(cut.x0 >= frame.viewport.plot.left && cut.x1 <= frame.viewport.plot.right)
    #expect(cut.y0 >= frame.viewport.plot.top)
  }
}
