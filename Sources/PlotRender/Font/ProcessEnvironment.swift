// The process environment as strings, read from the C library's `environ`, in place of
// Foundation's ProcessInfo (which would link Foundation and its ICU data into the
// program). For one variable as bytes, see ``RawPath/environment(_:)``.

import Glibc

public enum ProcessEnvironment {
  /// Every NAME=value entry, decoded as UTF-8 (invalid bytes replaced, as ProcessInfo
  /// does). An entry without "=" is skipped; of repeated names the first wins, as getenv.
  public static func strings() -> [String: String] {
    var result: [String: String] = [:]
    var entry = environ
    while let pointer = entry.pointee {
      let text = String(cString: pointer)
      if let equals = text.firstIndex(of: "=") {
        let name = String(text[..<equals])
        if result[name] == nil { result[name] = String(text[text.index(after: equals)...]) }
      }
      entry += 1
    }
    return result
  }
}
