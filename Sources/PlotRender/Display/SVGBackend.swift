// Writes a DisplayList as an SVG 1.1 document: the vector backend beside RasterBackend,
// reading the very list the pixels come from, so the figure is the picture on screen.
// Rectangles become path data (runs of one role and colour merged into one path), disks
// circles, strokes one <path> per run (simplified within a tolerance, 0.01 px
// coordinates), clips one clipPath per distinct rectangle, texts <text> elements at the
// layout's anchors (or their glyph outlines). It does not embed rasters or fonts.

import PlotCore

/// What an SVG document says about itself besides its drawing.
public struct SVGMetadata: Sendable, Equatable {
  /// One fact about the view: a name ("x-range") and its value as text ("-10:10").
  public struct Field: Sendable, Equatable {
    public var name, value: String
    public init(_ name: String, _ value: String) { (self.name, self.value) = (name, value) }
  }

  /// The document's <title> (the plot's title), nil for none.
  public var title: String?
  /// The command line that draws this very picture, written in <desc> and <metadata>.
  public var command: String?
  /// The view's facts, written as attributes of one element in <metadata>, in order.
  /// Names must be XML names (letters, digits, '-').
  public var view: [Field]

  public init(title: String? = nil, command: String? = nil, view: [Field] = []) {
    self.title = title
    self.command = command
    self.view = view
  }
}

/// How ``SVGBackend`` writes a document.
public struct SVGOptions: Sendable, Equatable {
  /// Texts as filled glyph outlines (an exact look without the font) instead of <text>.
  public var textAsPaths = false
  /// How far a simplified stroke may stray from the display list's polyline, device
  /// pixels. 0.15 px: with the sampler's 0.1 px refinement checks and the 0.005 px of
  /// rounding, the written curve stays within the sampler's quarter pixel of the exact one.
  public var tolerance = 0.15
  public var metadata = SVGMetadata()

  public init(textAsPaths: Bool = false, metadata: SVGMetadata = SVGMetadata()) {
    self.textAsPaths = textAsPaths
    self.metadata = metadata
  }
}

/// Turns display lists into SVG documents. Deterministic: the same list, size, font and
/// options give the same bytes.
public struct SVGBackend {
  /// The font the layout measured with: its family names the <text> face, its outlines
  /// draw ``SVGOptions/textAsPaths``.
  public let font: TrueTypeFont
  private var faces: FaceCache
  private var simplifier = PolylineSimplifier()

  /// The generic family every font-family list ends with.
  public static let fallbackFamily = "sans-serif"

  public init(font: TrueTypeFont) {
    self.font = font
    faces = FaceCache(font: font)
  }

  /// The font-family attribute's value: the font's family quoted, then the fallback.
  public var fontFamily: String {
    guard let name = font.familyName, !name.contains("'") else { return Self.fallbackFamily }
    return "'\(name)', \(Self.fallbackFamily)"
  }

  /// The whole document for `list` drawn on a `width` × `height` canvas (device pixels,
  /// which become the document's px and its viewBox).
  public mutating func document(_ list: DisplayList, width: Int, height: Int,
                                options: SVGOptions = SVGOptions()) -> String {
    var writer = Writer(list: list, options: options, family: fontFamily, width: width,
                        height: height)
    writer.header()
    for item in list.items { writer.item(item, backend: &self) }
    writer.finish()
    return writer.out.text
  }

  // MARK: - Document state

  /// One document being written: the markup, the open clips, the merged rectangles.
  private struct Writer {
    let list: DisplayList
    let options: SVGOptions
    let family: String
    let width: Int, height: Int
    var out = SVGMarkup()
    /// Clip rectangles in force (already intersected), innermost last.
    var clips: [ClipRect] = []
    /// Each distinct clip rectangle written so far, by its id's number.
    var clipIDs: [ClipRect: Int] = [:]
    /// Rectangles waiting to be written as one path: their class, paint and path data.
    var pendingRects: (role: String, paint: Paint, d: SVGMarkup)?

    init(list: DisplayList, options: SVGOptions, family: String, width: Int, height: Int) {
      self.list = list
      self.options = options
      self.family = family
      self.width = width
      self.height = height
    }

