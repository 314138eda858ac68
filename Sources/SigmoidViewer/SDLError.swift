// The one error type for failed SDL calls, with the helpers that check them. SDL reports
// failure as a negative int or a null pointer and leaves the reason in SDL_GetError().

import CSDL2

/// An SDL call that failed: which call, and SDL's own reason.
struct SDLError: Error, CustomStringConvertible, Sendable {
  /// The SDL function, e.g. "SDL_CreateWindow".
  var call: String
  /// SDL_GetError()'s text at the time of failure.
  var reason: String

  init(call: String, reason: String) {
    self.call = call
    self.reason = reason
  }

  /// Captures SDL_GetError() for `call`.
  init(call: String) {
    self.init(call: call, reason: String(cString: SDL_GetError()))
  }

  var description: String { "\(call) failed: \(reason.isEmpty ? "no reason given" : reason)" }
}

enum SDL {
  /// Checks an SDL status return (0 on success, negative on failure).
  static func check(_ call: String, _ status: Int32) throws(SDLError) {
    if status < 0 { throw SDLError(call: call) }
  }

  /// Checks an SDL pointer return (null on failure) and unwraps it.
  static func check<T>(_ call: String, _ pointer: T?) throws(SDLError) -> T {
    guard let pointer else { throw SDLError(call: call) }
    return pointer
  }
}
