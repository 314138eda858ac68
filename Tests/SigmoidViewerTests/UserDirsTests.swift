import Testing
@testable import SigmoidViewer

@Suite struct UserDirsTests {
  @Test func theFileFollowsXDGConfigHomeUnlessItIsRelative() {
    #expect(UserDirs.filePath(configHome: "/cfg", home: "/home/u") == "/cfg/user-dirs.dirs")
    #expect(UserDirs.filePath(configHome: nil, home: "/home/u") == "/home/u/.config/user-dirs.dirs")
    #expect(UserDirs.filePath(configHome: "", home: "/home/u") == "/home/u/.config/user-dirs.dirs")
    #expect(UserDirs.filePath(configHome: "rel", home: "/home/u") == "/home/u/.config/user-dirs.dirs")
    #expect(UserDirs.filePath(configHome: nil, home: nil) == nil)
  }

  /// What xdg-user-dirs-update writes (German desktop), with its comment header.
  @Test func aGeneratedFileGivesThePicturesLine() {
    let text = """
      # This file is written by xdg-user-dirs-update
      # If you want to change or add directories, just edit the line you're
      # interested in. All local changes will be retained on the next run.
      # Format is XDG_xxx_DIR="$HOME/yyy", where yyy is a shell-escaped
      # homedir-relative path, or XDG_xxx_DIR="/yyy", where /yyy is an
      # absolute path. No other format is supported.
      #
      XDG_DESKTOP_DIR="$HOME/Schreibtisch"
      XDG_DOWNLOAD_DIR="$HOME/Downloads"
      XDG_PICTURES_DIR="$HOME/Bilder"
      XDG_VIDEOS_DIR="$HOME/Videos"

      """
    #expect(UserDirs.picturesFolder(in: text, home: "/home/u") == "/home/u/Bilder")
  }

  @Test func formsTheShellWouldAccept() {
    func folder(_ line: String, home: String? = "/home/u") -> String? {
      UserDirs.picturesFolder(in: line, home: home)
    }
    #expect(folder("XDG_PICTURES_DIR=\"/srv/shared pics\"") == "/srv/shared pics")
    #expect(folder("  XDG_PICTURES_DIR = \"$HOME/My \\\"Pics\\\"\"  # mine") == "/home/u/My \"Pics\"")
    #expect(folder("XDG_PICTURES_DIR=\"$HOME\"") == "/home/u")
    #expect(folder("XDG_PICTURES_DIR=\"$HOME/\"") == "/home/u/")
    #expect(folder("XDG_PICTURES_DIR=$HOME/Pictures # unquoted") == "/home/u/Pictures")
    #expect(folder("XDG_PICTURES_DIR=\"/a\"\r\nXDG_PICTURES_DIR=\"/b\"\r\n") == "/b", "the last line wins")
  }

  @Test func formsThatAreIgnored() {
    func folder(_ text: String, home: String? = "/home/u") -> String? {
      UserDirs.picturesFolder(in: text, home: home)
    }
    #expect(folder("XDG_PICTURES_DIR=\"Pictures\"") == nil, "relative")
    #expect(folder("XDG_PICTURES_DIR=\"$HOMEPICS/x\"") == nil, "another variable")
    #expect(folder("XDG_PICTURES_DIR=\"$HOME/Pictures\"", home: nil) == nil, "no home")
    #expect(folder("# XDG_PICTURES_DIR=\"/commented\"") == nil)
    #expect(folder("XDG_PICTURES_DIRS=\"/other-key\"") == nil)
    #expect(folder("XDG_PICTURES_DIR=\"/unclosed") == nil)
    #expect(folder("XDG_DESKTOP_DIR=\"/desk\"") == nil)
    #expect(folder("XDG_PICTURES_DIR=\"/good\"\nXDG_PICTURES_DIR=\"relative\"") == "/good",
            "an ignored line does not undo an earlier good one")
  }
}
