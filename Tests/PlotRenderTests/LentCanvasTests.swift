// A canvas drawing into lent memory (CanvasMemory, what the window does with its surface):
// it starts as a filled canvas does, every write lands in the lender's memory and nowhere
// else, and reading or replacing its pixels goes through that memory too.

import Testing

@testable import PlotRender

@Suite struct LentCanvasTests {
  /// Memory holding `count` pixels of `value`, freed by the caller.
  static func memory(_ count: Int, holding value: UInt32) -> UnsafeMutableBufferPointer<UInt32> {
    let memory = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: count)
    memory.initialize(repeating: value)
    return memory
  }

  @Test func aLentCanvasStartsFilledAndReportsItsMemory() {
    let memory = Self.memory(7 * 5, holding: 0x1234_5678)
    defer { memory.deallocate() }
    let lent = Canvas(lending: memory, width: 7, height: 5, background: Color(argb: 0x00AB_CDEF))
    #expect(Array(memory) == [UInt32](repeating: 0xFFAB_CDEF, count: 35), "filled, made opaque")
    #expect(lent.pixels == Canvas(width: 7, height: 5, background: Color(argb: 0xFFAB_CDEF)).pixels)
    #expect(lent.lentAddress == UnsafeRawPointer(memory.baseAddress))
    #expect(Canvas(width: 7, height: 5).lentAddress == nil)
  }

  @Test func drawingWritesTheLentMemoryAsAnOwnedCanvasWritesItsOwn() {
    let (width, height) = (40, 24)
    let memory = Self.memory(width * height, holding: 0)
    defer { memory.deallocate() }
    var lent = Canvas(lending: memory, width: width, height: height)
    var owned = Canvas(width: width, height: height)
    let coverage: [Float] = (0..<30).map { Float($0) / 29 }
    for frame in 0..<3 {
      for canvas in [0, 1] {
        func draw(_ c: inout Canvas) {
          c.clear(to: frame == 1 ? .black : .white)
          coverage.withUnsafeBufferPointer { cover in
            for y in stride(from: frame, to: height, by: 3) {
              c.blend(row: y, from: 5, coverage: cover, color: Color(red: 200, green: 30, blue: 90))
            }
          }
          c.blend(x: 3, y: 4 + frame, color: .black, coverage: 0.5)
        }
        if canvas == 0 { draw(&lent) } else { draw(&owned) }
      }
      // Counts, not arrays: a failed array comparison would print a diff of every pixel.
      #expect(zip(memory, owned.pixels).filter { $0 != $1 }.count == 0, "frame \(frame)")
      #expect(zip(lent.pixels, owned.pixels).filter { $0 != $1 }.count == 0, "frame \(frame)")
      #expect(lent[3, 4 + frame] == owned[3, 4 + frame])
    }
  }

  @Test func replacingAndChangingPixelsWritesTheLentMemory() {
    let memory = Self.memory(4 * 3, holding: 0)
    defer { memory.deallocate() }
    var lent = Canvas(lending: memory, width: 4, height: 3)
    lent.pixels = [UInt32](repeating: 0xFF00_FF00, count: 12)
    #expect(Array(memory) == [UInt32](repeating: 0xFF00_FF00, count: 12))
    lent.pixels[5] = 0xFF12_3456
    #expect(memory[5] == 0xFF12_3456)
    #expect(lent.lentAddress == UnsafeRawPointer(memory.baseAddress), "still drawing there")
    // The canvas no longer knows what it holds: the next clear writes every pixel.
    lent.clear(to: .white)
    #expect(Array(memory) == [UInt32](repeating: 0xFFFF_FFFF, count: 12))
  }
}
