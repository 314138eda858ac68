// The activation catalogue of issue 12: every plotted family the viewer offers, by its
// PyTorch name, in the order the picker and the help list them. Nothing here computes:
// each family's numerics live in its own file.

/// The catalogue's families, and lookup by command-line name.
public enum FunctionCatalogue {
  /// Every family, in the order: the logistic family first, then the smooth
  /// saturating ones, the rectifiers, the exponential units, the gated ones and the hard
  /// (piecewise linear) ones.
  public static let all: [any PlotFunction] = [
    SigmoidFunction(), TanhFunction(), SoftsignFunction(), SoftplusFunction(),
    LogSigmoidFunction(), ReLUFunction(), ReLU6Function(), LeakyReLUFunction(),
    ELUFunction(), CELUFunction(), SELUFunction(), GELUFunction(), GELUTanhFunction(),
    SiLUFunction(), MishFunction(), HardsigmoidFunction(), HardswishFunction(),
    HardtanhFunction(),
  ]

  /// The command-line names, in catalogue order.
  public static var names: [String] { all.map(\.names.commandLine) }

  /// The family called `name` (ASCII case ignored: "GELU" is gelu), nil if none is.
  public static func function(named name: String) -> (any PlotFunction)? {
    let key = name.lowercased()
    return all.first { $0.names.commandLine == key }
  }
}
