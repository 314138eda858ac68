// Reads the pictures folder from xdg-user-dirs' `user-dirs.dirs`, the file desktops write
// (in the user's language: ~/Bilder, ~/Imágenes) and file managers follow.

/// The parts of `user-dirs.dirs` the viewer uses.
enum UserDirs {
  /// `$XDG_CONFIG_HOME/user-dirs.dirs`, or `~/.config/user-dirs.dirs` when XDG_CONFIG_HOME
  /// is unset, empty or relative (the base-directory spec says to ignore a relative one).
  static func filePath(configHome: String?, home: String?) -> String? {
    if let configHome, configHome.hasPrefix("/") { return configHome + "/user-dirs.dirs" }
    guard let home, !home.isEmpty else { return nil }
    return home + "/.config/user-dirs.dirs"
  }

  /// The last `XDG_PICTURES_DIR=...` line's folder, as the shell that sources the file
  /// would see it: `"$HOME/Pictures"` is relative to `home`, `"/srv/pics"` absolute;
  /// backslash escapes one character. Anything else (relative, another variable, a
  /// `$HOME` with no home known) is ignored, as xdg-user-dirs itself only writes those two
  /// forms. Comments (#) and other keys are skipped.
  static func picturesFolder(in text: String, home: String?) -> String? {
    var found: String?
    for line in text.split(whereSeparator: \.isNewline) {
      if let value = value(of: "XDG_PICTURES_DIR", in: Substring(line)),
         let path = expanded(value, home: home) {
        found = path
      }
    }
    return found
  }

  /// The unquoted value of `KEY=value` or `KEY="value"` on one line, nil for other lines.
  private static func value(of key: String, in line: Substring) -> String? {
    var rest = line.drop(while: { $0 == " " || $0 == "\t" })
    guard rest.hasPrefix(key) else { return nil }
    rest = rest.dropFirst(key.count).drop(while: { $0 == " " || $0 == "\t" })
    guard rest.first == "=" else { return nil }
    rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\t" })
    var value = ""
    var quoted = false
    var escaped = false
    for character in rest {
      if escaped {
        value.append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "\"" {
        if quoted { return value }  // the closing quote ends the value
        quoted = true
      } else if !quoted && (character == " " || character == "\t" || character == "#") {
        break
      } else {
        value.append(character)
      }
    }
    return quoted ? nil : value  // an unclosed quote is a broken line
  }

  /// `$HOME/...` and `$HOME` against `home`; absolute paths as they are; nil otherwise.
  private static func expanded(_ value: String, home: String?) -> String? {
    if value.hasPrefix("/") { return value }
    guard value == "$HOME" || value.hasPrefix("$HOME/"), let home, !home.isEmpty else { return nil }
    return home + value.dropFirst("$HOME".count)
  }
}
