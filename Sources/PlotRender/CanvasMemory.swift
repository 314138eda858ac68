// Where a Canvas's pixels live: its own array, or memory lent by whoever shows them (the
// window's surface), so that a frame is drawn where it is shown and presenting it copies
// nothing. At 1280x720 the lent form spares the window a second 3.5 MiB frame.

/// The memory behind a ``Canvas``.
///
/// Lent memory is not a value: copies of a canvas that holds it draw into the same pixels,
/// and the lender must keep the memory alive, unshared and unmoved for as long as the
/// canvas is used (the window makes a new canvas whenever its surface changes). It is
/// one thread's, which is why this type is only `@unchecked Sendable`.
enum CanvasMemory: @unchecked Sendable {
  case owned([UInt32])
  case lent(UnsafeMutableBufferPointer<UInt32>)

  /// The pixels as an array: the array itself, or a copy of lent memory.
  var array: [UInt32] {
    switch self {
    case let .owned(pixels): return pixels
    case let .lent(memory): return Array(memory)
    }
  }

  /// The pixels as an array to change and ``assign(_:)`` back: an owned array is moved
  /// out (left empty until then), so changing it copies nothing.
  mutating func take() -> [UInt32] {
    switch self {
    case let .owned(pixels):
      self = .owned([])
      return pixels
    case let .lent(memory): return Array(memory)
    }
  }

  /// Replaces the pixels with `pixels`: lent memory is overwritten in place (the counts
  /// must agree), so the canvas goes on drawing where it is shown.
  mutating func assign(_ pixels: [UInt32]) {
    switch self {
    case .owned: self = .owned(pixels)
    case let .lent(memory):
      precondition(pixels.count == memory.count, "a lent canvas keeps its size")
      _ = memory.update(fromContentsOf: pixels)
    }
  }

  /// Runs `body` on the pixels, read only.
  func withPixels<R>(_ body: (UnsafeBufferPointer<UInt32>) throws -> R) rethrows -> R {
    switch self {
    case let .owned(pixels): return try pixels.withUnsafeBufferPointer(body)
    case let .lent(memory): return try body(UnsafeBufferPointer(memory))
    }
  }

  /// Runs `body` on the pixels for writing. An owned array is moved out of the enum first,
  /// so it is uniquely referenced and written in place rather than copied.
  mutating func withMutablePixels<R>(
    _ body: (UnsafeMutableBufferPointer<UInt32>) throws -> R
  ) rethrows -> R {
    switch self {
    case let .lent(memory): return try body(memory)
    case var .owned(pixels):
      self = .owned([])
      defer { self = .owned(pixels) }
      return try pixels.withUnsafeMutableBufferPointer { try body($0) }
    }
  }
}
