// Damaged and hostile font files: each must be refused with a FontError or load and
// answer within contract; a crash or hang fails the whole run. The loop body is
// exerciseDamagedFont (FontTestSupport.swift), so a longer fuzz run can reuse it.

import Foundation
import TestSupport
import Testing
import PlotCore
@testable import PlotRender

@Suite struct DamagedFontTests {
  /// How many damaged inputs each random test makes: 300 by default, more with
  /// SIGMOID_FONT_FUZZ_ITERATIONS=N for a long run (release builds are ~10× faster).
  static let iterations = ProcessInfo.processInfo.environment["SIGMOID_FONT_FUZZ_ITERATIONS"]
    .flatMap { Int($0) } ?? 300

  let intact = TestFonts.dejaVuBytes
  let naive = NaiveFontTables(TestFonts.dejaVuBytes)

  /// Runs `exerciseDamagedFont` on every input and checks no contract was broken;
  /// returns how many were refused and how many loaded but had unreadable glyphs, so
  /// callers can check the damage was noticed.
  @discardableResult
  private func survive(_ inputs: some Sequence<[UInt8]>, label: String,
                       sourceLocation: SourceLocation = #_sourceLocation)
    -> (refused: Int, badGlyphs: Int, total: Int) {
    var refused = 0
    var badGlyphs = 0
    var total = 0
    for (i, bytes) in inputs.enumerated() {
      var problems: [String] = []
      switch exerciseDamagedFont(bytes, problems: &problems) {
      case .refused(let error):
        refused += 1
        #expect(!error.description.isEmpty, sourceLocation: sourceLocation)
      case .loaded(let glyphErrors):
        if glyphErrors > 0 { badGlyphs += 1 }
      }
      total += 1
      #expect(problems.isEmpty, "\(label) #\(i): \(problems)", sourceLocation: sourceLocation)
    }
    return (refused, badGlyphs, total)
  }

  @Test func intactFontPasses() {
    var problems: [String] = []
    #expect(exerciseDamagedFont(intact, glyphStride: 1, problems: &problems)
      == .loaded(glyphErrors: 0))
    #expect(problems.isEmpty)
  }

  /// Cut at every length in the header and directory, around every table's start and
  /// end, and at a spread through the file.
  @Test func truncatedFilesAreRefusedOrReadSafely() {
    var lengths = Set(0..<400)
    for (offset, length) in naive.tables.values {
      for d in -3...3 { lengths.insert(offset + d); lengths.insert(offset + length + d) }
    }
    lengths.formUnion(stride(from: 0, to: intact.count, by: intact.count / 150))
    let cuts = lengths.filter { $0 >= 0 && $0 < intact.count }.sorted()
    let result = survive(cuts.lazy.map { Array(intact[..<$0]) }, label: "truncated")
    // Every table lies before the last few kB, so almost every cut loses one.
    #expect(result.refused * 10 >= result.total * 9, "\(result)")
  }

  /// Seeded byte flips, half anywhere and half inside the structural start of a
  /// random table, where damage reaches the most code.
  @Test func randomByteFlipsAreRefusedOrReadSafely() {
    var rng = SplitMix64(seed: 0x5EED_F0_7)
    let tables = naive.tables.values.sorted { $0.offset < $1.offset }
    let damaged = (0..<Self.iterations).lazy.map { _ -> [UInt8] in
      var bytes = intact
      for _ in 0..<Int.random(in: 1...8, using: &rng) {
        let at: Int
        if Bool.random(using: &rng) {
          at = Int.random(in: 0..<bytes.count, using: &rng)
        } else {
          let t = tables.randomElement(using: &rng)!
          at = t.offset + Int.random(in: 0..<min(t.length, 64), using: &rng)
        }
        bytes[at] = UInt8.random(in: 0...255, using: &rng)
      }
      return bytes
    }
    let result = survive(damaged, label: "flipped (seed 0x5EEDF07)")
    #expect(result.refused > 0 && result.badGlyphs > 0, "\(result)")
  }

  /// Damage aimed at glyph data: overwrite a run inside a random glyph that text uses.
  @Test func scribbledGlyphsAreRefusedOrReadSafely() {
    var rng = SplitMix64(seed: 42)
    let glyphs = "SigmoidFunctionDerivativexValue0123456789éÄ".unicodeScalars
      .map { Int(TestFonts.dejaVu.glyphIndex(for: $0)) }
    let damaged = (0..<Self.iterations / 2).lazy.map { _ -> [UInt8] in
      var bytes = intact
      let start = naive.glyphStart(glyphs.randomElement(using: &rng)!)
      let at = start + Int.random(in: 0..<24, using: &rng)
      for i in 0..<Int.random(in: 1...6, using: &rng) {
        bytes[at + i] = UInt8.random(in: 0...255, using: &rng)
      }
      return bytes
    }
    let result = survive(damaged, label: "scribbled glyph")
    #expect(result.badGlyphs >= 20, "glyph damage should mostly be noticed: \(result)")
  }

  /// Random bytes, some behind a valid sfnt header so the directory reader is reached.
  @Test func randomDataIsRefused() {
    var rng = SplitMix64(seed: 7)
    let inputs = (0..<Self.iterations).lazy.map { i -> [UInt8] in
      var bytes = (0..<Int.random(in: 0...4096, using: &rng)).map { _ in
        UInt8.random(in: 0...255, using: &rng)
      }
      if i % 2 == 0 && bytes.count >= 6 {
        bytes.replaceSubrange(0..<4, with: [0, 1, 0, 0])
        bytes[4] = 0; bytes[5] = UInt8.random(in: 0...30, using: &rng)
      }
      return bytes
    }
    let result = survive(inputs, label: "random")
    #expect(result.refused == result.total)
  }
}
