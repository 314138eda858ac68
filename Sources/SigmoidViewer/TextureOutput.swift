// Shows a finished Canvas through an SDL renderer and a streaming ARGB8888 texture at the
// drawable's size: the path for high-DPI windows, whose drawable SDL sizes in device
// pixels while the window surface may not be. SurfaceOutput.swift is the usual path.

import CSDL2
import PlotRender

final class TextureOutput {
  private var renderer: OpaquePointer?
  /// The streaming texture, exactly `textureWidth × textureHeight` device pixels.
  private var texture: OpaquePointer?
  private var textureWidth = 0
  private var textureHeight = 0
  /// The renderer SDL gave us ("opengl", "software", ...), for diagnostics.
  let rendererName: String

  /// A renderer for `window`: accelerated when there is a GPU (or Mesa's llvmpipe), the
  /// software renderer otherwise, which needs nothing but the window's own framebuffer.
  init(window: OpaquePointer) throws(SDLError) {
    let created = SDL_CreateRenderer(window, -1, SDL_RENDERER_ACCELERATED.rawValue)
      ?? SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE.rawValue)
    let renderer = try SDL.check("SDL_CreateRenderer", created)
    self.renderer = renderer
    var info = SDL_RendererInfo()
    rendererName = SDL_GetRendererInfo(renderer, &info) == 0 && info.name != nil
      ? String(cString: info.name) : "unknown"
  }

  deinit { close() }

  /// Destroys the texture and renderer; must happen before the window goes. Idempotent.
  func close() {
    if let texture { SDL_DestroyTexture(texture) }
    if let renderer { SDL_DestroyRenderer(renderer) }
    texture = nil
    renderer = nil
  }

  /// The drawable's size in device pixels: what the canvas and texture must match.
  func size() throws(SDLError) -> (width: Int, height: Int) {
    var w: Int32 = 0, h: Int32 = 0
    try SDL.check("SDL_GetRendererOutputSize", SDL_GetRendererOutputSize(renderer, &w, &h))
    return (Int(w), Int(h))
  }

  /// Copies `canvas` into the texture, recreating the texture when the size changed.
  /// SDL_UpdateTexture rather than lock + copy: the GL renderer's lock hands out a staging
  /// buffer and uploads it on unlock, one copy more (measured at 1920×1080 on llvmpipe:
  /// 3.7 ms against 4.6 ms median).
  func upload(_ canvas: Canvas) throws(SDLError) {
    let texture = try textureSized(canvas.width, canvas.height)
    let status = canvas.withUnsafePixels {
      SDL_UpdateTexture(texture, nil, $0.baseAddress, Int32(canvas.width * 4))
    }
    try SDL.check("SDL_UpdateTexture", status)
  }

  /// Shows the uploaded texture, 1:1 over the whole drawable. Also repaints without
  /// rendering when the window was merely exposed.
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
