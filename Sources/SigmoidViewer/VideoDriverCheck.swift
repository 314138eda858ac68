// Decides whether SDL gave us a real, visible display. Pure: the caller gathers the
// environment and SDL's answers; this only judges them, so every case is unit-tested.
// It does not call SDL or read the environment itself.

/// What the program learnt about the display before opening a window.
struct VideoEnvironment: Equatable, Sendable {
  /// `DISPLAY` (X11), nil or empty when unset.
  var display: String?
  /// `WAYLAND_DISPLAY`, nil or empty when unset.
  var waylandDisplay: String?
  /// `SDL_VIDEODRIVER`, the driver the user asked SDL for, if any.
  var requestedDriver: String?
  /// What `SDL_Init(SDL_INIT_VIDEO)` did, if it was called yet.
  var initOutcome: SDLInitOutcome = .notTried
}

enum SDLInitOutcome: Equatable, Sendable {
  case notTried
  /// SDL_Init failed; SDL_GetError()'s text.
  case failed(String)
  /// SDL_Init succeeded; SDL_GetCurrentVideoDriver() (e.g. "x11", "wayland", "offscreen").
  case started(driver: String?)
}

/// The verdict: initialise SDL and ask again, go on and open the window, or stop with one
/// line on stderr and exit status 1.
enum VideoDriverVerdict: Equatable, Sendable {
  case initialize
  case proceed
  case reject(message: String)
}

enum VideoDriverCheck {
  /// Drivers that draw nowhere a person can see. SDL picks one of them silently when no
  /// real display works, which would leave the program waiting in front of nothing.
  static let invisibleDrivers: Set<String> = ["offscreen", "dummy"]

  /// The one driver a user may ask for on purpose to run the window path without X
  /// (tests): `SDL_VIDEODRIVER=dummy`.
  static let testingDriver = "dummy"

  /// Where to point people who have no display.
  static let hint = "to write the plot to a file without a window use `sigmoid-viewer render OUT.bmp`"

  /// The driver list to give SDL (SDL_HINT_VIDEODRIVER) when the user named none: only
  /// the systems whose variables are set. Without it SDL also probes Wayland when only X is
  /// configured, and libwayland prints its own "XDG_RUNTIME_DIR is invalid" line on stderr,
  /// breaking the one-line message; and it would fall back to 'offscreen' silently.
  static func driverHint(for env: VideoEnvironment) -> String? {
    guard nonEmpty(env.requestedDriver) == nil else { return nil }
    switch (nonEmpty(env.display) != nil, nonEmpty(env.waylandDisplay) != nil) {
    case (true, false): return "x11"
    case (false, true): return "wayland"
    default: return nil  // both: SDL's own preference; neither: SDL is not started
    }
  }

  /// Judges `env`. Rejections are one line naming the cause and pointing to `render`.
  static func verdict(for env: VideoEnvironment) -> VideoDriverVerdict {
    let display = nonEmpty(env.display), wayland = nonEmpty(env.waylandDisplay)
    let requested = nonEmpty(env.requestedDriver)?.lowercased()
    let noDisplay = display == nil && wayland == nil

    switch env.initOutcome {
    case .notTried:
      // Nothing to connect to and no driver asked for: say so without starting SDL.
      if noDisplay && requested == nil {
        return .reject(message: "no display: DISPLAY and WAYLAND_DISPLAY are unset; \(hint)")
      }
      return .initialize

    case let .failed(error):
      if let requested {
        return .reject(message:
          "cannot start the '\(requested)' video driver (SDL_VIDEODRIVER): \(oneLine(error)); \(hint)")
      }
      return .reject(message: "cannot open \(describe(display, wayland)): \(oneLine(error)); \(hint)")

    case let .started(driver):
      let driver = (nonEmpty(driver) ?? "").lowercased()
      if driver.isEmpty {
        return .reject(message: "SDL started without a video driver; \(hint)")
      }
      guard invisibleDrivers.contains(driver) else { return .proceed }
      if driver == testingDriver && requested == testingDriver { return .proceed }
      if requested == driver {
        return .reject(message:
          "SDL_VIDEODRIVER=\(driver) shows no window (only SDL_VIDEODRIVER=dummy is accepted, for tests); \(hint)")
      }
      if noDisplay {
        return .reject(message: "no display: DISPLAY and WAYLAND_DISPLAY are unset; \(hint)")
      }
      return .reject(message:
        "cannot reach \(describe(display, wayland)) (SDL fell back to its invisible '\(driver)' driver); \(hint)")
    }
  }

  private static func describe(_ display: String?, _ wayland: String?) -> String {
    switch (display, wayland) {
    case let (x?, w?): return "the display (DISPLAY=\(x), WAYLAND_DISPLAY=\(w))"
    case let (x?, nil): return "the X server at DISPLAY=\(x)"
    case let (nil, w?): return "the Wayland compositor at WAYLAND_DISPLAY=\(w)"
    case (nil, nil): return "a display"
    }
  }

  private static func nonEmpty(_ s: String?) -> String? {
    guard let s, !s.isEmpty else { return nil }
    return s
  }

  /// SDL errors occasionally carry newlines; the message must stay one line.
  private static func oneLine(_ s: String) -> String {
    s.split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}
