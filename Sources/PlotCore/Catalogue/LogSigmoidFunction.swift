// log S(x), the log-sigmoid, and its derivatives S(−x) and −S'(x).

import Glibc

/// logsigmoid x = log S(x) = −log(1 + e^(−x)); its derivative is S(−x) = 1 − S(x), its
/// second derivative −S'(x).
///
/// Hazards and cures: log(1 + e^(−x)) loses e^(−x)'s digits for x ≫ 0 (log1p), and e^(−x)
/// overflows for x < −709 where the value is ≈ x: there logsigmoid = x − log1p(e^x)
/// (two terms of one sign). 1 − S(x) cancels for x ≫ 0: it is S(−x), correctly rounded,
/// as is S'. The value is within about 1 ulp (glibc's exp and log1p).
public struct LogSigmoidFunction: PlotFunction {
  public init() {}

  public var names: FunctionNames {
    FunctionNames(commandLine: "logsigmoid", legend: "LogSigmoid", symbol: "logsigmoid")
  }
  public var parameters: [FunctionParameter] { [] }

  public func value(at x: Double, _ p: ParameterValues) -> Double {
    if x.isNaN { return x }
    return x >= 0 ? -log1p(exp(-x)) : x - log1p(exp(x))
  }

  public func derivative(at x: Double, _ p: ParameterValues) -> Double { sigmoid(-x) }

  public func secondDerivative(at x: Double, _ p: ParameterValues) -> Double {
    -sigmoidDerivative(x)
  }

  public func naturalLog(_ order: DerivativeOrder, at x: Double, _ p: ParameterValues) -> Double {
    naturalLogFromMagnitude(order, at: x, p)
  }
}
