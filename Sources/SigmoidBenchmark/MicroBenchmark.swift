// `sigmoid-benchmark micro`: nanoseconds per call of S, S', S'' (Double and Float) on
// random inputs, next to the pre-issue-17 formulas, and the share of calls that took the
// accurate path. Nothing is asserted; the machine may be shared, so compare within a run.

import Foundation
import PlotCore

/// Times the sigmoid functions on seeded random inputs.
struct MicroBenchmark {
  /// Inputs per timing pass, and passes (the fastest is reported).
  var count = 1 << 20
  var passes = 5
  /// Inputs per function whose deciding steps are counted.
  var shareCalls = 1 << 22

  /// A seeded xorshift generator: the same inputs on every run.
  struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return state
    }
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
  }

  /// The input distributions: the plotted range, and magnitudes from 2^-30 to 745
  /// log-uniformly with random signs (every binade that matters equally often).
  static func inputs(_ kind: String, count: Int) -> [Double] {
    var g = Generator(state: 0x9E37_79B9_7F4A_7C15)
    return (0..<count).map { i in
      switch kind {
      case "uniform [-40, 40]": return -40 + 80 * g.unit()
      case "ascending [-10, 10]": return -10 + 20 * Double(i) / Double(count)
      default:
        let magnitude = exp(log(0x1p-30) + (log(745.0) - log(0x1p-30)) * g.unit())
        return g.next() & 1 == 0 ? magnitude : -magnitude
      }
    }
  }

  /// Fastest pass's ns per call of `f` over `xs` (the sum is kept so nothing is elided).
  func nanoseconds(_ xs: [Double], _ f: (Double) -> Double) -> Double {
    var best = Double.infinity
    var sink = 0.0
    for _ in 0..<passes {
      let start = DispatchTime.now().uptimeNanoseconds
      for x in xs { sink += f(x) }
      let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start)
      best = min(best, elapsed / Double(xs.count))
    }
    if sink == 42 { print("") }
    return best
  }

  func run() {
    let functions: [(String, (Double) -> Double, (Double) -> Double, (Float) -> Float)] = [
      ("S", sigmoid, LegacySigmoid.sigmoid, sigmoid),
      ("S'", sigmoidDerivative, LegacySigmoid.derivative, sigmoidDerivative),
      ("S''", sigmoidSecondDerivative, LegacySigmoid.secondDerivative,
       sigmoidSecondDerivative),
    ]
    for kind in ["ascending [-10, 10]", "uniform [-40, 40]", "log-uniform |x| in [2^-30, 745]"] {
      let xs = Self.inputs(kind, count: count)
      print("micro: \(kind), \(count) inputs, fastest of \(passes) passes (ns per call):")
      for (name, f, legacy, float) in functions {
        let now = nanoseconds(xs, f)
        let before = nanoseconds(xs, legacy)
        let asFloat = nanoseconds(xs) { Double(float(Float($0))) }
        print("  " + name.padding(toLength: 4, withPad: " ", startingAt: 0)
          + String(format: "correctly rounded %6.2f   pre-issue-17 %6.2f   (x%.2f)   Float %6.2f",
                   now, before, now / before, asFloat))
      }
      let share = Self.inputs(kind, count: shareCalls)
      var line = "  deciding step over \(shareCalls) inputs (Float80, cheap exp, double-double, accurate):"
      for (name, tag) in [("S", SigmoidKind.sigmoid), ("S'", .derivative),
                          ("S''", .secondDerivative)] {
        for format in ["Double", "Float"] {
          var steps = [0, 0, 0, 0]
          for x in share {
            let step = format == "Double"
              ? sigmoidDecidingStep(tag, at: x) : sigmoidDecidingStep(tag, at: Float(x))
            steps[max(step, 0)] += 1  // special values count as decided at once
          }
          line += "\n    " + (name + " " + format).padding(toLength: 11, withPad: " ", startingAt: 0)
            + steps.map { count in
              String(format: "%d (%.2g)", count, Double(count) / Double(shareCalls))
            }.joined(separator: ", ")
            + String(format: "; accurate path: %.3g%%", 100 * Double(steps[3]) / Double(shareCalls))
        }
      }
      print(line)
    }
  }
}
