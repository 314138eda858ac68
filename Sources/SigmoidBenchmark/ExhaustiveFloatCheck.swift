// `sigmoid-benchmark exhaustive-float`: S, S', S'' for Float at all 2^32 inputs, each
// compared with an evaluation that does not share the float rounding: the correctly
// rounded Double result rounded to float, which is the correctly rounded float unless that
// double is itself exactly a float midpoint (then the true value may lie on either side
// of it, and the accurate path decides). Release builds; minutes on two cores.

import Foundation
import PlotCore

/// Writes a line to standard output at once (print is block-buffered into a file, and a
/// run of many minutes should show each function's result as it comes).
func printNow(_ line: String) {
  let text = line + "\n"
  _ = text.withCString { write(1, $0, strlen($0)) }
}

/// Checks the Float functions against the Double ones at every bit pattern.
struct ExhaustiveFloatCheck {
  /// Threads (the machine this was written for has two cores).
  var threads = 2
  /// Only the functions named (S, S', S''); all three if empty.
  var only: [String] = []

  /// The float nearest the true f(x), given y = f(x) correctly rounded to double; nil
  /// when y is exactly halfway between two floats (true f(x) within half a double ulp).
  static func reference(from y: Double) -> Float? {
    let f = Float(y)
    let fd = Double(f)
    if fd == y || y.isNaN { return f }
    let neighbour = y > fd ? f.nextUp : f.nextDown
    return y == (fd + Double(neighbour)) / 2 ? nil : f
  }

  struct Tally {
    var mismatches = 0
    var midpoints = 0
    var examples: [String] = []
  }

  /// Checks bit patterns `range` for one function.
  static func check(_ f: SigmoidKind, _ range: ClosedRange<UInt64>) -> Tally {
    switch f {
    case .sigmoid: return check(f, range, sigmoid, sigmoid)
    case .derivative: return check(f, range, sigmoidDerivative, sigmoidDerivative)
    case .secondDerivative:
      return check(f, range, sigmoidSecondDerivative, sigmoidSecondDerivative)
    }
  }

  @inline(__always)
  static func check(
    _ f: SigmoidKind, _ range: ClosedRange<UInt64>,
    _ float: (Float) -> Float, _ double: (Double) -> Double
  ) -> Tally {
    var tally = Tally()
    for bits in range {
      let x = Float(bitPattern: UInt32(bits))
      let got = float(x)
      let y = double(Double(x))
      var want: Float
      if let r = reference(from: y) {
        want = r
      } else {
        tally.midpoints += 1
        want = accurateFloatValue(f, at: x)
      }
      if got.bitPattern != want.bitPattern && !(got.isNaN && want.isNaN) {
        tally.mismatches += 1
        if tally.examples.count < 5 { tally.examples.append("x = \(x): got \(got), want \(want)") }
      }
    }
    return tally
  }

  func run() {
    let functions: [(String, SigmoidKind)] = [
      ("S", .sigmoid), ("S'", .derivative), ("S''", .secondDerivative),
    ]
    let start = DispatchTime.now().uptimeNanoseconds
    var total = 0
    for (name, tag) in functions where only.isEmpty || only.contains(name) {
      let began = DispatchTime.now().uptimeNanoseconds
      let chunk = (UInt64(1) << 32) / UInt64(threads)
      nonisolated(unsafe) let results = UnsafeMutableBufferPointer<Tally>.allocate(capacity: threads)
      results.initialize(repeating: Tally())
      let threads = threads
      DispatchQueue.concurrentPerform(iterations: threads) { i in
        let low = UInt64(i) * chunk
        let high = i == threads - 1 ? (UInt64(1) << 32) - 1 : low + chunk - 1
        results[i] = Self.check(tag, low...high)  // each thread writes its own slot
      }
      let mismatches = results.reduce(0) { $0 + $1.mismatches }
      let midpoints = results.reduce(0) { $0 + $1.midpoints }
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - began) * 1e-9
      printNow(String(format: "exhaustive-float: %@ all 2^32 inputs, %d mismatches, %d double "
        + "results on a float midpoint (decided by the accurate path), %.0f s",
        name, mismatches, midpoints, seconds))
      for example in results.flatMap(\.examples) { printNow("  " + example) }
      results.deallocate()
      total += mismatches
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
    printNow(String(format: "exhaustive-float: %d mismatches in all, %.0f s on %d threads",
                 total, seconds, threads))
    exit(total == 0 ? 0 : 1)
  }
}
