// The three ways the lab computes a function in a format (issue 14): as the blog
// writes it, as a careful kernel writes it, and the truth.

/// Which formula computes f, f', f''.
public enum FormulaKind: String, CaseIterable, Sendable {
  /// The one-line form everyone writes first: S = 1/(1 + exp(−x)), S' = s(1 − s) from
  /// the rounded s, S'' = s(1 − s)(1 − 2s); the analogous forms for the other functions.
  case textbook
  /// The function's well-known stable form (for S: t = exp(−|x|), no 1 − s formed by
  /// subtraction); not every function has one.
  case stable
  /// The true values, correctly rounded to the format.
  case exact
}
