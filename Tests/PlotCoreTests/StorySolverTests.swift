// Tests of Sources/PlotCore/StorySolver.swift against the mpmath story points of
// Fixtures/Catalogue (catalogue-story-points.csv at the defaults and
// catalogue-story-points-parameters.csv away from them; make_catalogue_story.py): every
// point the oracle finds is solved to within 1 ulp, and nothing else is found.

import Foundation
import Testing
@testable import PlotCore

/// One oracle row: function, parameters, kind, the curve's order, x, y and its note.
struct StoryRow: Sendable, CustomStringConvertible {
  var function: String
  var parameters: ParameterValues
  var kind: StoryPoint.Kind
  var order: DerivativeOrder
  var x: Double
  var y: Double
  var note: String

  var description: String { "\(function) \(parameters) \(kind) of order \(order.rawValue) at \(x)" }
}

@Suite struct StorySolverTests {
  static let kinds: [String: StoryPoint.Kind] = [
    "zero": .zero, "minimum": .minimum, "maximum": .maximum, "inflection": .inflection,
    "vanishing_gradient": .vanishingGradient, "kink": .kink, "dead_zone": .deadZone,
  ]
  static let orders: [String: DerivativeOrder] = [
    "value": .value, "derivative": .first, "second_derivative": .second,
  ]

  /// The rows of one fixture; `withParameters`: it has a parameters column.
  static func rows(_ name: String, withParameters: Bool) -> [StoryRow] {
    guard let url = Bundle.module.url(forResource: name, withExtension: "csv",
                                      subdirectory: "Catalogue"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else {
      Issue.record("\(name).csv is missing")
      return []
    }
    return text.split(separator: "\n").dropFirst().compactMap { line in
      var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      let name = fields.removeFirst()
      guard let f = FunctionCatalogue.function(named: name) else { return nil }
      var p = f.defaultParameters
      if withParameters {
        let spec = fields.removeFirst()
        for pair in spec.split(separator: ";") {
          let kv = pair.split(separator: "=").map(String.init)
          if let i = f.parameters.firstIndex(where: { $0.name == kv[0] }) { p[i] = Double(kv[1])! }
        }
      }
      guard let kind = kinds[fields[0]], let order = orders[fields[1]],
        let x = Double(fields[2]), let y = Double(fields[3])
      else {
        Issue.record("bad fixture line \(line)")
        return nil
      }
      return StoryRow(function: name, parameters: p, kind: kind, order: order, x: x, y: y,
                      note: fields.count > 4 ? fields[4] : "")
    }
  }

  static let allRows = rows("catalogue-story-points", withParameters: false)
    + rows("catalogue-story-points-parameters", withParameters: true)

  /// Distance in ulps of `want` (exact match required at 0).
  static func ulps(_ got: Double, _ want: Double) -> Double {
    if got == want { return 0 }
    return (got - want).magnitude / Swift.max(want.magnitude, .leastNonzeroMagnitude).ulp
  }

  /// Whether the oracle row is one the solver does not look for: the extrema of f''
  /// (they would need f''').
  static func unsolved(_ row: StoryRow) -> Bool {
    (row.kind == .minimum || row.kind == .maximum) && row.order == .second
  }

  /// Every (function, parameters) the fixtures hold.
  static var cases: [String] {
    var seen: [String] = []
    for r in allRows {
      let key = "\(r.function) \(r.parameters)"
      if !seen.contains(key) { seen.append(key) }
    }
    return seen
  }

  @Test func fixturesAreThere() {
    #expect(Self.cases.count >= 18 + 13)
  }

  @Test(arguments: cases)
  func solvedPointsMatchTheOracle(_ key: String) {
    let rows = Self.allRows.filter { "\($0.function) \($0.parameters)" == key }
    guard let first = rows.first, let f = FunctionCatalogue.function(named: first.function) else {
      Issue.record("no rows for \(key)")
      return
    }
    let story = StorySolver.solve(f, first.parameters)
    for row in rows where !Self.unsolved(row) {
      let same = story.points.filter { $0.kind == row.kind && $0.curve.order == row.order }
      let best = same.min { Self.ulps($0.x, row.x) < Self.ulps($1.x, row.x) }
      if row.kind == .vanishingGradient,
        story.deadZones.contains(where: { $0.lowerBound == row.x || $0.upperBound == row.x })
      {
        continue  // at a dead zone's end: the dead zone's label says it
      }
      guard let best else {
        Issue.record("not found: \(row)")
        continue
      }
      let error = Self.ulps(best.x, row.x)
      #expect(error <= 1, "\(row): solved \(best.x), \(error) ulp")
      if best.x == row.x && row.kind != .zero {
        #expect(Self.ulps(best.y, row.y) <= 2, "\(row): y \(best.y), want \(row.y)")
      }
    }
    // Nothing spurious: each solved point is one of the oracle's.
    for point in story.points {
      let found = rows.contains {
        $0.kind == point.kind && $0.order == point.curve.order && Self.ulps(point.x, $0.x) <= 1
      }
      #expect(found, "\(key): \(point.label) at \(point.x) is not in the fixture")
    }
  }

  /// The catalogue's families (all but the sigmoid, which has its own) take their story
  /// points from the solver, so they follow the parameters.
  @Test func catalogueFamiliesUseTheSolver() {
    for f in [ReLUFunction(), HardswishFunction()] as [any PlotFunction] {
      let p = f.defaultParameters
      let solved = StorySolver.solve(f, p)
      #expect(f.story(p).points.map(\.x) == solved.points.map(\.x))
      #expect(f.storyPoints(p).map(\.label) == solved.points.map(\.label))
      #expect(f.shadedRegions(p) == solved.vanishing && f.deadZones(p) == solved.deadZones)
    }
  }

  /// SiLU's minimum moves as 1/beta: a parameter change moves the markers.
  @Test func siluMinimumFollowsBeta() {
    let f = SiLUFunction()
    let at1 = StorySolver.solve(f, ParameterValues([1])).points.first { $0.kind == .minimum }!
    let at2 = StorySolver.solve(f, ParameterValues([2])).points.first { $0.kind == .minimum }!
    #expect(Self.ulps(at2.x, at1.x / 2) <= 2, "\(at2.x) vs \(at1.x / 2)")
    #expect(at1.label == "SiLU min (-1.278, -0.2785)")
  }

  /// ReLU: the dying-ReLU region is x < 0, shaded and labelled; a kink at 0 on f.
  @Test func reluDeadZone() {
    let story = StorySolver.solve(ReLUFunction(), ParameterValues([]))
    #expect(story.deadZones == [-Double.infinity...0])
    #expect(story.vanishing == [-Double.infinity...0])
    let dead = story.points.filter { $0.kind == .deadZone }
    #expect(dead.count == 1 && dead[0].region == -Double.infinity...0)
    #expect(dead.first?.label.contains("dying ReLU") == true)
    #expect(story.points.contains { $0.kind == .kink && $0.curve.order == .value && $0.x == 0 })
  }

  /// Bisection over the doubles: the integer order of doubles round-trips and is monotone.
  @Test func orderedDoublesRoundTrip() {
    for x in [-3.5, -0.0, 0.0, Double.leastNonzeroMagnitude, 1.0, 1e300, -1e-300] {
      #expect(StorySolver.unordered(StorySolver.ordered(x)) == x)
    }
    #expect(StorySolver.ordered(-1) < StorySolver.ordered(-0.5))
    #expect(StorySolver.ordered(1.0.nextUp) == StorySolver.ordered(1) + 1)
  }
}
