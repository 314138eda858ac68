// The window's event loop: wait (no CPU while idle), drain every pending event into the
// model, draw one frame if anything changed, present. Also takes screenshots, copies the
// probe's readout, switches fullscreen and times notices. Shape follows raylib: set-up, loop, teardown (teardown is ViewerWindow's deinit).

import CSDL2
import Glibc
import PlotCore
import PlotRender
import ViewerModel

struct ViewerLoop<Model: FrameModel> {
  /// How long a notice ("saved …", a save error) stays in the window, in milliseconds.
  static var noticeMilliseconds: UInt64 { 2000 }

  var model: Model
  let window: ViewerWindow
  /// Where S / F12 save; "" is the current directory.
  let screenshotDirectory: RawPath
  /// Frame timings, collected when `--stats` asked for them.
  var stats: FrameStats?
  /// The font, style and formats the SVG screenshot and the command line use.
  let figures: FigureSettings
  /// Tells clicks (legend entries) from drags (pans).
  private var gestures = PointerGestures()

  /// The frame on screen (after the first frame): what screenshots save. Device pixels.
  private var canvas = Canvas(width: 0, height: 0)
  /// Drawable size and device pixels per window point, as last sent to the model.
  private var drawable = (width: 0, height: 0)
  private var scale = 1.0
  /// SDL_GetTicks64() time at which the notice goes away; nil when none is shown.
  private var noticeDeadline: UInt64?
  /// The model changed since the last rendered frame.
  private var dirty = true
  /// Performance-counter time the current batch of events started; frame time runs from here.
  private var batchStart: UInt64 = 0

  /// Milliseconds without input after which a provisional frame is drawn exactly.
  static var refinementDelay: Int32 { 120 }

  /// Paces frames while a parameter plays (nil until the loop runs).
  private var clock: AnimationClock?

  /// Standard output failed once (its reader went away, say): paths and readouts are
  /// then shown in the window only, and the failure was reported once on stderr.
  private var stdoutGone = false

  init(model: Model, window: ViewerWindow, screenshotDirectory: RawPath, collectStats: Bool,
       figures: FigureSettings) {
    self.model = model
    self.window = window
    self.screenshotDirectory = screenshotDirectory
    self.stats = collectStats ? FrameStats() : nil
    self.figures = figures
  }

  /// Runs until the user quits. Throws only when SDL cannot draw any more.
  mutating func run() throws(SDLError) {
    batchStart = SDL_GetPerformanceCounter()
    try syncSize()
    var event = SDL_Event()
    while true {
      if dirty { try drawFrame() }

      // Idle: block in SDL_WaitEvent (no CPU), or until the notice is due to go away.
      let got: Int32
      if model.isPlaying {
        // Playing: wait for events only until the next frame is due (the display's rate).
        if clock == nil {
          clock = AnimationClock(refreshRate: window.refreshRate,
                                 frequency: SDL_GetPerformanceFrequency())
        }
        let wait = clock!.waitMilliseconds(now: SDL_GetPerformanceCounter())
        got = wait == 0 ? SDL_PollEvent(&event) : SDL_WaitEventTimeout(&event, wait)
      } else if model.needsRefinement {
        // A provisional frame is on screen: drawn exactly once input pauses.
        got = SDL_WaitEventTimeout(&event, Self.refinementDelay)
        if got == 0 { try drawFrame(exact: true) }
      } else if let deadline = noticeDeadline {
        let now = SDL_GetTicks64()
        got = now >= deadline ? 0 : SDL_WaitEventTimeout(&event, Int32(min(deadline - now, 60_000)))
      } else {
        got = SDL_WaitEvent(&event)
        if got == 0 { throw SDLError(call: "SDL_WaitEvent") }
      }
      batchStart = SDL_GetPerformanceCounter()

      // Drain everything already queued before drawing, so a flood of wheel events costs
      // one frame, not one frame each, and no lag builds up.
      if got != 0 {
        repeat {
          if try handle(event) == .quit { return }
        } while SDL_PollEvent(&event) != 0
      }
      if let deadline = noticeDeadline, SDL_GetTicks64() >= deadline {
        noticeDeadline = nil
        model.setNotice(nil)
        dirty = true
      }
      advanceAnimation()
    }
  }

  /// Moves a playing parameter on by the time since its last frame, when a frame is due;
  /// forgets the clock when nothing plays, so the loop blocks again.
  private mutating func advanceAnimation() {
    guard model.isPlaying else {
      clock?.stop()
      return
    }
    let now = SDL_GetPerformanceCounter()
    guard clock?.isDue(now: now) ?? true else { return }
    if clock == nil {
      clock = AnimationClock(refreshRate: window.refreshRate, frequency: SDL_GetPerformanceFrequency())
    }
    if model.apply(.parameter(.advance(seconds: clock!.advance(now: now)))) { dirty = true }
    if !model.isPlaying { clock?.stop() }
  }

