// The exhaustive checks of issue 14: every finite float16, bfloat16, float8_e4m3 and
// float8_e5m2 input, for the sigmoid, tanh, GELU and SiLU and each formula, against the
// independent emulation of Fixtures/Precision/make_precision_reference.py (Fractions and
// mpmath, its own rounding and encodings): digests of the results' encodings per block
// of 4096 inputs, so a mismatch names the block.

import Foundation
import Testing
@testable import PlotCore

@Suite struct PrecisionExhaustiveTests {
  /// One fixture line: which results, from which input encoding, how many, their digest.
  struct Digest: Sendable, CustomStringConvertible {
    var function: String, formula: String, format: String
    var order: Int, firstBits: UInt64, count: Int, fnv: UInt64
    var description: String { "\(function) \(formula) \(format) order \(order) from 0x\(String(firstBits, radix: 16))" }
  }

  static let digests: [Digest] = {
    guard let url = Bundle.module.url(forResource: "precision-reference", withExtension: "csv",
                                      subdirectory: "Precision"),
      let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").compactMap { line in
      if line.hasPrefix("#") { return nil }
      let f = line.split(separator: ",").map(String.init)
      guard f.count == 7, let first = UInt64(f[4]), let count = Int(f[5]),
        let fnv = UInt64(f[6], radix: 16) else { return nil }
      return Digest(function: f[0], formula: f[1], format: f[2], order: Int(f[3]) ?? -1,
                    firstBits: first, count: count, fnv: fnv)
    }
  }()

  /// The formats checked: every finite input of each. (Until `exact` decided the
  /// roundings that sit on a midpoint, 9 bfloat16 blocks differed here: S'' ≈ −x/8 for
  /// subnormal x; see PrecisionFormula+Exact.swift.)
  static let formats: [NumberFormat] = [.bfloat16, .float16, .float8E4M3, .float8E5M2]

  /// The finite inputs of `format` in encoding order, with their encodings.
  static func inputs(_ format: NumberFormat) -> [(bits: UInt64, x: Double)] {
    format.allValues!.enumerated().compactMap { $1.isFinite ? (UInt64($0), $1) : nil }
  }

  /// FNV-1a 64 of the values' encodings (little endian, bitWidth/8 bytes; NaN canonical,
  /// −0 as +0), as the generator computes it.
  static func fnv(_ values: ArraySlice<Double>, _ format: NumberFormat) -> UInt64 {
    var h: UInt64 = 0xcbf29ce484222325
    for v in values {
      let bits = v == 0 ? 0 : format.bits(of: v)
      for i in 0..<(format.bitWidth / 8) {
        h = (h ^ ((bits >> UInt64(8 * i)) & 0xff)) &* 0x100000001b3
      }
    }
    return h
  }

  @Test func fixtureCoversEveryCombination() {
    #expect(Self.digests.count > 0, "precision-reference.csv is missing")
    for format in Self.formats {
      let n = Self.inputs(format).count
      let line = Self.digests.first { $0.function == "inputs" && $0.format == format.name }
      #expect(line?.count == n, "\(format)")
      #expect(line?.fnv == Self.fnv(Self.inputs(format).map(\.x)[...], format), "\(format) encodings")
    }
  }

  @Test(arguments: ["sigmoid", "tanh", "gelu", "silu"])
  func everyInputMatchesTheEmulation(_ function: String) throws {
    let spec = try FunctionSpec.parse(function)
    for format in Self.formats {
      let inputs = Self.inputs(format)
      for kind in FormulaKind.allCases {
        let lab = try PrecisionFormula(spec, format: format, kind: kind)
        let rows = inputs.map { lab.computed(at: $0.x) }
        let blocks = Self.digests.filter {
          $0.function == function && $0.formula == kind.rawValue && $0.format == format.name
        }
        #expect(blocks.count == 3 * ((inputs.count + 4095) / 4096), "\(function) \(kind) \(format)")
        for block in blocks {
          let start = inputs.firstIndex { $0.bits == block.firstBits } ?? 0
          let values = rows[start..<(start + block.count)].map { $0[DerivativeOrder(rawValue: block.order)!] }
          #expect(Self.fnv(values[...], format) == block.fnv, "\(block)")
        }
      }
    }
  }
}
