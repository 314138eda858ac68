// End-to-end tests of `sigmoid-viewer render OUT.svg`: the document parses as XML (Python's
// xml.etree) and has the parts the issue lists; rasterized by librsvg (rsvg-convert) at the
// same size it matches the BMP of the same view (curves, grid and frame within one pixel,
// mean absolute difference per channel under 2%); the default view is under 60 kB; the
// same command gives the same bytes; its metadata's command draws the same picture again;
// a failed write leaves nothing and bad paths are refused as for BMP.

import Foundation
import Testing
import TestSupport

@Suite(.serialized) struct SVGRenderTests {
  static let font = TestFont.path

  static func scratch() throws -> String { try makeTemporaryDirectory(prefix: "svg") }

  /// Renders `out` with `options` (and the committed font); fails the test on error.
  static func render(_ out: String, _ options: [String]) throws {
    let result = try ExecutableRunner.run(["render", out, "--font", font] + options)
    #expect(result.status == 0 && result.stderr.isEmpty, "\(options): \(result.stderr)")
  }

  // MARK: - Python helpers (the test command installs python3 and librsvg2-bin)

  /// Prints facts about an SVG parsed with xml.etree: one "key value" line each.
  static let svgFacts = #"""
import sys, xml.etree.ElementTree as ET
ns = '{http://www.w3.org/2000/svg}'
root = ET.parse(sys.argv[1]).getroot()
print('root', root.tag)
print('version', root.get('version'))
print('size', root.get('width'), root.get('height'), root.get('viewBox'))
print('clipPaths', len(root.findall('.//' + ns + 'clipPath')))
print('images', len(root.findall('.//' + ns + 'image')))
curves = [g for g in root.iter(ns + 'g') if g.get('class') == 'curve']
print('curves', len(curves))
most = 0
for g in curves:
    for p in g.findall(ns + 'path'):
        most = max(most, len(p.get('d').split(' ')))
print('mostVertices', most)
texts = list(root.iter(ns + 'text'))
print('texts', len(texts))
print('families', len(set(t.get('font-family') for t in texts)), texts[0].get('font-family') if texts else '-')
print('textContent', '|'.join(t.text or '' for t in texts))
view = root.find(ns + 'metadata/{urn:sigmoid-viewer:view}view')
for k in ('x-range', 'y-range', 'y-scale', 'curves', 'functions', 'size', 'scale', 'command'):
    print('meta-' + k, view.get(k) if view is not None else '-')
"""#

  /// Decodes an 8-bit RGB or RGBA PNG (what rsvg-convert writes) into a binary PPM, with
  /// zlib and the PNG filters only, so the test needs no imaging library.
  static let pngToPPM = #"""
import sys, zlib, struct
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
pos, idat = 8, b''
while pos < len(data):
    n, kind = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    pos += 12 + n
    if kind == b'IHDR':
        w, h, depth, ctype, _, _, interlace = struct.unpack('>IIBBBBB', body)
        assert depth == 8 and ctype in (2, 6) and interlace == 0, 'unsupported PNG'
        bpp = 3 if ctype == 2 else 4
    elif kind == b'IDAT':
        idat += body
raw = zlib.decompress(idat)
stride = w * bpp
out, prev, i = bytearray(), bytearray(stride), 0
for y in range(h):
    f = raw[i]; line = bytearray(raw[i + 1:i + 1 + stride]); i += 1 + stride
    for x in range(stride):
        a = line[x - bpp] if x >= bpp else 0
        b = prev[x]
        c = prev[x - bpp] if x >= bpp else 0
        if f == 1: line[x] = (line[x] + a) & 255
        elif f == 2: line[x] = (line[x] + b) & 255
        elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    prev = line
    if bpp == 3:
        out += line
    else:
        for x in range(w):
            r, g, b, al = line[4 * x:4 * x + 4]
            out += bytes((v * al + 255 * (255 - al) + 127) // 255 for v in (r, g, b))
open(sys.argv[2], 'wb').write(b'P6\n%d %d\n255\n' % (w, h) + bytes(out))
"""#

  static func python(_ script: String, _ arguments: [String]) throws -> ExecutableResult {
    try ChildProcess.run("/usr/bin/env", ["python3", "-c", script] + arguments)
  }

  /// The facts `svgFacts` prints, by key.
  static func facts(_ svg: String) throws -> [String: String] {
    let result = try python(svgFacts, [svg])
    #expect(result.status == 0, "xml.etree could not parse \(svg): \(result.stderr)")
    var facts: [String: String] = [:]
    for line in result.stdout.split(separator: "\n") {
      let parts = line.split(separator: " ", maxSplits: 1)
      facts[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
    }
    return facts
  }

  /// An RGB image, 3 bytes a pixel, rows top down.
  struct RGBImage {
    var width: Int, height: Int
    var bytes: [UInt8]

    func pixel(_ x: Int, _ y: Int) -> (Int, Int, Int) {
      let i = 3 * (y * width + x)
      return (Int(bytes[i]), Int(bytes[i + 1]), Int(bytes[i + 2]))
    }

    init(bmp: TestBMPImage) {
      width = bmp.width
      height = bmp.height
      bytes = []
      bytes.reserveCapacity(3 * width * height)
      for p in bmp.pixels {
        bytes += [UInt8((p >> 16) & 0xFF), UInt8((p >> 8) & 0xFF), UInt8(p & 0xFF)]
      }
    }

    init(ppm path: String) throws {
      let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
      // "P6\nW H\n255\n" then the bytes.
      var fields: [String] = [], i = 0, current = ""
      while fields.count < 4 {
        let c = data[i]
        i += 1
        if c == 0x0A || c == 0x20 {
          if !current.isEmpty { fields.append(current) }
          current = ""
        } else {
          current.append(Character(Unicode.Scalar(c)))
        }
      }
      width = Int(fields[1])!
      height = Int(fields[2])!
      bytes = Array(data[i...])
    }
  }

  /// rsvg-convert's picture of `svg` at `width` × `height`, on white.
  static func rasterize(_ svg: String, width: Int, height: Int) throws -> RGBImage {
    let png = svg + ".png", ppm = svg + ".ppm"
    let convert = try ChildProcess.run("/usr/bin/env", [
      "rsvg-convert", "-w", "\(width)", "-h", "\(height)", "-b", "white", svg, "-o", png,
    ])
    #expect(convert.status == 0, "rsvg-convert: \(convert.stderr)")
    let decode = try python(pngToPPM, [png, ppm])
    #expect(decode.status == 0, "PNG decode: \(decode.stderr)")
    return try RGBImage(ppm: ppm)
  }

  // MARK: - Comparison

  /// Mean absolute difference per channel, as a fraction of 255.
  static func meanDifference(_ a: RGBImage, _ b: RGBImage) -> (Double, Double, Double) {
    var sums = (0, 0, 0)
    for y in 0..<a.height {
      for x in 0..<a.width {
        let p = a.pixel(x, y), q = b.pixel(x, y)
        sums.0 += abs(p.0 - q.0)
        sums.1 += abs(p.1 - q.1)
        sums.2 += abs(p.2 - q.2)
      }
    }
    let n = Double(a.width * a.height * 255)
    return (Double(sums.0) / n, Double(sums.1) / n, Double(sums.2) / n)
  }

  /// How much of `ink` (over white) the pixel holds, and how far it is from that mix.
  static func coverage(_ p: (Int, Int, Int), of ink: (Int, Int, Int)) -> (alpha: Double, off: Double) {
    let d = (255 - ink.0, 255 - ink.1, 255 - ink.2)
    let v = (255 - p.0, 255 - p.1, 255 - p.2)
    let norm = Double(d.0 * d.0 + d.1 * d.1 + d.2 * d.2)
    let alpha = Double(v.0 * d.0 + v.1 * d.1 + v.2 * d.2) / norm
    let off = max(abs(Double(v.0) - alpha * Double(d.0)), abs(Double(v.1) - alpha * Double(d.1)),
                  abs(Double(v.2) - alpha * Double(d.2)))
    return (alpha, off)
  }

  /// The pixels inside `region` that `a` paints fully in `ink` (coverage 0.9 to 1.1)
  /// and `b` leaves without at least 0.4 coverage of it within one pixel: what is drawn
  /// in one and more than a pixel away in the other.
  static func strays(_ a: RGBImage, _ b: RGBImage, ink: (Int, Int, Int),
                     region: (x: Range<Int>, y: Range<Int>), exclude: ((Int, Int) -> Bool)? = nil)
    -> [(Int, Int)]
  {
    var found: [(Int, Int)] = []
    // Off the ink's line by at most 12% of its distance from white (plus rounding): a
    // light blend of blue must not pass for the grid's light grey.
    let strongOff = 2 + 0.12 * Double(max(255 - ink.0, 255 - ink.1, 255 - ink.2))
    for y in region.y {
      for x in region.x {
        let c = coverage(a.pixel(x, y), of: ink)
        guard c.alpha >= 0.9, c.alpha <= 1.1, c.off <= strongOff else { continue }
        if let exclude, exclude(x, y) { continue }
        var near = false
        for dy in -1...1 {
          for dx in -1...1 {
            let nx = x + dx, ny = y + dy
            guard nx >= 0, ny >= 0, nx < b.width, ny < b.height else { continue }
            let d = coverage(b.pixel(nx, ny), of: ink)
            if d.alpha >= 0.4 && d.off <= 60 { near = true }
          }
        }
        if !near { found.append((x, y)) }
      }
    }
    return found
  }

  static func rgb(_ hex: Int) -> (Int, Int, Int) { ((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF) }

  // MARK: - Tests

  @Test func defaultSVGParsesAndHasTheParts() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let out = dir + "/plot.svg"
    try Self.render(out, [])
    let f = try Self.facts(out)
    #expect(f["root"] == "{http://www.w3.org/2000/svg}svg")
    #expect(f["version"] == "1.1")
    #expect(f["size"] == "1280px 720px 0 0 1280 720")
    #expect(f["clipPaths"] == "1")
    #expect(f["images"] == "0")
    #expect(f["curves"] == "2")
    #expect(Int(f["mostVertices"] ?? "") ?? .max < 200, "\(f["mostVertices"] ?? "-") vertices")
    #expect(f["families"] == "1 'DejaVu Sans', sans-serif")
    let texts = f["textContent"] ?? ""
    for label in ["Sigmoid Function and Its Derivative", "Value", "−10", "0.8", "Sigmoid Derivative"] {
      #expect(texts.split(separator: "|").contains(Substring(label)), "no <text> \(label)")
    }
    #expect(f["meta-x-range"] == "-10:10")
    #expect(f["meta-y-scale"] == "linear")
    #expect(f["meta-curves"] == "S,S'")
    #expect(f["meta-functions"] == "sigmoid:k=1,x0=0")
    #expect(f["meta-size"] == "1280x720" && f["meta-scale"] == "1")
    #expect(f["meta-command"]?.hasPrefix("sigmoid-viewer render \(out) --size=1280x720 ") == true)
    let size = try FileManager.default.attributesOfItem(atPath: out)[.size] as? Int ?? .max
    #expect(size < 60_000, "\(size) bytes")
  }

  @Test func theSameCommandGivesTheSameBytes() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for options in [[], ["--text-as-paths", "--y-scale", "log", "--size", "640x480"]] {
      try Self.render(dir + "/a.svg", options)
      try Self.render(dir + "/b.svg", options)
      let a = try String(contentsOfFile: dir + "/a.svg", encoding: .utf8)
      let b = try String(contentsOfFile: dir + "/b.svg", encoding: .utf8)
      // The command names its output; everything else is byte for byte the same.
      #expect(a.replacingOccurrences(of: "/a.svg", with: "/b.svg") == b, "\(options)")
    }
  }

  /// The views compared: the default, a log scale with S'' at another size, the seed's
  /// style, no grid and scale 2, and glyph outlines for text.
  static let views: [[String]] = [
    [],
    ["--size", "800x500", "--y-scale", "log", "--curves", "S,S''", "--x-range", "-30:30"],
    ["--style", "seed"],
    ["--size", "640x400", "--scale", "2", "--no-grid", "--y-scale", "logit"],
    ["--text-as-paths", "--no-markers", "--x-range", "-3:5", "--y-range", "-0.2:1.2"],
  ]

  @Test(arguments: views)
  func rasterizedSVGMatchesTheBMP(_ options: [String]) throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try Self.render(dir + "/p.svg", options)
    try Self.render(dir + "/p.bmp", options)
    let bmp = RGBImage(bmp: try TestBMPImage.read(path: dir + "/p.bmp"))
    let svg = try Self.rasterize(dir + "/p.svg", width: bmp.width, height: bmp.height)
    #expect(svg.width == bmp.width && svg.height == bmp.height)
    let mean = Self.meanDifference(bmp, svg)
    #expect(max(mean.0, mean.1, mean.2) < 0.02, "mean difference \(mean)")

    let seed = options.contains("seed")
    let inks = seed ? [0x0000FF, 0xFFA500] : [0x0072B2, 0xE69F00, 0x009E73]
    let whole = (x: 0..<bmp.width, y: 0..<bmp.height)
    for ink in inks + [0xDDDDDD] {
      for (a, b, which) in [(bmp, svg, "BMP"), (svg, bmp, "SVG")] {
        let strays = Self.strays(a, b, ink: Self.rgb(ink), region: whole)
        let where_ = strays.prefix(5).map { "(\($0.0), \($0.1))" }.joined(separator: " ")
        #expect(strays.isEmpty, "\(options): #\(String(ink, radix: 16)) drawn in the \(which) more than a pixel from the other at \(strays.count) pixels: \(where_)")
      }
    }
    // The frame and tick marks (the text colour): within their band around the plot,
    // clear of every label (those start 9 points out).
    let frame = try Self.frameBox(dir + "/p.svg")
    let scale = options.firstIndex(of: "--scale").map { Double(options[$0 + 1])! } ?? 1
    let out = Int((7 * scale).rounded(.down)), inset = Int((2 * scale).rounded(.up))
    let band = { (x: Int, y: Int) -> Bool in
      let outside = x < frame.x0 - out || x >= frame.x1 + out || y < frame.y0 - out
        || y >= frame.y1 + out
      let inside = x >= frame.x0 + inset && x < frame.x1 - inset && y >= frame.y0 + inset
        && y < frame.y1 - inset
      return outside || inside
    }
    for (a, b, which) in [(bmp, svg, "BMP"), (svg, bmp, "SVG")] {
      let strays = Self.strays(a, b, ink: Self.rgb(0x1A1A1A), region: whole, exclude: band)
      let where_ = strays.prefix(5).map { "(\($0.0), \($0.1))" }.joined(separator: " ")
      #expect(strays.isEmpty, "\(options): the frame drawn in the \(which) more than a pixel from the other at \(strays.count) pixels: \(where_)")
    }
  }

  /// The box the SVG's frame path covers (whole pixels: the frame is pixel-aligned).
  static func frameBox(_ svg: String) throws -> (x0: Int, y0: Int, x1: Int, y1: Int) {
    let text = try String(contentsOfFile: svg, encoding: .utf8)
    guard let start = text.range(of: "<path class=\"frame\" ") else {
      Issue.record("no frame path")
      return (0, 0, 0, 0)
    }
    let d = text[start.upperBound...].components(separatedBy: "d=\"")[1]
      .components(separatedBy: "\"")[0]
    let numbers = d.split(whereSeparator: { "MHVZ,".contains($0) }).compactMap { Double($0) }
    // Each box is "M x0,y0 H x1 V y1 H x0 Z": four numbers a box after the repeat.
    var x0 = Double.infinity, y0 = Double.infinity, x1 = -Double.infinity, y1 = -Double.infinity
    for i in stride(from: 0, to: numbers.count - 4, by: 5) {
      x0 = min(x0, numbers[i]); y0 = min(y0, numbers[i + 1])
      x1 = max(x1, numbers[i + 2]); y1 = max(y1, numbers[i + 3])
    }
    return (Int(x0.rounded(.down)), Int(y0.rounded(.down)), Int(x1.rounded(.up)),
            Int(y1.rounded(.up)))
  }

  /// The command in the metadata draws the same picture: its BMP is the original's.
  @Test func metadataCommandReproducesTheView() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let options = ["--size", "700x450", "--x-range", "-7.3:12.1", "--y-scale", "log",
                   "--curves", "S',S''", "--no-grid"]
    try Self.render(dir + "/v.svg", options)
    try Self.render(dir + "/v.bmp", options)
    guard let command = try Self.facts(dir + "/v.svg")["meta-command"] else {
      Issue.record("no command")
      return
    }
    let viewer = try ExecutableRunner.sigmoidViewerURL().path
    let again = command.replacingOccurrences(of: "sigmoid-viewer render \(dir)/v.svg",
                                             with: "\"$VIEWER\" render \"$1\"")
    #expect(again != command && again.contains("--font="))
    var env = ProcessInfo.processInfo.environment
    env["VIEWER"] = viewer
    let result = try ChildProcess.shell(again, zero: "sh", [dir + "/w.bmp"], environment: env)
    #expect(result.status == 0, "\(again): \(result.stderr)")
    let original = try Data(contentsOf: URL(fileURLWithPath: dir + "/v.bmp"))
    let redrawn = try Data(contentsOf: URL(fileURLWithPath: dir + "/w.bmp"))
    #expect(original == redrawn, "\(command) draws another picture")
  }

  /// A write that fails half way (a 2-block file size limit: EFBIG) exits 1 with one line
  /// and leaves the old file as it was, with no temporary file beside it.
  @Test func failedWriteLeavesNothing() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let out = dir + "/plot.svg"
    let old = Data("the previous figure".utf8)
    try old.write(to: URL(fileURLWithPath: out))
    var env = ProcessInfo.processInfo.environment
    env["VIEWER"] = try ExecutableRunner.sigmoidViewerURL().path
    let result = try ChildProcess.shell(
      "trap '' XFSZ; ulimit -f 2; exec \"$VIEWER\" render \"$1\" --font \"$2\"", zero: "sh",
      [out, Self.font], environment: env)
    #expect(result.status == 1, "status \(result.status): \(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains(out))
    #expect(FileManager.default.contents(atPath: out) == old)
    #expect(directoryEntries(dir) == ["plot.svg"])
  }

  /// Bad paths and names: one line, status 2, nothing created.
  @Test(arguments: ["no/such/dir/p.svg", "p.svgz", "p.SVG.bak", ".svg"])
  func badPathsAreRefusedAsForBMP(_ name: String) throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let result = try ChildProcess.run(try ExecutableRunner.sigmoidViewerURL().path,
                                      ["render", name, "--font", Self.font], directory: dir)
    #expect(result.status == 2, "\(name): status \(result.status)")
    #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    #expect(directoryEntries(dir).isEmpty)
  }

  @Test func upperCaseExtensionWritesSVG() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try Self.render(dir + "/P.SVG", ["--size", "320x240"])
    let text = try String(contentsOfFile: dir + "/P.SVG", encoding: .utf8)
    #expect(text.hasPrefix("<?xml") && text.contains("viewBox=\"0 0 320 240\""))
  }
}