    mutating func header() {
      let w = String(width), h = String(height)
      out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
      out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(w)px\" "
        + "height=\"\(h)px\" viewBox=\"0 0 \(w) \(h)\">\n")
      let meta = options.metadata
      if let title = meta.title { out.append("<title>\(SVGMarkup.escaped(title))</title>\n") }
      if let command = meta.command {
        out.append("<desc>Drawn by sigmoid-viewer. To draw it again: "
          + "\(SVGMarkup.escaped(command))</desc>\n")
      }
      if meta.command != nil || !meta.view.isEmpty {
        out.append("<metadata>\n<sv:view xmlns:sv=\"urn:sigmoid-viewer:view\"")
        for field in meta.view {
          out.append("\n  \(field.name)=\"\(SVGMarkup.escaped(field.value))\"")
        }
        if let command = meta.command {
          out.append("\n  command=\"\(SVGMarkup.escaped(command))\"")
        }
        out.append("/>\n</metadata>\n")
      }
    }

    mutating func finish() {
      flushRects()
      for _ in clips { out.append("</g>\n") }
      out.append("</svg>\n")
    }

    // MARK: - Items

    mutating func item(_ item: DisplayItem, backend: inout SVGBackend) {
      let role = Self.className(item.role)
      if case .rect(let box, let paint) = item.content, paint.opacity >= 1 {
        addRect(box, paint, role: role)
        return
      }
      flushRects()
      switch item.content {
      case .clear(let color):
        out.append("<rect class=\"\(role)\" width=\"\(width)\" height=\"\(height)\" "
          + "fill=\"\(SVGMarkup.color(color))\"/>\n")
      case .rect(let box, let paint):
        // Translucent: the raster tints whole pixels, the box's edges rounded.
        let r = Box(x0: box.x0.rounded(), y0: box.y0.rounded(), x1: box.x1.rounded(),
                    y1: box.y1.rounded())
        guard r.x1 > r.x0, r.y1 > r.y0 else { return }
        out.append("<path class=\"\(role)\"\(fill(paint)) d=\"")
        out.box(r)
        out.append("\"/>\n")
      case .disk(let center, let radius, let paint):
        guard radius > 0, radius.isFinite, center.x.isFinite, center.y.isFinite else { return }
        out.append("<circle class=\"\(role)\" cx=\"\(SVGMarkup.number(center.x))\" "
          + "cy=\"\(SVGMarkup.number(center.y))\" r=\"\(SVGMarkup.number(radius))\""
          + "\(fill(paint))/>\n")
      case .polygon(let runs, let paint):
        out.append("<path class=\"\(role)\"\(fill(paint)) d=\"")
        for i in runs { out.polyline(list.geometry.run(i).filter(Self.isFinite), closed: true) }
        out.append("\"/>\n")
      case .stroke(let runs, let stroke, let dash, let paint):
        self.stroke(runs, stroke, dash, paint, role: item.role, className: role,
                    simplifier: &backend.simplifier)
      case .text(let run):
        if options.textAsPaths {
          let face = backend.faces.face(pixelSize: run.pixelSize)
          glyphs(run, face: face, role: role)
        } else {
          text(run, face: backend.faces.face(pixelSize: run.pixelSize), role: role)
        }
      case .beginClip(let rect):
        let clip = clips.last.map { $0.intersection(rect) } ?? rect
        clips.append(clip)
        let id: Int
        if let known = clipIDs[clip] {
          id = known
        } else {
          id = clipIDs.count + 1
          clipIDs[clip] = id
          let w = Swift.max(0, clip.x1 - clip.x0), h = Swift.max(0, clip.y1 - clip.y0)
          out.append("<clipPath id=\"clip\(id)\"><rect x=\"\(clip.x0)\" y=\"\(clip.y0)\" "
            + "width=\"\(w)\" height=\"\(h)\"/></clipPath>\n")
        }
        out.append("<g class=\"\(role)\" clip-path=\"url(#clip\(id))\">\n")
      case .endClip:
        if clips.popLast() != nil { out.append("</g>\n") }
      case .beginGroup:
        out.append("<g class=\"\(role)\">\n")
        if case .legendEntry(_, let curve, _) = item.role {
          out.append("<title>\(SVGMarkup.escaped(list.curveNames[curve] ?? curve.legendName))</title>\n")
        }
      case .endGroup:
        out.append("</g>\n")
      }
    }

