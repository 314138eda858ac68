// printf-style number text from the C library, in place of Foundation's
// `String(format:)`: the same digits (Foundation hands %e, %f and %g to the C library's
// own conversion too) without linking Foundation and its ICU data into the program.

import Glibc

public enum CFormat {
  /// `format` filled in by vsnprintf, e.g. `CFormat.string("%.4g", 2.0)` is "2".
  ///
  /// The C locale's decimal point: the program never calls setlocale, so "." always.
  /// Text up to 127 bytes is formatted on the stack; longer text is formatted twice, the
  /// second time into a buffer of the length the first call reported.
  public static func string(_ format: String, _ arguments: CVarArg...) -> String {
    let small = 128
    var result = ""
    let needed = withUnsafeTemporaryAllocation(of: CChar.self, capacity: small) { buffer in
      let n = withVaList(arguments) { vsnprintf(buffer.baseAddress, small, format, $0) }
      if n >= 0 && n < small { result = String(cString: buffer.baseAddress!) }
      return Int(n)
    }
    guard needed >= small else { return result }
    var large = [CChar](repeating: 0, count: needed + 1)
    _ = withVaList(arguments) { vsnprintf(&large, needed + 1, format, $0) }
    return large.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
  }
}
