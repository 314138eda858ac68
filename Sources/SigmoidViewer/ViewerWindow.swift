// The SDL window and how a finished Canvas reaches the screen: one resizable high-DPI
// window shown through its own surface (SurfaceOutput), or, when that surface would be
// below full resolution, through a renderer's texture (TextureOutput). Knows nothing
// about plots or events (ViewerLoop.swift does those).

import CSDL2
import PlotRender

final class ViewerWindow {
  static let title = "Sigmoid Viewer"

  private let window: OpaquePointer
  private enum Output {
    case surface(SurfaceOutput)
    case texture(TextureOutput)
  }
  private let output: Output

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
}