    /// Adds an opaque box to the pending path, or starts a new one when the role or paint
    /// changes: a frame's twenty grid lines are one path.
    mutating func addRect(_ box: Box, _ paint: Paint, role: String) {
      guard box.x1 > box.x0, box.y1 > box.y0 else { return }
      if let p = pendingRects, p.role != role || p.paint != paint { flushRects() }
      if pendingRects == nil { pendingRects = (role, paint, SVGMarkup()) }
      pendingRects!.d.box(box)
    }

    mutating func flushRects() {
      guard let p = pendingRects else { return }
      pendingRects = nil
      out.append("<path class=\"\(p.role)\"\(fill(p.paint)) d=\"")
      out.append(p.d.text)
      out.append("\"/>\n")
    }

    /// A stroke as one group carrying the paint, width, joins, caps and dashes, holding
    /// one path per run (split at non-finite points, as the stroker splits them). A
    /// translucent stroke keeps its runs in one path, painted once as the raster fills it.
    mutating func stroke(_ runs: Range<Int>, _ stroke: Stroke, _ dash: Dash?, _ paint: Paint,
                         role: DisplayRole, className: String,
                         simplifier: inout PolylineSimplifier) {
      guard stroke.width > 0, stroke.width.isFinite, !runs.isEmpty else { return }
      out.append("<g class=\"\(className)\" fill=\"none\" stroke=\"\(SVGMarkup.color(paint.color))\""
        + " stroke-width=\"\(SVGMarkup.number(stroke.width))\"")
      switch stroke.join {
      case .round: out.append(" stroke-linejoin=\"round\"")
      case .miter(let limit):
        out.append(" stroke-linejoin=\"miter\" stroke-miterlimit=\""
          + "\(SVGMarkup.number(Swift.max(1, limit)))\"")
      }
      out.append(stroke.cap == .round ? " stroke-linecap=\"round\"" : " stroke-linecap=\"butt\"")
      if let dash, dash.isValid {
        out.append(" stroke-dasharray=\"\(SVGMarkup.number(dash.on)),\(SVGMarkup.number(dash.off))\"")
        if dash.phase != 0 {
          out.append(" stroke-dashoffset=\"\(SVGMarkup.number(dash.phase))\"")
        }
      }
      if paint.opacity < 1 {
        out.append(" stroke-opacity=\"\(SVGMarkup.number(Double(Swift.max(0, paint.opacity))))\"")
      }
      out.append(">\n")
      if case .curve(let curve) = role {
        out.append("<title>\(SVGMarkup.escaped(list.curveNames[curve] ?? curve.legendName))</title>\n")
      }
      let onePath = paint.opacity < 1
      if onePath { out.append("<path d=\"") }
      for i in runs {
        var piece: [Point] = []
        func flush() {
          defer { piece.removeAll(keepingCapacity: true) }
          guard !piece.isEmpty else { return }
          let kept = simplifier.simplify(piece[...], tolerance: options.tolerance)
          if !onePath { out.append("<path d=\"") }
          out.polyline(kept.count == 1 ? [kept[0], kept[0]] : kept)
          if !onePath { out.append("\"/>\n") }
        }
        for p in list.geometry.run(i) {
          if Self.isFinite(p) { piece.append(p) } else { flush() }
        }
        flush()
      }
      if onePath { out.append("\"/>\n") }
      out.append("</g>\n")
    }

