// Several functions at once: which catalogue families the legend lists (each with its
// three orders, shown or dimmed), which one is primary (its tangent, story markers and
// shading are drawn; the others get none), and the legend's names, which say which
// function a curve belongs to once there is more than one. A family is listed at most
// once and is known by its command-line name, so a parameter change keeps its identity.

extension DisplayOptions {
  // MARK: - What is listed

  /// The listed functions (order f, at their parameters), in legend order.
  public var functions: [PlottedCurve] { derived.functions }

  /// Whether more than one function is listed: then each has its own colour and the
  /// order is told by the line style.
  public var isMultiFunction: Bool { derived.isMultiFunction }

  /// The primary function (order f): ``primaryName``'s if it is listed, else the first.
  public var primary: PlottedCurve? { derived.primary }

  /// Whether `curve` belongs to the primary function.
  public func isPrimary(_ curve: PlottedCurve) -> Bool {
    primary.map { Self.sameFamily($0, curve) } ?? false
  }

  /// The drawn curves of the primary function: the only ones with story markers.
  public var primaryCurves: [PlottedCurve] { derived.primaryCurves }

  /// The primary function's curves in the legend, shown or not: its shading belongs to
  /// the function, not to one derivative.
  public var primaryLegendCurves: [PlottedCurve] { derived.primaryLegendCurves }

  /// The position of `curve`'s function among ``functions`` (its palette colour).
  public func functionIndex(of curve: PlottedCurve) -> Int? {
    functions.firstIndex { Self.sameFamily($0, curve) }
  }

  /// The orders of `function` that are drawn.
  public func shownOrders(of function: PlottedCurve) -> Set<DerivativeOrder> {
    Set(visibleCurves.filter { Self.sameFamily($0, function) }.map(\.order))
  }

  /// Whether the family named `name` (command line) is listed.
  public func lists(_ name: String) -> Bool {
    legendCurves.contains { $0.function.names.commandLine == name }
  }

  // MARK: - Names

  /// The legend's name of `curve`. One function: today's ("Sigmoid Derivative"); several:
  /// the family's name with primes ("GELU", "GELU'"), so the entry says which function
  /// and which order. Either way followed by the parameters away from their defaults
  /// ("SiLU (beta = 1.7)").
  public func legendName(of curve: PlottedCurve) -> String {
    let base = isMultiFunction
      ? curve.function.names.legend + String(repeating: "'", count: curve.order.rawValue)
      : curve.legendName
    return base + curve.parameterSuffix
  }

  // MARK: - Changes

  /// Lists `functions` (order f curves; one per family, the first of each kept) with
  /// `orders` of each shown, the first primary. Empty: nothing changes.
  public mutating func setFunctions(_ functions: [PlottedCurve], orders: Set<DerivativeOrder>) {
    var unique: [PlottedCurve] = []
    for f in functions where !unique.contains(where: { Self.sameFamily($0, f) }) {
      unique.append(f.withOrder(.value))
    }
    guard !unique.isEmpty else { return }
    legendCurves = unique.flatMap { f in DerivativeOrder.allCases.map { f.withOrder($0) } }
    curves = Set(legendCurves.filter { orders.contains($0.order) })
    primaryName = unique[0].function.names.commandLine
  }

  /// Adds `function` (at the end of the legend, its three orders) with the orders the
  /// primary shows (f and f' when it shows none), and makes it primary. False when its
  /// family is listed already.
  @discardableResult
  public mutating func addFunction(_ function: PlottedCurve) -> Bool {
    guard !lists(function.function.names.commandLine) else { return false }
    var orders = primary.map(shownOrders(of:)) ?? []
    if orders.isEmpty { orders = [.value, .first] }
    let f = function.withOrder(.value)
    for order in DerivativeOrder.allCases {
      let c = f.withOrder(order)
      legendCurves.append(c)
      if orders.contains(order) { curves.insert(c) }
    }
    primaryName = f.function.names.commandLine
    return true
  }

  /// Removes the family named `name` from the legend; the last function stays (the
  /// plot always shows one). If it was primary, the next one listed (else the previous)
  /// becomes primary. False when nothing was removed.
  @discardableResult
  public mutating func removeFunction(named name: String) -> Bool {
    let listed = functions
    guard let i = listed.firstIndex(where: { $0.function.names.commandLine == name }),
      listed.count > 1 else { return false }
    let wasPrimary = isPrimary(listed[i])
    legendCurves.removeAll { $0.function.names.commandLine == name }
    curves = curves.filter { $0.function.names.commandLine != name }
    if wasPrimary {
      primaryName = listed[i + 1 < listed.count ? i + 1 : i - 1].function.names.commandLine
    }
    return true
  }

  /// Makes the listed family of `curve` primary; false when it is not listed or is
  /// primary already.
  @discardableResult
  public mutating func makePrimary(_ curve: PlottedCurve) -> Bool {
    let name = curve.function.names.commandLine
    guard lists(name), primary?.function.names.commandLine != name else { return false }
    primaryName = name
    return true
  }

  /// Makes the function `steps` places after the primary one (negative: before) primary,
  /// wrapping around the legend; false with one function or none.
  @discardableResult
  public mutating func cyclePrimary(by steps: Int) -> Bool {
    let listed = functions
    guard listed.count > 1, let p = primary,
      let i = listed.firstIndex(where: { Self.sameFamily($0, p) }) else { return false }
    let n = listed.count
    primaryName = listed[((i + steps) % n + n) % n].function.names.commandLine
    return true
  }

  /// Shows the primary function's curve of `order` if hidden, hides it if shown (keys
  /// 1, 2, 3); false when no function is listed.
  @discardableResult
  public mutating func toggleOrder(_ order: DerivativeOrder) -> Bool {
    guard let p = primary else { return false }
    toggle(p.withOrder(order))
    return true
  }

  /// Picker row `row`: a listed family is removed (unless it is the last), an unlisted
  /// one added and made primary; with `makePrimary`, a listed one is made primary
  /// instead of being removed. Returns whether anything changed.
  @discardableResult
  public mutating func choose(row: Int, makePrimary primaryOnly: Bool) -> Bool {
    guard FunctionCatalogue.all.indices.contains(row) else { return false }
    let family = FunctionCatalogue.all[row]
    let name = family.names.commandLine
    if lists(name) {
      if primaryOnly { return makePrimary(PlottedCurve(family)) }
      return removeFunction(named: name)
    }
    return addFunction(PlottedCurve(family))
  }

  /// Two curves of the same family (whatever their orders and parameters).
  static func sameFamily(_ a: PlottedCurve, _ b: PlottedCurve) -> Bool {
    a.function.names.commandLine == b.function.names.commandLine
  }
}
