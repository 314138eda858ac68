// Shared by the catalogue's tests: reads Fixtures/Catalogue/catalogue-<name>-reference.csv
// (mpmath, correctly rounded; see the README there) and measures a function's error over
// it in ulps, with the issue's rule near zeros away from x = 0.

import Foundation
import Testing
@testable import PlotCore

/// One fixture row: the parameter values in the function's order, x, and f, f', f''
/// correctly rounded.
struct CatalogueRow: Sendable {
  var parameters: ParameterValues
  var x: Double
  var want: [Double]
}

/// The rows of `catalogue-<name>-reference.csv`, parameters reordered to `function`'s
/// order by their column names; empty (and a failed expectation) if the file is missing
/// or its header does not name the function's parameters.
func catalogueRows(_ name: String, for function: any PlotFunction) -> [CatalogueRow] {
  guard let url = Bundle.module.url(forResource: "catalogue-\(name)-reference",
                                    withExtension: "csv", subdirectory: "Catalogue"),
    let text = try? String(contentsOf: url, encoding: .utf8)
  else {
    Issue.record("catalogue-\(name)-reference.csv is missing")
    return []
  }
  var lines = text.split(separator: "\n")
  let header = lines.removeFirst().split(separator: ",").map(String.init)
  guard let xColumn = header.firstIndex(of: "x"),
    Set(header[..<xColumn]) == Set(function.parameters.map(\.name))
  else {
    Issue.record("catalogue-\(name)-reference.csv: header \(header) does not fit \(name)")
    return []
  }
  let order = function.parameters.map { header.firstIndex(of: $0.name)! }
  return lines.compactMap { line in
    let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    let numbers = fields.prefix(xColumn + 4).compactMap(Double.init)
    guard numbers.count == xColumn + 4 else {
      Issue.record("catalogue-\(name)-reference.csv: bad row \(line)")
      return nil
    }
    return CatalogueRow(parameters: ParameterValues(order.map { numbers[$0] }),
                        x: numbers[xColumn], want: Array(numbers[(xColumn + 1)...]))
  }
}

/// The worst error of one curve over a fixture, and where it is.
struct CatalogueError: CustomStringConvertible {
  var ulps = 0.0
  var row: CatalogueRow?
  var got = 0.0

  var description: String {
    guard let row else { return "0 ulp" }
    return String(format: "%.3g ulp at x = %@ %@ (got %@, want %@)", ulps, "\(row.x)",
                  row.parameters.description, "\(got)", "\(row.want)")
  }
}

/// The ulps in which a curve's error is measured at each row: ulp of the true value, or,
/// within distance 1 of a zero of the curve at x ≠ 0 (a sign change between neighbouring
/// fixture rows on one side of 0), ulp of the largest |value| the fixture has within
/// distance 1: the issue's absolute bound there, a little stricter than it (the fixture
/// sees fewer points than the line).
func ulpUnits(_ rows: [CatalogueRow], order: Int) -> [Double] {
  var units = rows.map { $0.want[order].ulp }
  let groups = Dictionary(grouping: rows.indices, by: { rows[$0].parameters })
  for (_, indices) in groups {
    let sorted = indices.sorted { rows[$0].x < rows[$1].x }
    var zeros: [ClosedRange<Double>] = []
    for (a, b) in zip(sorted, sorted.dropFirst()) {
      let xa = rows[a].x, xb = rows[b].x
      let ya = rows[a].want[order], yb = rows[b].want[order]
      if xa != 0, xb != 0, (xa < 0) == (xb < 0), (ya < 0 && yb > 0) || (ya > 0 && yb < 0) {
        zeros.append(xa...xb)
      }
    }
    if zeros.isEmpty { continue }
    for i in sorted {
      let x = rows[i].x
      guard zeros.contains(where: { $0.lowerBound - 1 <= x && x <= $0.upperBound + 1 })
      else { continue }
      var largest = 0.0
      for j in sorted where (rows[j].x - x).magnitude <= 1 {
        largest = max(largest, rows[j].want[order].magnitude)
      }
      units[i] = max(units[i], largest.ulp)
    }
  }
  return units
}

/// The worst error of f, f', f'' of `function` over its fixture, in ulps of the
/// correctly rounded reference (the true value is within half an ulp of it). A NaN, an
/// infinity where the reference is finite or a finite value where it is infinite counts
/// as infinitely wrong.
func catalogueErrors(_ function: any PlotFunction, _ rows: [CatalogueRow]) -> [CatalogueError] {
  DerivativeOrder.allCases.map { order in
    let units = ulpUnits(rows, order: order.rawValue)
    var worst = CatalogueError()
    for (row, unit) in zip(rows, units) {
      let want = row.want[order.rawValue]
      let got = function.value(order, at: row.x, row.parameters)
      let ulps: Double
      if got == want { ulps = 0 }
      else if !got.isFinite || !want.isFinite { ulps = .infinity }
      else { ulps = (got - want).magnitude / unit }
      if ulps > worst.ulps {
        worst = CatalogueError(ulps: ulps, row: row, got: got)
      }
    }
    return worst
  }
}

/// Checks f, f', f'' of `function` against `catalogue-<name>-reference.csv` within
/// `limit` ulps; with SIGMOID_CATALOGUE_REPORT set, prints the worst errors.
func expectMatchesCatalogue(_ function: any PlotFunction, _ name: String, limit: Double = 2,
                            sourceLocation: SourceLocation = #_sourceLocation) {
  let rows = catalogueRows(name, for: function)
  #expect(rows.count > 100, "\(name): too few fixture rows", sourceLocation: sourceLocation)
  let errors = catalogueErrors(function, rows)
  if ProcessInfo.processInfo.environment["SIGMOID_CATALOGUE_REPORT"] != nil {
    print("catalogue \(name) (\(rows.count) rows): f \(errors[0]); f' \(errors[1]); f'' \(errors[2])")
  }
  for (order, error) in zip(DerivativeOrder.allCases, errors) {
    #expect(error.ulps <= limit, "\(name) \(order): \(error)", sourceLocation: sourceLocation)
  }
}
