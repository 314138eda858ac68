// `sigmoid-viewer [options]`: opens the interactive window. Parse and validate, check for
// a visible display, then run the loop. Exit status 0 on quit or close, 1 when there is no
// display or SDL fails, 2 for usage errors.

import CSDL2
import Glibc
import PlotRender
import ViewerModel

enum WindowCommand {
  /// Runs the window command with `arguments` (options only); returns the exit status.
  static func run(_ arguments: [Argument]) -> Int32 {
    var setup: (options: WindowOptions, font: TrueTypeFont, screenshots: ScreenshotFolder)?
    let status = CommandLineTool.execute("sigmoid-viewer", usageHint: "see sigmoid-viewer --help") {
      let options = try WindowOptions.parse(arguments)
      try options.validate()
      let screenshots = try ScreenshotFolder.choose(explicit: options.screenshotDirectory)
      setup = (options, try FontChoice.load(explicitPath: options.view.fontPath), screenshots)
    }
    guard let (options, font, screenshots) = setup else { return status }

    guard startVideo() else { return 1 }
    // Said once, now: a configured pictures folder that is missing or read-only.
    if let notice = screenshots.notice { Console.error("sigmoid-viewer: \(notice)") }
    // No SDL_Quit on the way out: the process ends right after, and the X server frees
    // everything on disconnect. SDL_Quit would put Xlib's default error handler back and
    // then sync, so an error still in flight from the window's teardown (BadWindow on a
    // SendEvent, seen under load) would end the program with status 1 after a clean quit.

    return CommandLineTool.execute("sigmoid-viewer") {
      let window = try ViewerWindow(width: options.view.width, height: options.view.height)
      // The window's first `.resized` input sets the real drawable size and scale.
      var model = PlotFrameModel(width: options.view.width, height: options.view.height,
                                 scale: 1, xRange: options.view.xRange,
                                 yRange: options.view.yRange, display: options.view.display,
                                 style: options.view.plotStyle, font: font)
      // A parameter dragged with the precision overlay shown: sampled frames, exact
      // once input pauses (ViewerLoop), so the drag never stalls.
      model.progressivePrecision = true
      let figures = FigureSettings(font: font, fontPath: options.view.fontPath,
                                   style: options.view.style,
                                   screenshotFormats: options.screenshotFormats)
      var loop = ViewerLoop(
        model: model, window: window, screenshotDirectory: screenshots.path,
        collectStats: options.stats, figures: figures)
      defer { if let stats = loop.stats { Console.error(stats.summary + "; output \(window.outputName)") } }
      try loop.run()
    }
  }

  /// Starts SDL's video subsystem if a visible display is there; otherwise prints the one
  /// line saying why not (VideoDriverCheck) and returns false, with SDL shut down again.
  private static func startVideo() -> Bool {
    let environment = ProcessEnvironment.strings()
    var video = VideoEnvironment(
      display: environment["DISPLAY"], waylandDisplay: environment["WAYLAND_DISPLAY"],
      requestedDriver: environment["SDL_VIDEODRIVER"])
    while true {
      switch VideoDriverCheck.verdict(for: video) {
      case .proceed:
        // A window that vanished before an event sent to it arrived must not end the
        // program through Xlib's default error handler (no-op off X11).
        _ = csdl_tolerate_vanished_x_windows()
        return true
      case let .reject(message):
        if video.initOutcome != .notTried { SDL_Quit() }
        Console.error("sigmoid-viewer: \(message)")
        return false
      case .initialize:
        if let drivers = VideoDriverCheck.driverHint(for: video) { SDL_SetHint(SDL_HINT_VIDEODRIVER, drivers) }
        // A desktop viewer, not a game: keep the compositor and the screensaver working.
        SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0")
        SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, "1")
        // SDL 2.26 reads the X11 WM_CLASS and Wayland app_id from here (no hint yet); the
        // desktop entry's StartupWMClass names it. Not overwritten: the user's value wins.
        setenv("SDL_VIDEO_X11_WMCLASS", ViewerWindow.windowClass, 0)
        video.initOutcome = SDL_Init(UInt32(SDL_INIT_VIDEO)) == 0
          ? .started(driver: SDL_GetCurrentVideoDriver().map { String(cString: $0) })
          : .failed(String(cString: SDL_GetError()))
      }
    }
  }
}
