// The SDL window and how a finished Canvas reaches the screen: one resizable high-DPI
// window, a renderer (accelerated, else software) and a streaming ARGB8888 texture at the
// drawable's size. Knows nothing about plots or events (ViewerLoop.swift does those).

import CSDL2
import PlotRender

final class ViewerWindow {
  static let title = "Sigmoid Viewer"

  private let window: OpaquePointer
  private let renderer: OpaquePointer
  /// The streaming texture, exactly `textureWidth × textureHeight` device pixels.
  private var texture: OpaquePointer?
  private var textureWidth = 0
  private var textureHeight = 0
  /// The renderer SDL gave us ("opengl", "software", ...), for diagnostics.
  let rendererName: String

  /// Opens the window, `width × height` in window points (SDL scales them on high-DPI
  /// displays; the drawable may then be larger). Needs SDL_Init(SDL_INIT_VIDEO) first.
  init(width: Int, height: Int) throws(SDLError) {
    let flags = SDL_WINDOW_RESIZABLE.rawValue | SDL_WINDOW_ALLOW_HIGHDPI.rawValue
    window = try SDL.check("SDL_CreateWindow", SDL_CreateWindow(
      Self.title, csdl_windowpos_centered(), csdl_windowpos_centered(), Int32(width), Int32(height), flags))
    // Accelerated when there is a GPU (or Mesa's llvmpipe); the software renderer
    // otherwise, which needs nothing but the window's own framebuffer.
    let created = SDL_CreateRenderer(window, -1, SDL_RENDERER_ACCELERATED.rawValue)
      ?? SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE.rawValue)
    guard let created else {
      let error = SDLError(call: "SDL_CreateRenderer")
      SDL_DestroyWindow(window)
      throw error
    }
    renderer = created
    var info = SDL_RendererInfo()
    rendererName = SDL_GetRendererInfo(renderer, &info) == 0 && info.name != nil ? String(cString: info.name) : "unknown"
    // Too small a window leaves no room for the plot's margins.
    SDL_SetWindowMinimumSize(window, 160, 120)
  }

  deinit {
    if let texture { SDL_DestroyTexture(texture) }
    SDL_DestroyRenderer(renderer)
    SDL_DestroyWindow(window)
  }

  /// The drawable's size in device pixels: what the canvas and texture must match.
  func drawableSize() throws(SDLError) -> (width: Int, height: Int) {
    var w: Int32 = 0, h: Int32 = 0
    try SDL.check("SDL_GetRendererOutputSize", SDL_GetRendererOutputSize(renderer, &w, &h))
    return (Int(w), Int(h))
  }

  /// The window's size in points, the space SDL reports mouse positions in.
  func windowSize() -> (width: Int, height: Int) {
    var w: Int32 = 0, h: Int32 = 0
    SDL_GetWindowSize(window, &w, &h)
    return (Int(w), Int(h))
  }

  /// Copies `canvas` into the texture, recreating the texture when the size changed.
  /// Rows are copied at the pitch SDL returns, which may exceed width × 4.
  func upload(_ canvas: Canvas) throws(SDLError) {
    let texture = try textureSized(canvas.width, canvas.height)
    var raw: UnsafeMutableRawPointer?
    var pitch: Int32 = 0
    try SDL.check("SDL_LockTexture", SDL_LockTexture(texture, nil, &raw, &pitch))
    defer { SDL_UnlockTexture(texture) }
    guard let raw else { throw SDLError(call: "SDL_LockTexture", reason: "no pixel pointer returned") }
    let rowBytes = canvas.width * 4
    canvas.pixels.withUnsafeBytes { source in
      guard let base = source.baseAddress else { return }
      if Int(pitch) == rowBytes {
        raw.copyMemory(from: base, byteCount: rowBytes * canvas.height)
      } else {
        for row in 0..<canvas.height {
          (raw + row * Int(pitch)).copyMemory(from: base + row * rowBytes, byteCount: rowBytes)
        }
      }
    }
  }

  /// Shows the uploaded texture, 1:1 over the whole drawable. Also used to repaint
  /// without rendering when the window was merely exposed.
  func present() throws(SDLError) {
    try SDL.check("SDL_RenderClear", SDL_RenderClear(renderer))
    if let texture { try SDL.check("SDL_RenderCopy", SDL_RenderCopy(renderer, texture, nil, nil)) }
    SDL_RenderPresent(renderer)
  }

  private func textureSized(_ width: Int, _ height: Int) throws(SDLError) -> OpaquePointer {
    if let texture, width == textureWidth, height == textureHeight { return texture }
    if let texture { SDL_DestroyTexture(texture) }
    texture = nil
    let created = try SDL.check("SDL_CreateTexture", SDL_CreateTexture(
      renderer, SDL_PIXELFORMAT_ARGB8888.rawValue, Int32(SDL_TEXTUREACCESS_STREAMING.rawValue),
      Int32(width), Int32(height)))
    // 1:1 copies; nearest keeps pixels sharp if the output size is briefly off by a frame.
    SDL_SetTextureScaleMode(created, SDL_ScaleModeNearest)
    texture = created
    textureWidth = width
    textureHeight = height
    return created
  }
}
