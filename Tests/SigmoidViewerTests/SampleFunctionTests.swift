// Tests of `sample --function SPEC` (Sources/SigmoidViewer/SampleCommand.swift): the
// catalogue function's columns and header, the output unchanged without the option, and a
// bad spec as one usage line that lists what is valid.

import Foundation
import PlotCore
import Testing
@testable import SigmoidViewer

@Suite struct SampleFunctionTests {
  func csv(_ arguments: [String]) throws -> [Substring] {
    var chunks: [[UInt8]] = []
    var output = ChunkedOutput(chunkSize: 64) { chunks.append($0) }
    try SampleCommand(arguments: arguments).run(writingTo: &output)
    return String(decoding: chunks.joined(), as: UTF8.self)
      .split(separator: "\n")
  }

  @Test func functionColumnsAreItsValueAndDerivatives() throws {
    let lines = try csv(["--function", "silu:beta=1.7", "--from", "-3", "--to", "3",
                         "--count", "7"])
    #expect(lines.first == "x,value,derivative,second_derivative")
    #expect(lines.count == 8)
    let silu = SiLUFunction(), p = ParameterValues([1.7])
    for line in lines.dropFirst() {
      let numbers = line.split(separator: ",").compactMap { Double(String($0)) }
      try #require(numbers.count == 4)
      let x = numbers[0]
      #expect(numbers[1] == silu.value(at: x, p))
      #expect(numbers[2] == silu.derivative(at: x, p))
      #expect(numbers[3] == silu.secondDerivative(at: x, p))
    }
  }

  /// PyTorch's convention at a kink: relu'(0) = 0.
  @Test func kinksPrintPyTorchsValues() throws {
    let lines = try csv(["--function", "relu", "--from", "-1", "--to", "1", "--count", "3"])
    #expect(lines[2] == "0.0,0.0,0.0,0.0")
    #expect(lines[3] == "1.0,1.0,1.0,0.0")
  }

  /// At every kink of the piecewise families, `sample` prints ATen's backward rules
  /// (written out here from threshold_backward, hardtanh_backward (x <= min or x >= max
  /// gives 0), leaky_relu_backward (x > 0 ? 1 : slope), elu_backward (x <= 0 takes the
  /// exponential side), hardsigmoid_backward (open interval), the catalogue's hardswish),
  /// and each is the value the scene's filled dot shows (Kink.at).
  @Test(arguments: [
    ("relu", 0.0, "0.0,0.0,0.0,0.0"), ("relu6", 0.0, "0.0,0.0,0.0,0.0"),
    ("relu6", 6.0, "6.0,6.0,0.0,0.0"), ("leaky_relu", 0.0, "0.0,0.0,0.01,0.0"),
    ("leaky_relu:negative_slope=0.2", 0.0, "0.0,0.0,0.2,0.0"),
    ("hardtanh", -1.0, "-1.0,-1.0,0.0,0.0"), ("hardtanh", 1.0, "1.0,1.0,0.0,0.0"),
    ("hardsigmoid", -3.0, "-3.0,0.0,0.0,0.0"), ("hardsigmoid", 3.0, "3.0,1.0,0.0,0.0"),
    ("hardswish", -3.0, "-3.0,0.0,0.0,0.0"), ("hardswish", 3.0, "3.0,3.0,1.0,0.0"),
    ("elu", 0.0, "0.0,0.0,1.0,0.0"), ("elu:alpha=2", 0.0, "0.0,0.0,2.0,0.0"),
    ("celu:alpha=0.5", 0.0, "0.0,0.0,1.0,0.0"),
  ])
  func everyKinkPrintsPyTorchsValue(_ spec: String, _ x: Double, _ want: String) throws {
    let text = x == 0 ? "0" : "\(x)"
    let lines = try csv(["--function", spec, "--from", text, "--to", "\(x + 1)", "--count", "2"])
    #expect(lines.count == 3)
    #expect(lines.count > 1 && lines[1] == Substring(want), "\(spec) at \(x)")
    let curve = try FunctionSpec.parse(spec).curve()
    let k = try #require(curve.function.kinks(curve.parameters).first { $0.x == x })
    let fields = want.split(separator: ",").map { Double(String($0))! }
    #expect([k.value.at, k.first.at, k.second.at] == Array(fields.dropFirst()))
  }

  @Test func withoutTheOptionTheSigmoidsColumnsStay() throws {
    let plain = try csv(["--from", "-2", "--to", "2", "--count", "5"])
    let sigmoid = try csv(["--function", "sigmoid", "--from", "-2", "--to", "2", "--count", "5"])
    #expect(plain.first == "x,sigmoid,derivative,second_derivative")
    #expect(Array(plain.dropFirst()) == Array(sigmoid.dropFirst()))
  }

  @Test(arguments: [
    ("swish", "gelu_tanh"),                        // unknown name: the catalogue listed
    ("softplus:alpha=2", "valid: beta"),           // unknown parameter
    ("elu:alpha=99", "valid: 0.05 to 5"),          // out of range
    ("silu:beta=nan", "not finite"),               // NaN
    ("celu:alpha=inf", "not finite"),              // infinity
  ])
  func badSpecIsOneUsageLine(_ spec: String, _ mentions: String) {
    #expect {
      _ = try SampleCommand(arguments: ["--function", spec, "--from", "0", "--to", "1",
                                        "--count", "2"])
    } throws: { error in
      guard let usage = error as? UsageError else { return false }
      return usage.message.hasPrefix("--function") && usage.message.contains(mentions)
        && !usage.message.contains("\n")
    }
  }
}
