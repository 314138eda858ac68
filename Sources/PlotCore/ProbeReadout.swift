// What the hover probe reads out at one pixel column: x to the digits the zoom resolves and
// each shown curve's value there, exact. The scene draws it and `C` copies `text`; drawing
// and the clipboard are not here.

import Glibc

/// The probe's readout at the pixel column under the pointer.
///
/// x is the column centre's data x rounded to one digit finer than a pixel's width, so
/// neighbouring columns always read differently and the digits grow as the zoom deepens;
/// at the deepest zooms, where that would need more than 17 digits, x is the column's
/// double itself. The probe then evaluates the curves at exactly the x it shows, so every
/// line can be checked by hand: `x` read back is ``x``, and each value read back is the
/// function's double at ``x`` bit for bit (shortest round-trip digits), except where the
/// curve's family says more than that double can (``PlotFunction/readoutText(_:at:_:)``).
/// For the sigmoid:
/// - S near 1 is written `1 - v` with v = S(−x), which keeps its digits where the double
///   S(x) has rounded to 0.999… or to 1 (S(40) = `1 - 4.248354255291589e-18`);
/// - a value whose double is subnormal or has underflowed to 0 is written as the true
///   value's first 15 significant digits, each correctly rounded (``UnderflowDigits``):
///   S'(800) = `3.66787458417769e-348`, S'(708.4) = `2.21711908166427e-308`,
///   S''(1e-310) = `-1.25e-311`. These say only digits that are true; they do not try to
///   name the subnormal double (near the top of the subnormals that would take 16 or 17
///   digits, and PlotCore's double there may be a unit away from the true value's nearest).
///   Read back, the text lands within half a unit of its 15th digit of the true value
///   (for subnormals above ~1e-309 that can be a few subnormal steps from the double
///   nearest it). Trailing zeros are dropped, and where the error bound cannot decide the
///   15th digit, fewer digits are shown.
public struct ProbeReadout: Sendable {
  /// The probed data x: the value the `x` line shows, exactly.
  public var x: Double
  /// Each curve's value at ``x`` (data y units), in the order given.
  public var values: [(curve: PlottedCurve, value: Double)]
  /// The lines as label and value text ("S'(x)", "4.248354255291589e-18"), for drawing
  /// them in aligned columns.
  public var rows: [(label: String, value: String)]
  /// `"label = value"` per row: x first, then the curves.
  public var lines: [String]
  /// The lines joined by "\n": what `C` copies and prints.
  public var text: String

  /// The readout at the pixel column holding device-pixel x `pixelX` (pixel i covers
  /// [i, i + 1), probed at its centre i + 0.5), for `curves`; nil when that centre is not
  /// inside the plot or `pixelX` is not finite.
  public init?(viewport: Viewport, pixelX: Double, curves: [PlottedCurve]) {
    guard pixelX.isFinite else { return nil }
    let center = pixelX.rounded(.down) + 0.5
    guard center >= viewport.plot.left, center <= viewport.plot.right else { return nil }
    let digits = ReadoutFormatter.rounded(viewport.x(forPixelX: center),
                                          lastDigit: Self.lastDigit(perPixel: viewport.xPerPixel))
    let x = digits.digits == "0" ? 0 : digits.value
    self.x = x
    values = curves.map { ($0, $0.evaluate(x)) }
    rows = [("x", ReadoutFormatter.text(digits))]
    for curve in curves {
      rows.append((curve.symbol + "(x)", Self.valueText(curve, at: x)))
    }
    lines = rows.map { "\($0.label) = \($0.value)" }
    text = lines.joined(separator: "\n")
  }

  /// The decimal place of x's last digit for `perPixel` data units per pixel: one below
  /// the pixel's own order of magnitude, so columns a pixel apart differ by at least ten
  /// units of it (and the readout's x stays within a twentieth of a pixel of the column).
  public static func lastDigit(perPixel: Double) -> Int {
    Int(log10(perPixel).rounded(.down)) - 1
  }

  /// `curve` at `x` as text: shortest round-trip digits, or the family's own text where
  /// the double says less than the value (see the type's notes). Any x: "NaN" for NaN,
  /// the limits (1, 0 for the sigmoid) at ±∞.
  public static func valueText(_ curve: PlottedCurve, at x: Double) -> String {
    if x.isNaN { return "NaN" }
    if let text = curve.function.readoutText(curve.order, at: x, curve.parameters) {
      return text
    }
    return ReadoutFormatter.text(ReadoutFormatter.shortest(curve.evaluate(x)))
  }
}
