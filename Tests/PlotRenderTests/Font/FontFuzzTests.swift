// Fuzzing the TrueType reader: thousands of truncated, bit-flipped, overwritten, shifted
// and spliced copies of DejaVu Sans, synthetic fonts whose tables are random bytes, and
// plain random data. Each must end in a FontError or in a font whose every query keeps its
// contract (exerciseDamagedFont); a crash or a hang would stop the run.
//
// Every case is made from its own seed (caseSeed(kind, index)), so one case can be rerun
// alone: SIGMOID_FONT_FUZZ_CASE=kind:index. SIGMOID_FONT_FUZZ_CASES=N scales the count;
// SIGMOID_FONT_FUZZ_VERBOSE=1 prints each case before it runs (to find one that crashes).

import Foundation
import TestSupport
import Testing
import PlotCore
@testable import PlotRender

@Suite struct FontFuzzTests {
  /// Cases per kind: 300 by default (2400 in all, a few seconds in debug).
  static let casesPerKind = ProcessInfo.processInfo.environment["SIGMOID_FONT_FUZZ_CASES"]
    .flatMap { Int($0) } ?? 300
  static let verbose = ProcessInfo.processInfo.environment["SIGMOID_FONT_FUZZ_VERBOSE"] == "1"
  /// "kind:index" to run one case only.
  static let only = ProcessInfo.processInfo.environment["SIGMOID_FONT_FUZZ_CASE"]

  /// How a case damages its input.
  enum Kind: String, CaseIterable, Sendable {
    case truncated, bitFlips, overwrite, shifted, directory, tableSplice, synthetic, random
  }

  static let intact = TestFonts.dejaVuBytes
  static let naive = NaiveFontTables(TestFonts.dejaVuBytes)
  static let tables = naive.tables.sorted { $0.value.offset < $1.value.offset }

  /// The seed of case `index` of `kind`: fixed, so a failure names a case that replays.
  static func caseSeed(_ kind: Kind, _ index: Int) -> UInt64 {
    0xF0_2026 &* UInt64(Kind.allCases.firstIndex(of: kind)! + 1) &+ UInt64(index) &* 0x9E37_79B9
  }

