// The SDL window and how a finished Canvas reaches the screen: one resizable high-DPI
// window shown through its own surface (SurfaceOutput), or, when that surface would be
// below full resolution, through a renderer's texture (TextureOutput). Knows nothing
// about plots or events (ViewerLoop.swift does those).

import CSDL2
import PlotRender

final class ViewerWindow {
  static let title = "Sigmoid Viewer"
  /// The X11 WM_CLASS and Wayland app_id: the desktop entry's name and StartupWMClass, so
  /// docks and task switchers show the installed icon for the window.
  static let windowClass = "io.github.sigmoidviewer.SigmoidViewer"

  private let window: OpaquePointer
  private enum Output {
    case surface(SurfaceOutput)
    case texture(TextureOutput)
  }
  private let output: Output
  /// The window's size (points) before it went fullscreen.
  private var windowedSize: (width: Int, height: Int)?

  /// How frames reach the screen ("window surface (x11)", "renderer opengl", ...), for --stats.
  var outputName: String {
    switch output {
    case .surface: return "window surface (\(SDL_GetCurrentVideoDriver().map { String(cString: $0) } ?? "?"))"
    case let .texture(t): return "renderer \(t.rendererName)"
    }
  }

  /// Opens the window, `width × height` in window points (SDL scales them on high-DPI
  /// displays; the drawable may then be larger). Needs SDL_Init(SDL_INIT_VIDEO) first.
  init(width: Int, height: Int) throws(SDLError) {
    let flags = SDL_WINDOW_RESIZABLE.rawValue | SDL_WINDOW_ALLOW_HIGHDPI.rawValue
    window = try SDL.check("SDL_CreateWindow", SDL_CreateWindow(
      Self.title, csdl_windowpos_centered(), csdl_windowpos_centered(), Int32(width), Int32(height), flags))
    // Too small a window leaves no room for the plot's margins.
    SDL_SetWindowMinimumSize(window, 160, 120)
    do {
      output = try Self.chooseOutput(for: window)
    } catch {
      SDL_DestroyWindow(window)
      throw error
    }
  }

  deinit {
    // A renderer must go before its window (Swift would release `output` only after this).
    if case let .texture(t) = output { t.close() }
    SDL_DestroyWindow(window)
  }

  /// The window surface where it has every device pixel (no high-DPI scaling: X11, or a
  /// scale of 1), which on X11 means an MIT-SHM image and no GL at all; drivers without a
  /// native framebuffer (Wayland) back it with a texture themselves. Otherwise a renderer
  /// texture at the drawable's full size.
  private static func chooseOutput(for window: OpaquePointer) throws(SDLError) -> Output {
    var points = (w: Int32(0), h: Int32(0)), pixels = (w: Int32(0), h: Int32(0))
    SDL_GetWindowSize(window, &points.w, &points.h)
    SDL_GetWindowSizeInPixels(window, &pixels.w, &pixels.h)
    if points == pixels {
      // SDL would back the surface with a GL texture wherever it finds GL, llvmpipe
      // included: present then took 9-18 ms at 1920×1080 instead of 1.1 ms with MIT-SHM.
      // Set at normal priority, so the environment variable still wins.
      SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0")
      let surface = SurfaceOutput(window: window)
      if (try? surface.size()) != nil { return .surface(surface) }
    }
    return .texture(try TextureOutput(window: window))
  }

  /// The drawable's size in device pixels: what the canvas must match.
  func drawableSize() throws(SDLError) -> (width: Int, height: Int) {
    switch output {
    case let .surface(s): return try s.size()
    case let .texture(t): return try t.size()
    }
  }

  /// The window's size in points, the space SDL reports mouse positions in.
  func windowSize() -> (width: Int, height: Int) {
    var w: Int32 = 0, h: Int32 = 0
    SDL_GetWindowSize(window, &w, &h)
    return (Int(w), Int(h))
  }

  /// Whether the window covers the screen (desktop-resolution fullscreen).
  var isFullscreen: Bool {
    SDL_GetWindowFlags(window) & SDL_WINDOW_FULLSCREEN_DESKTOP.rawValue != 0
  }

  /// Goes fullscreen at the desktop's resolution (no video mode change, so switching is
  /// instant and the plot is drawn at the screen's native size), or back to the window.
  /// The drawable's size changes: SDL reports it as a size-changed window event.
  ///
  /// Leaving, the window is given back its earlier size explicitly: window managers
  /// restore it anyway, but without one (a bare X server, Xvfb) SDL would go on
  /// believing the window is screen-sized, and so would its surface.
  func setFullscreen(_ on: Bool) throws(SDLError) {
    if on { windowedSize = windowSize() }
    try SDL.check("SDL_SetWindowFullscreen",
                  SDL_SetWindowFullscreen(window, on ? SDL_WINDOW_FULLSCREEN_DESKTOP.rawValue : 0))
    if !on, let size = windowedSize {
      SDL_SetWindowSize(window, Int32(size.width), Int32(size.height))
    }
  }

  /// The canvas for the next frame, at the drawable's size: `canvas` again while it still
  /// fits, else a new one filled with white. Shown through the window surface, the canvas
  /// draws into the surface's own pixels where they have its layout, so ``upload(_:)``
  /// copies nothing and the window holds one frame, not two (3.5 MiB less at 1280x720).
  /// SDL makes a new surface after a resize; the canvas follows it.
  func frameCanvas(reusing canvas: Canvas) throws(SDLError) -> Canvas {
    if case let .surface(s) = output, let lent = try s.lendableMemory() {
      if canvas.lentAddress == UnsafeRawPointer(lent.memory.baseAddress),
         canvas.width == lent.width, canvas.height == lent.height { return canvas }
      return Canvas(lending: lent.memory, width: lent.width, height: lent.height)
    }
    let size = try drawableSize()
    if canvas.lentAddress == nil, canvas.width == size.width, canvas.height == size.height {
      return canvas
    }
    return Canvas(width: size.width, height: size.height)
  }

  /// Whether `canvas` still holds what the window would show: false once SDL has replaced
  /// the surface a canvas was drawing into (its memory is gone then), so the loop draws
  /// again before saving or re-presenting the frame.
  func holds(_ canvas: Canvas) -> Bool {
    guard let address = canvas.lentAddress else { return true }
    guard case let .surface(s) = output, let lent = try? s.lendableMemory() else { return false }
    return address == UnsafeRawPointer(lent.memory.baseAddress)
  }

  /// Copies `canvas` (the drawable's size) to where the next `present` shows it.
  func upload(_ canvas: Canvas) throws(SDLError) {
    switch output {
    case let .surface(s): try s.upload(canvas)
    case let .texture(t): try t.upload(canvas)
    }
  }

  /// Shows the last uploaded frame. Also used to repaint without rendering when the
  /// window was merely exposed.
  func present() throws(SDLError) {
    switch output {
    case let .surface(s): try s.present()
    case let .texture(t): try t.present()
    }
  }

  /// The display's refresh rate in frames per second (60 when SDL does not know it): the
  /// pace the window draws at while a parameter plays.
  var refreshRate: Double {
    var mode = SDL_DisplayMode()
    let index = SDL_GetWindowDisplayIndex(window)
    guard index >= 0, SDL_GetCurrentDisplayMode(index, &mode) == 0, mode.refresh_rate > 0 else {
      return 60
    }
    return Double(mode.refresh_rate)
  }
}