  private enum Flow { case proceed, quit }

  private mutating func handle(_ event: SDL_Event) throws(SDLError) -> Flow {
    if SDL_EventType(event.type) == SDL_WINDOWEVENT {
      switch SDL_WindowEventID(UInt32(event.window.event)) {
      case SDL_WINDOWEVENT_SIZE_CHANGED: try syncSize()
      // Uncovered or moved between screens: repaint the same frame, no rendering.
      case SDL_WINDOWEVENT_EXPOSED:
        if dirty || !window.holds(canvas) { dirty = true } else { try window.present() }
      default: break  // the pointer leaving is a binding: WindowEvent(sdl:) has it
      }
    }
    guard let description = WindowEvent(sdl: event) else { return .proceed }
    // A local copy, so the hit-test may read the model while the gestures change.
    var gestures = self.gestures
    let held = KeyModifiers(sdl: SDL_GetModState())
    let actions = gestures.actions(for: description, scale: scale, modifiers: held,
                                   // The open picker takes the arrows before the sliders.
                                   slidersShown: model.slidersShown && !model.isPickerOpen)
    { point in
      model.legendCurve(at: point) != nil || model.pickerRow(at: point) != nil
        || model.sliderPanelContains(point)
    }
    self.gestures = gestures
    for action in actions {
      switch action {
      case let .input(input):
        if model.apply(input) { dirty = true }
      case let .click(at: point):
        if model.click(at: point, makePrimary: false) { dirty = true }
      case let .primaryClick(at: point):
        if model.click(at: point, makePrimary: true) { dirty = true }
      case .screenshot:
        stopPlaying()
        try takeScreenshot(figures.screenshotFormats)
      case .saveSVG:
        stopPlaying()
        try takeScreenshot([.svg])
      case .copyRenderCommand:
        stopPlaying()
        try copyRenderCommand()
      case .copyReadout:
        stopPlaying()
        try copyReadout()
      case .toggleFullscreen:
        stopPlaying()
        try window.setFullscreen(!window.isFullscreen)
        try syncSize()
      case .escape:
        // Innermost first: what the model has open (box zoom, help), then fullscreen.
        if model.apply(.dismiss) {
          dirty = true
        } else if window.isFullscreen {
          try window.setFullscreen(false)
          try syncSize()
        } else {
          return .quit
        }
      case .quit:
        return .quit
      }
    }
    return .proceed
  }

  /// Stops a playing parameter before a window action (S, V, P, C, F11): any key stops
  /// the play, and these keys never reach the model as inputs that would. The figure or
  /// command then shows the frame the play stopped on.
  private mutating func stopPlaying() {
    if model.isPlaying, model.apply(.parameter(.stop)) { dirty = true }
  }

  /// Tells the model about the drawable's size and scale when they changed.
  private mutating func syncSize() throws(SDLError) {
    let size = try window.drawableSize()
    let points = window.windowSize()
    // Device pixels per point; 1 on ordinary displays, 2 on most high-DPI ones.
    let newScale = points.width > 0 ? Double(size.width) / Double(points.width) : 1
    guard size != drawable || newScale != scale else { return }
    drawable = size
    scale = newScale
    if model.apply(.resized(width: size.width, height: size.height, scale: newScale)) { dirty = true }
    dirty = true  // the canvas must match the new drawable whatever the model says
  }

  /// Renders, uploads and presents one frame, timing each stage.
  private mutating func drawFrame(exact: Bool = false) throws(SDLError) {
    canvas = try window.frameCanvas(reusing: canvas)
    let t0 = SDL_GetPerformanceCounter()
    if exact { model.renderExact(into: &canvas) } else { model.render(into: &canvas) }
    let t1 = SDL_GetPerformanceCounter()
    try window.upload(canvas)
    let t2 = SDL_GetPerformanceCounter()
    try window.present()
    let t3 = SDL_GetPerformanceCounter()
    dirty = false
    if stats != nil {
      let f = Double(SDL_GetPerformanceFrequency())
      stats?.record(FrameTiming(
        total: Double(t3 &- batchStart) / f, render: Double(t1 - t0) / f,
        upload: Double(t2 - t1) / f, present: Double(t3 - t2) / f),
        presentedAt: FrameStats.monotonicNow())
    }
  }