    /// A <text> at the layout's anchor: the baseline snapped to whole pixels as the raster
    /// draws it, the anchor as text-anchor, turned about the anchor for `.up`. A text
    /// whose spaces matter (two in a row, or one at an end: "1  textbook S = 1.0 …")
    /// keeps them with xml:space="preserve"; SVG otherwise collapses them to one.
    mutating func text(_ run: TextRun, face: FontFace, role: String) {
      let anchor: String
      switch run.anchor {
      case .left: anchor = ""
      case .center: anchor = " text-anchor=\"middle\""
      case .right: anchor = " text-anchor=\"end\""
      }
      let x: String, y: String, turn: String
      switch run.rotation {
      case .none:
        x = SVGMarkup.number(run.anchorPoint.x)
        y = SVGMarkup.number(face.baseline(run.anchorPoint.y))
        turn = ""
      case .up:
        x = SVGMarkup.number(run.anchorPoint.x.rounded())
        y = SVGMarkup.number(run.anchorPoint.y)
        turn = " transform=\"rotate(-90 \(x) \(y))\""
      }
      out.append("<text class=\"\(role)\" x=\"\(x)\" y=\"\(y)\"\(turn) font-family=\"\(family)\" "
        + "font-size=\"\(SVGMarkup.number(run.pixelSize))\" fill=\"\(SVGMarkup.color(run.color))\""
        + "\(anchor)\(SVGMarkup.spacing(run.text))>\(SVGMarkup.escaped(run.text))</text>\n")
    }

    /// The run's glyph outlines as one filled path, placed exactly as the raster places
    /// them (the face's scales, kerning and snapped baseline; quadratic curves kept).
    mutating func glyphs(_ run: TextRun, face: FontFace, role: String) {
      let width = face.measure(run.text).width
      let shift: Double
      switch run.anchor {
      case .left: shift = 0
      case .center: shift = width / 2
      case .right: shift = width
      }
      let placed: [PlacedGlyph]
      let turn: (Point) -> Point
      switch run.rotation {
      case .none:
        placed = face.layout(run.text, at: Point(run.anchorPoint.x - shift, run.anchorPoint.y))
        turn = { $0 }
      case .up:
        // As TextPainter.drawRotated: laid out upright at the origin, then right along
        // the baseline becomes up and down becomes right.
        let x0 = run.anchorPoint.x.rounded(), y0 = run.anchorPoint.y + shift
        placed = face.layout(run.text, at: Point(0, 0))
        turn = { Point(x0 + $0.y, y0 - $0.x) }
      }
      var d = SVGMarkup()
      for g in placed {
        guard let outline = try? face.font.glyphOutline(glyph: g.glyph) else { continue }
        outline.emit(into: &d) { p in
          turn(Point(g.origin.x + p.x * face.xScale, g.origin.y - p.y * face.yScale))
        }
      }
      guard !d.text.isEmpty else { return }
      out.append("<path class=\"\(role)\" fill=\"\(SVGMarkup.color(run.color))\" d=\"")
      out.append(d.text)
      out.append("\"/>\n")
    }

    /// ` fill="#rrggbb"`, with ` fill-opacity` when translucent.
    func fill(_ paint: Paint) -> String {
      var s = " fill=\"\(SVGMarkup.color(paint.color))\""
      if paint.opacity < 1 {
        s += " fill-opacity=\"\(SVGMarkup.number(Double(Swift.max(0, paint.opacity))))\""
      }
      return s
    }

    static func isFinite(_ p: Point) -> Bool { p.x.isFinite && p.y.isFinite }

    /// The class an item's element gets, by what it is (tests and stylesheets find the
    /// curves, the grid or the frame by it).
    static func className(_ role: DisplayRole) -> String {
      switch role {
      case .background: return "background"
      case .shading: return "shading"
      case .selection: return "selection"
      case .grid: return "grid"
      case .probeLine: return "probe-line"
      case .tickMark: return "tick"
      case .frame: return "frame"
      case .plotClip: return "plot"
      case .curve: return "curve"
      case .tangent: return "tangent"
      case .markerDot: return "marker"
      case .deadZone: return "dead-zone"
      case .kinkDot(_, let filled): return filled ? "kink-dot" : "kink-dot open"
      case .impulse: return "impulse"
      case .probeDot: return "probe-dot"
      case .legend: return "legend"
      case .legendEntry(_, _, let dimmed): return dimmed ? "legend-entry hidden" : "legend-entry"
      case .text: return "text"
      case .notice: return "notice"
      case .readout: return "readout"
      case .readoutSwatch: return "readout-swatch"
      case .help: return "help"
      case .picker: return "picker"
      case .pickerEntry(_, let shown): return shown ? "picker-entry shown" : "picker-entry"
      case .sliderPanel: return "slider-panel"
      case .slider(_, let selected): return selected ? "slider selected" : "slider"
      case .precision(let part): return PrecisionPart.className(part)
      }
    }
  }
}
