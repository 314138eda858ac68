// A plotted curve's function and parameters as a spec again, so a view can be written
// back as `--function` options (the render command the window prints).

extension FunctionSpec {
  /// The spec of `curve`'s family at its parameters (its order is not part of a spec).
  public init(curve: PlottedCurve) {
    self.init(function: curve.function, parameters: curve.parameters)
  }
}
