// One slider of the parameter panel: a parameter of one family at the values its curves
// carry. The sliders are read off the legend's curves (every curve of a family with the
// same values shares them), so they are right for any set of shown functions; setting
// one replaces those curves in the legend and among the shown ones at once.

/// One parameter of one (family, parameter values) group of ``DisplayOptions/legendCurves``.
public struct ParameterSlider: Sendable, Equatable, CustomStringConvertible {
  /// The family.
  public let function: any PlotFunction
  /// The values the group's curves carry now.
  public let parameters: ParameterValues
  /// Which of the family's parameters (an index into ``PlotFunction/parameters``).
  public let index: Int

  /// The parameter's name, default, range and step.
  public var spec: FunctionParameter { function.parameters[index] }
  /// Its value now.
  public var value: Double { parameters[index] }

  /// The values this parameter may take with the others where they are: its range,
  /// narrowed by an order the family requires (hardtanh keeps min_val a step below
  /// max_val). Never empty, and contains ``value`` (a value given closer than a step
  /// stays reachable).
  public var allowed: ClosedRange<Double> {
    var r = spec.range
    let names = function.parameters.map(\.name)
    for (low, high) in Self.orderedPairs {
      guard let lo = names.firstIndex(of: low), let hi = names.firstIndex(of: high) else {
        continue
      }
      if index == lo {
        r = r.lowerBound...Swift.max(r.lowerBound, Swift.min(r.upperBound, parameters[hi] - spec.step))
      } else if index == hi {
        r = Swift.min(r.upperBound, Swift.max(r.lowerBound, parameters[lo] + spec.step))...r.upperBound
      }
    }
    return Swift.min(r.lowerBound, value)...Swift.max(r.upperBound, value)
  }

  /// Pairs of parameters (lower, upper) a family must keep strictly ordered: hardtanh's
  /// clamps (FunctionSpec refuses min_val >= max_val on the command line too).
  public static let orderedPairs = [("min_val", "max_val")]

  /// Whether a value may be set: finite, inside ``allowed``.
  public func accepts(_ v: Double) -> Bool { v.isFinite && allowed.contains(v) }

  /// "sigmoid k = 2.5": for test failures.
  public var description: String {
    "\(function.names.commandLine) \(spec.name) = \(FunctionParameter.text(value))"
  }

  public static func == (a: ParameterSlider, b: ParameterSlider) -> Bool {
    a.index == b.index && a.parameters == b.parameters
      && a.function.names.commandLine == b.function.names.commandLine
  }
}

extension DisplayOptions {
  /// One slider per parameter of each (family, values) group of the legend's curves, in
  /// legend order (the sigmoid's k and x0 for the default legend; none for families
  /// without parameters).
  public var parameterSliders: [ParameterSlider] {
    var result: [ParameterSlider] = []
    var seen: [(String, ParameterValues)] = []
    for curve in legendCurves {
      let name = curve.function.names.commandLine
      guard !seen.contains(where: { $0.0 == name && $0.1 == curve.parameters }) else { continue }
      seen.append((name, curve.parameters))
      for i in curve.function.parameters.indices {
        result.append(ParameterSlider(function: curve.function, parameters: curve.parameters,
                                      index: i))
      }
    }
    return result
  }

  /// Sets `slider`'s parameter to `value`: every curve of its family at its values, in the
  /// legend and among the shown curves, becomes the curve at the new values (order and
  /// shown state kept). Returns false, changing nothing, when the value is not allowed,
  /// equals the current one, or would merge the group into another group of the legend
  /// (two entries would then name the same curve).
  public mutating func setParameter(_ slider: ParameterSlider, to value: Double) -> Bool {
    guard slider.accepts(value), value != slider.value else { return false }
    var p = slider.parameters
    p[slider.index] = value
    return replaceParameters(of: slider.function, from: slider.parameters, to: p)
  }

  /// Every curve of `function` at `old` becomes the curve at `new`; false (nothing
  /// changed) when no curve has `old`, `new` equals `old`, or another group has `new`.
  public mutating func replaceParameters(of function: any PlotFunction, from old: ParameterValues,
                                         to new: ParameterValues) -> Bool {
    let name = function.names.commandLine
    func inGroup(_ c: PlottedCurve, _ p: ParameterValues) -> Bool {
      c.function.names.commandLine == name && c.parameters == p
    }
    guard new != old, legendCurves.contains(where: { inGroup($0, old) }),
      !legendCurves.contains(where: { inGroup($0, new) })
    else { return false }
    legendCurves = legendCurves.map { inGroup($0, old) ? PlottedCurve(function, $0.order, parameters: new) : $0 }
    curves = Set(curves.map { inGroup($0, old) ? PlottedCurve(function, $0.order, parameters: new) : $0 })
    return true
  }

  /// Every group of the legend back at its family's defaults (skipping a group whose
  /// defaults another group already holds); returns whether anything changed.
  public mutating func resetParameters() -> Bool {
    var changed = false
    var done: [(String, ParameterValues)] = []
    for curve in legendCurves {
      let name = curve.function.names.commandLine
      guard !done.contains(where: { $0.0 == name && $0.1 == curve.parameters }) else { continue }
      let defaults = curve.function.defaultParameters
      if replaceParameters(of: curve.function, from: curve.parameters, to: defaults) {
        changed = true
        done.append((name, defaults))
      } else {
        done.append((name, curve.parameters))
      }
    }
    return changed
  }
}
