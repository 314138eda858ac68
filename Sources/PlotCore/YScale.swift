// How the y axis maps values to height: linear, logarithmic (the derivative's tails down
// to 1e-300 and beyond) or logit (under which S is a straight line).

/// The y axis scale. The viewport works in the scaled coordinate u = transform(y), so
/// zoom and pan stay linear in u.
public enum YScale: Sendable, Equatable, CaseIterable {
  case linear, log, logit
}