  /// Saves exactly the frame on screen at full drawable resolution, in `formats`: the BMP
  /// of its pixels, the SVG of its display list beside it (the same name, .svg; alone, the
  /// first free screenshot name). Inputs that came before the key in this batch are drawn
  /// and presented first, so the file shows what the user asked for; a notice still
  /// showing from an earlier shot is taken off screen first, so no screenshot carries one.
  /// Failures are reported and shown; the viewer keeps running.
  private mutating func takeScreenshot(_ formats: [ScreenshotFormat]) throws(SDLError) {
    if noticeDeadline != nil {
      noticeDeadline = nil
      model.setNotice(nil)
      dirty = true
    }
    if dirty || model.needsRefinement || !window.holds(canvas) { try drawFrame(exact: true) }
    var names = ScreenshotNamer.candidates(at: Double(time(nil)))
    var saved: [String] = []
    var message: String?
    for format in formats {
      do {
        let path: RawPath
        switch format {
        case .bmp:
          path = try BMPWriter.write(canvas, in: screenshotDirectory, names: names, mode: .createNew)
          // Whatever follows takes this very name, .svg for .bmp.
          names = [path.lastComponent.escaped]
        case .svg:
          let svgNames = names.map { RawPath(ScreenshotFormat.svg.name($0)) }
          guard let bytes = svgBytes(output: screenshotDirectory.appending(svgNames[0])) else {
            message = "no SVG of this view"
            continue
          }
          path = try BMPWriter.write(bytes, in: screenshotDirectory, names: svgNames,
                                     mode: .createNew, reportAs: nil)
        }
        print(line: "saved \(path.escaped)")  // write(2): the line is out now
        // The file name only: the directory is the user's own choice, and a long path
        // would not fit a small window. stdout has the whole path.
        saved.append(path.lastComponent.escaped)
      } catch {
        Console.error("sigmoid-viewer: \(error)")
        message = "screenshot not saved: \(error.briefReason) (details on stderr)"
        break
      }
    }
    show(notice: message ?? "saved \(saved.joined(separator: ", "))")
  }

  /// The SVG document of the view on screen, its metadata naming `output` in the command
  /// that draws it again; nil when the model has no figure.
  private mutating func svgBytes(output: RawPath) -> [UInt8]? {
    guard let figure = model.figure() else { return nil }
    let reproduction = ViewReproduction(state: figure.state, fontPath: figures.fontPath,
                                        style: figures.style)
    var backend = SVGBackend(font: figures.font)
    let options = SVGOptions(metadata: reproduction.metadata(
      title: PlotScene.defaultTitle, output: output))
    return Array(backend.document(figure.list, width: figure.state.drawableWidth,
                                  height: figure.state.drawableHeight, options: options).utf8)
  }

  /// Puts the `sigmoid-viewer render plot.bmp ...` line that draws the view on screen
  /// again on the clipboard, then prints it on stdout (the readout's order, so whoever
  /// reads the line can paste it at once).
  private mutating func copyRenderCommand() throws(SDLError) {
    if dirty { try drawFrame() }
    guard let figure = model.figure() else {
      show(notice: "no command for this view")
      return
    }
    let command = ViewReproduction(state: figure.state, fontPath: figures.fontPath,
                                   style: figures.style).command(output: "plot.bmp")
    copyAndPrint(command, named: "render command")
  }

  /// Puts the probe's readout on the clipboard, then prints it on stdout as one block (one
  /// write, so it is out at once and never interleaved with a "saved" line): in that
  /// order, so whoever reads the line can paste the same text at once. Without a probe
  /// (pointer outside the plot) it says so in a notice instead.
  private mutating func copyReadout() throws(SDLError) {
    if dirty { try drawFrame() }  // the readout is the one on screen, after this batch's moves
    guard let text = model.readout else {
      show(notice: "no readout to copy: point at the plot first")
      return
    }
    copyAndPrint(text, named: "readout")
  }

  /// Puts `text` on the clipboard, then prints it on stdout (in that order, so whoever
  /// reads the line can paste the same text at once); the notice names what was copied,
  /// or says that it was printed only when there is no clipboard.
  private mutating func copyAndPrint(_ text: String, named what: String) {
    do {
      try Clipboard.set(text)
      show(notice: "\(what) copied")
    } catch {
      Console.error("sigmoid-viewer: \(error)")
      show(notice: "\(what) printed, not copied: no clipboard (details on stderr)")
    }
    print(line: text)
  }

  /// Prints `text` and a newline on stdout in one write. A failure (no reader any more:
  /// `| head -1`) does not stop the viewer: it is reported once, and stdout is left alone.
  private mutating func print(line text: String) {
    guard !stdoutGone else { return }
    do { try Console.out(text + "\n") } catch {
      stdoutGone = true
      Console.error("sigmoid-viewer: \(error); saved paths and readouts now show in the window only")
    }
  }

  /// Shows `message` over the plot for ``noticeMilliseconds``.
  private mutating func show(notice message: String) {
    model.setNotice(message)
    noticeDeadline = SDL_GetTicks64() + Self.noticeMilliseconds
    dirty = true
  }
}
