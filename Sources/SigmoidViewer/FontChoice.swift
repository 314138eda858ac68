// Finding the font for the window and the render command: --font, then the environment,
// then fontconfig, then the usual paths (PlotRender's FontLocator does the search).

import PlotRender

enum FontChoice {
  /// The font to draw with. A bad explicit `--font` is the user's to fix on the command
  /// line, so it is a usage error (status 2); finding no font at all, or running out of
// descriptors or memory while reading one, is a failure (1).
  static func load(explicitPath: RawPath?) throws -> TrueTypeFont {
    do {
      return try FontLocator().locate(explicitPath: explicitPath).font
    } catch {
      if case .explicitPath = error { throw UsageError(error.description) }
      throw error
    }
  }
}