  /// The bytes of one case.
  static func input(_ kind: Kind, _ index: Int) -> [UInt8] {
    var rng = SplitMix64(seed: caseSeed(kind, index))
    var bytes = intact
    func anywhere() -> Int { Int.random(in: 0..<bytes.count, using: &rng) }
    /// A spot in the first bytes of a table, where the structure the reader follows is.
    func structural() -> Int {
      let t = tables.randomElement(using: &rng)!.value
      return min(t.offset + Int.random(in: 0..<max(1, min(t.length, 96)), using: &rng), bytes.count - 1)
    }
    switch kind {
    case .truncated:
      let cut = Bool.random(using: &rng) ? anywhere() : structural()
      return Array(bytes[..<cut])
    case .bitFlips:
      for _ in 0..<Int.random(in: 1...16, using: &rng) {
        let at = Bool.random(using: &rng) ? anywhere() : structural()
        bytes[at] ^= 1 << UInt8.random(in: 0...7, using: &rng)
      }
    case .overwrite:
      // Runs of 0x00, 0xFF or random bytes: zero lengths, huge counts, wild offsets.
      for _ in 0..<Int.random(in: 1...4, using: &rng) {
        let at = Bool.random(using: &rng) ? anywhere() : structural()
        let fill = [UInt8(0), 0xFF, 0x7F, 0x80].randomElement(using: &rng)!
        for i in at..<min(bytes.count, at + Int.random(in: 1...12, using: &rng)) {
          bytes[i] = Bool.random(using: &rng) ? fill : UInt8.random(in: 0...255, using: &rng)
        }
      }
    case .shifted:
      // Bytes inserted or removed: every offset after the spot is now wrong.
      let at = Bool.random(using: &rng) ? anywhere() : structural()
      let n = Int.random(in: 1...64, using: &rng)
      if Bool.random(using: &rng) {
        bytes.insert(contentsOf: (0..<n).map { _ in UInt8.random(in: 0...255, using: &rng) }, at: at)
      } else {
        bytes.removeSubrange(at..<min(bytes.count, at + n))
      }
    case .directory:
      // A table record's offset or length changed: tables overlap, leave the file, shrink.
      let count = Int(bytes[4]) << 8 | Int(bytes[5])
      for _ in 0..<Int.random(in: 1...3, using: &rng) {
        let record = 12 + 16 * Int.random(in: 0..<count, using: &rng)
        let field = record + (Bool.random(using: &rng) ? 8 : 12)
        let value: UInt32 = switch Int.random(in: 0..<4, using: &rng) {
        case 0: 0
        case 1: UInt32.random(in: 0...UInt32(bytes.count), using: &rng)
        case 2: UInt32.max - UInt32.random(in: 0...16, using: &rng)
        default: UInt32.random(in: 0...64, using: &rng)
        }
        for i in 0..<4 { bytes[field + i] = UInt8(truncatingIfNeeded: value >> (24 - 8 * UInt32(i))) }
      }
    case .tableSplice:
      // One table's start replaced by another table's bytes (a cmap that reads as loca...).
      let a = tables.randomElement(using: &rng)!.value
      let b = tables.randomElement(using: &rng)!.value
      let n = min(a.length, b.length, Int.random(in: 4...512, using: &rng))
      bytes.replaceSubrange(a.offset..<(a.offset + n), with: intact[b.offset..<(b.offset + n)])
    case .synthetic:
      return syntheticFont(&rng)
    case .random:
      var noise = (0..<Int.random(in: 0...2048, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
      if noise.count >= 6 && Bool.random(using: &rng) {
        noise.replaceSubrange(0..<4, with: [0, 1, 0, 0])
        noise[4] = 0
        noise[5] = UInt8.random(in: 0...40, using: &rng)
      }
      return noise
    }
    return bytes
  }

  /// A well-formed table directory whose tables are short runs of random bytes, with the
  /// few fields that gate the rest ('head' magic, small counts) often made plausible, so
  /// the cmap, loca/glyf and kern readers see hostile content, not just a refusal.
  static func syntheticFont(_ rng: inout SplitMix64) -> [UInt8] {
    let tags = ["cmap", "glyf", "head", "hhea", "hmtx", "kern", "loca", "maxp", "OS/2"]
    var tableBytes: [[UInt8]] = tags.map { _ in
      (0..<Int.random(in: 0...160, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
    }
    func set16(_ t: Int, _ at: Int, _ v: Int) {
      guard tableBytes[t].count >= at + 2 else { return }
      tableBytes[t][at] = UInt8((v >> 8) & 0xFF); tableBytes[t][at + 1] = UInt8(v & 0xFF)
    }
    if Int.random(in: 0..<4, using: &rng) != 0 {
      // Long enough for the fixed structures, with the gating fields plausible; the
      // rest (cmap segments, loca offsets, glyph data, kern pairs) stays random.
      let glyphs = Int.random(in: 1...40, using: &rng)
      let longOffsets = Bool.random(using: &rng)
      let minimum = [4 + 8 + 16 + 8 * 4, 0, 54, 36, 4 * glyphs, 0, (glyphs + 1) * (longOffsets ? 4 : 2), 6, 0]
      for (t, n) in minimum.enumerated() where tableBytes[t].count < n {
        tableBytes[t] += (0..<(n - tableBytes[t].count)).map { _ in UInt8.random(in: 0...255, using: &rng) }
      }
      tableBytes[2].replaceSubrange(12..<16, with: [0x5F, 0x0F, 0x3C, 0xF5])
      set16(2, 18, [16, 1000, 2048, 16384].randomElement(using: &rng)!)
      set16(2, 50, longOffsets ? 1 : 0)
      set16(7, 4, glyphs)
      set16(3, 34, Int.random(in: 1...glyphs, using: &rng))
      set16(0, 0, 0); set16(0, 2, 1)  // one cmap subtable record
      set16(0, 4, 3); set16(0, 6, [1, 10].randomElement(using: &rng)!)  // platform 3
      set16(0, 8, 0); set16(0, 10, 12)  // at offset 12
      if Bool.random(using: &rng) {
        set16(0, 12, 4); set16(0, 18, 2 * Int.random(in: 1...4, using: &rng))  // segCountX2
      } else {
        set16(0, 12, 12); set16(0, 24, 0); set16(0, 26, Int.random(in: 0...2, using: &rng))
      }
      if longOffsets {  // loca: increasing offsets into a glyf of random bytes
        var at = 0
        for g in 0...glyphs {
          let v = at
          for i in 0..<4 { tableBytes[6][4 * g + i] = UInt8((v >> (24 - 8 * i)) & 0xFF) }
          at += Int.random(in: 0...40, using: &rng)
        }
      }
    }
    var file: [UInt8] = [0, 1, 0, 0, 0, UInt8(tags.count), 0, 0, 0, 0, 0, 0]
    var offset = 12 + 16 * tags.count
    for (tag, table) in zip(tags, tableBytes) {
      file += Array(tag.utf8) + [0, 0, 0, 0]
      for v in [offset, table.count] { file += (0..<4).map { UInt8((v >> (24 - 8 * $0)) & 0xFF) } }
      offset += table.count
    }
    for table in tableBytes { file += table }
    return file
  }

  @Test(arguments: Kind.allCases)
  func readerSurvivesDamage(_ kind: Kind) {
    let indices: [Int]
    if let only = Self.only {
      let parts = only.split(separator: ":")
      guard parts.count == 2, parts[0] == kind.rawValue, let i = Int(parts[1]) else { return }
      indices = [i]
    } else {
      indices = Array(0..<Self.casesPerKind)
    }
    var refused = 0
    var slowest = (index: -1, seconds: 0.0)
    for index in indices {
      if Self.verbose {
        FileHandle.standardError.write(Data("font fuzz \(kind.rawValue):\(index)\n".utf8))
      }
      let start = Date()
      let bytes = Self.input(kind, index)
      var problems: [String] = []
      // glyphStride 997: six glyphs spread over the font plus the text's, per case.
      if case .refused(let error) = exerciseDamagedFont(bytes, glyphStride: 997, problems: &problems) {
        refused += 1
        if error.description.isEmpty { problems.append("empty error message") }
      }
      let seconds = Date().timeIntervalSince(start)
      if seconds > slowest.seconds { slowest = (index, seconds) }
      if !problems.isEmpty {
        let name = "\(kind.rawValue):\(index)"
        let message = "case \(name) (seed \(Self.caseSeed(kind, index))), rerun with "
          + "SIGMOID_FONT_FUZZ_CASE=\(name): \(problems.joined(separator: "; "))"
        Issue.record(Comment(rawValue: message))
      }
    }
    print("font fuzz \(kind.rawValue): \(indices.count) cases, \(refused) refused, "
      + "slowest \(kind.rawValue):\(slowest.index) \(String(format: "%.1f", slowest.seconds * 1000)) ms")
    // Random data must never pass for a font; damage elsewhere is often harmless.
    if kind == .random { #expect(refused == indices.count) }
  }
}
