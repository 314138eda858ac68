// The reliability review's hostile cases (issue 10), each run against the built binary in
// a scratch directory with /bin/sh: output paths of every kind (links, loops, devices,
// FIFOs, descriptors, trailing slashes), modes and owners, closed and broken streams,
// exhausted memory and descriptors, names that are not UTF-8 or are long, and messages
// that must stay one line. Every case checks the status, the stderr line, that nothing
// crashed, and a shell check of what is on disk afterwards.

import Foundation
import TestSupport
import Testing

/// One hostile invocation. `script` runs in the scratch directory with `$B` the binary
/// and `$FONT` a TrueType font; `check` runs there afterwards and must exit 0.
struct HostileCase: Sendable, CustomTestStringConvertible {
  var name: String
  var setup: String = ""
  var script: String
  /// The exit status wanted of `script` (its last command's).
  var status: Int32
  /// Substrings of the one stderr line; empty with `quiet` means stderr must be empty.
  var mentions: [String] = []
  /// Whether stderr must be empty (successful runs) rather than exactly one line.
  var quiet: Bool { status == 0 && mentions.isEmpty }
  var check: String = "true"
  /// Needs root (mknod, chown, unshare): skipped with a note otherwise.
  var needsRoot = false

  var testDescription: String { name }
}

enum Hostile {
  /// The tests' committed DejaVu Sans (readable by nobody too, for the setpriv cases).
  static let font = TestFont.path
  /// A BMP of W×H: "BM" and the size 54 + rows padded to 4 bytes (shell arithmetic).
  static func isBMP(_ file: String, _ w: Int, _ h: Int) -> String {
    "[ \"$(head -c 2 \(file))\" = BM ] && [ \"$(wc -c < \(file))\" -eq \(54 + ((3 * w + 3) & ~3) * h) ]"
  }
  /// No hidden temporary file left in the directory.
  static let noTemporaries = "[ -z \"$(ls -A | grep '^\\.')\" ]"

  static let outputPaths: [HostileCase] = [
    .init(name: "symlink to a regular file: written through, link kept",
          setup: "echo old > t.bmp; ln -s t.bmp l.bmp", script: "$B render l.bmp --size 8x8", status: 0,
          check: "[ -L l.bmp ] && [ \"$(readlink l.bmp)\" = t.bmp ] && \(isBMP("t.bmp", 8, 8)) && \(noTemporaries)"),
    .init(name: "chain of two links into another directory, relative targets",
          setup: "mkdir d; echo old > d/t.bmp; ln -s d/t.bmp l1; ln -s l1 l2.bmp",
          script: "$B render l2.bmp --size 9x7", status: 0,
          check: "[ -L l1 ] && [ -L l2.bmp ] && \(isBMP("d/t.bmp", 9, 7)) && [ -z \"$(ls -A d | grep '^\\.')\" ]"),
    .init(name: "link target keeps its mode 600",
          setup: "echo old > t.bmp; chmod 600 t.bmp; ln -s t.bmp l.bmp", script: "$B render l.bmp --size 8x8",
          status: 0, check: "[ \"$(stat -c %a t.bmp)\" = 600 ] && [ -L l.bmp ]"),
    .init(name: "dangling link: refused, nothing created",
          setup: "ln -s nowhere.bmp l.bmp", script: "$B render l.bmp", status: 2,
          mentions: ["l.bmp", "dangling", "nowhere.bmp"],
          check: "[ -L l.bmp ] && [ ! -e nowhere.bmp ] && [ \"$(ls -A | wc -l)\" -eq 1 ]"),
    .init(name: "link loop: refused", setup: "ln -s b.bmp a.bmp; ln -s a.bmp b.bmp",
          script: "$B render a.bmp", status: 2, mentions: ["a.bmp", "loop"],
          check: "[ -L a.bmp ] && [ -L b.bmp ] && [ \"$(ls -A | wc -l)\" -eq 2 ]"),
    .init(name: "loop on the way to the directory: refused", setup: "ln -s y x; ln -s x y",
          script: "$B render x/o.bmp", status: 2, mentions: ["x/o.bmp", "symbolic links"],
          check: "[ \"$(ls -A | wc -l)\" -eq 2 ]"),
    .init(name: "link to a directory: refused", setup: "mkdir d; ln -s d l.bmp",
          script: "$B render l.bmp", status: 2, mentions: ["is a directory"],
          check: "[ -L l.bmp ] && [ -z \"$(ls -A d)\" ]"),
    .init(name: "/dev/stdout redirected to a file: the image goes there",
          script: "$B render /dev/stdout --size 16x8 > o.bmp", status: 0, check: isBMP("o.bmp", 16, 8)),
    .init(name: "/dev/stdout into a pipe", script: "$B render /dev/stdout --size 8x8 | cat > p.bmp",
          status: 0, check: isBMP("p.bmp", 8, 8)),
    .init(name: "/proc/self/fd/1", script: "$B render /proc/self/fd/1 --size 8x4 > o.bmp", status: 0,
          check: isBMP("o.bmp", 8, 4)),
    .init(name: "/dev/fd/3 opened by the shell", script: "$B render /dev/fd/3 --size 4x4 3> o.bmp", status: 0,
          check: isBMP("o.bmp", 4, 4)),
    .init(name: "a link to /proc/self/fd/1", setup: "ln -s /proc/self/fd/1 out",
          script: "$B render out --size 4x4 > o.bmp", status: 0,
          check: "[ -L out ] && \(isBMP("o.bmp", 4, 4))"),
    .init(name: "as root in a private /dev, /dev/stdout stays a link and the redirect gets the image",
          script: "unshare -m sh -c 'mount -t tmpfs tmpfs /dev && ln -s /proc/self/fd/1 /dev/stdout "
            + "&& \"$0\" render /dev/stdout --size 64x48 > o.bmp; s=$?; [ -L /dev/stdout ] || s=9; exit $s' \"$B\"",
          status: 0, check: isBMP("o.bmp", 64, 48), needsRoot: true),
    .init(name: "/dev/stdout with stdout closed", script: "$B render /dev/stdout --size 4x4 >&-", status: 1,
          mentions: ["/dev/stdout", "file descriptor 1", "not open for writing"]),
    .init(name: "/proc/self/fd/9, not open", script: "$B render /proc/self/fd/9", status: 1,
          mentions: ["/proc/self/fd/9", "file descriptor 9"]),
    .init(name: "/dev/null: streamed, nothing created", script: "$B render /dev/null --size 8x8", status: 0,
          check: "[ -c /dev/null ] && [ -z \"$(ls -A)\" ]"),
    .init(name: "/dev/full: no space", script: "$B render /dev/full --size 8x8", status: 1,
          mentions: ["/dev/full", "no space"], check: "[ -c /dev/full ]"),
    // The reader starts first and is the script's own child (a setup that left it running
    // would keep the harness waiting); the retry covers the moment before cat opens f.
    .init(name: "FIFO with a reader: streamed", setup: "mkfifo f",
          script: "cat f > got.bmp & i=0; until $B render f --size 6x6 2>/dev/null; do i=$((i+1)); "
            + "[ $i -lt 100 ] || exit 8; sleep 0.05; done; wait", status: 0,
          check: "[ -p f ] && \(isBMP("got.bmp", 6, 6))"),
    .init(name: "FIFO without a reader: refused, no hang", setup: "mkfifo f", script: "$B render f", status: 1,
          mentions: ["no process is reading"], check: "[ -p f ] && [ \"$(ls -A | wc -l)\" -eq 1 ]"),
    .init(name: "block device: refused", setup: "mknod blk b 7 0", script: "$B render blk", status: 2,
          mentions: ["block device"], check: "[ -b blk ]", needsRoot: true),
    .init(name: "socket: refused",
          setup: "python3 -c \"import socket; socket.socket(socket.AF_UNIX).bind('s.sock')\"",
          script: "$B render s.sock", status: 2, mentions: ["socket"], check: "[ -S s.sock ]"),
    .init(name: "existing file mode 600 kept", setup: "echo old > o.bmp; chmod 600 o.bmp",
          script: "$B render o.bmp --size 8x8", status: 0,
          check: "[ \"$(stat -c %a o.bmp)\" = 600 ] && \(isBMP("o.bmp", 8, 8)) && \(noTemporaries)"),
    .init(name: "existing file's owner, group and set-group-ID mode kept (root may chown)",
          setup: "echo old > o.bmp; chown nobody:nogroup o.bmp; chmod 2640 o.bmp",
          script: "$B render o.bmp --size 8x8", status: 0,
          check: "[ \"$(stat -c %a:%U:%G o.bmp)\" = 2640:nobody:nogroup ] && \(isBMP("o.bmp", 8, 8))",
          needsRoot: true),
    .init(name: "trailing slash on a new name: a directory, refused", script: "$B render newdir/", status: 2,
          mentions: ["newdir/", "names a directory"], check: "[ -z \"$(ls -A)\" ]"),
    .init(name: "trailing slash on an existing file: refused, file kept", setup: "echo keep > e.bmp",
          script: "$B render e.bmp/", status: 2, mentions: ["e.bmp/"],
          check: "[ \"$(cat e.bmp)\" = keep ] && [ \"$(ls -A | wc -l)\" -eq 1 ]"),
    .init(name: "trailing slash on an existing directory", setup: "mkdir d", script: "$B render d/", status: 2,
          mentions: ["is a directory"], check: "[ -z \"$(ls -A d)\" ]"),
    .init(name: "/proc/self/o.bmp: says the file system refuses, not 'does not exist'",
          script: "$B render /proc/self/o.bmp", status: 1, mentions: ["/proc/self", "does not allow creating"]),
    .init(name: "parent directory without search permission (run as nobody)",
          setup: "mkdir -p locked/sub; chmod 700 locked; chmod 777 .",
          script: "setpriv --reuid=nobody --regid=nogroup --clear-groups \"$B\" render locked/sub/o.bmp --font \"$FONT\"",
          status: 1, mentions: ["locked", "no permission to search"], check: "[ -z \"$(ls -A locked/sub)\" ]",
          needsRoot: true),
  ]

  static let namesAndMessages: [HostileCase] = [
    .init(name: "a name that is not UTF-8 is used as given", script: "$B render \"$(printf '\\377\\376.bmp')\" --size 4x4",
          status: 0, check: "\(isBMP("\"$(printf '\\377\\376.bmp')\"", 4, 4)) && [ \"$(ls -A | wc -l)\" -eq 1 ]"),
    .init(name: "a message about a path that is not UTF-8 shows the bytes escaped",
          script: "$B render \"$(printf 'no\\377dir')/o.bmp\"", status: 2, mentions: ["no\\xffdir", "does not exist"]),
    .init(name: "a font at a path that is not UTF-8", setup: "cp \"$FONT\" \"$(printf 'f\\377.ttf')\"",
          script: "$B render o.bmp --size 8x8 --font \"$(printf 'f\\377.ttf')\"", status: 0, check: isBMP("o.bmp", 8, 8)),
    .init(name: "--font through a symbolic link", setup: "ln -s \"$FONT\" f.ttf",
          script: "$B render o.bmp --size 8x8 --font f.ttf", status: 0, check: isBMP("o.bmp", 8, 8)),
    .init(name: "SIGMOID_VIEWER_FONT through a chain of links", setup: "ln -s \"$FONT\" a.ttf; ln -s a.ttf b.ttf",
          script: "SIGMOID_VIEWER_FONT=b.ttf $B render o.bmp --size 8x8", status: 0, check: isBMP("o.bmp", 8, 8)),
    .init(name: "--font as a dangling link", setup: "ln -s none.ttf f.ttf", script: "$B render o.bmp --font f.ttf",
          status: 2, mentions: ["--font f.ttf", "no such file"], check: "[ ! -e o.bmp ]"),
    .init(name: "--font /proc/self/mem gives the system's reason", script: "$B render o.bmp --font /proc/self/mem",
          status: 2, mentions: ["/proc/self/mem", "Input/output error"], check: "[ ! -e o.bmp ]"),
    .init(name: "--font in a directory without search permission (as nobody)",
          setup: "mkdir locked; cp \"$FONT\" locked/f.ttf; chmod 700 locked",
          script: "setpriv --reuid=nobody --regid=nogroup --clear-groups \"$B\" render /dev/null --font locked/f.ttf",
          status: 2, mentions: ["locked/f.ttf", "permission denied"], needsRoot: true),
    .init(name: "a 232-byte name (the temporary name is longer, and must still fit)",
          script: "$B render \"$(printf 'a%.0s' $(seq 232)).bmp\" --size 4x4", status: 0,
          check: "[ \"$(ls -A | wc -l)\" -eq 1 ] && [ \"$(ls -A | head -c 5)\" = aaaaa ]"),
    .init(name: "escape sequences in --size are escaped", script: "$B --size \"$(printf '\\033[2J\\033[31mRED')\"",
          status: 2, mentions: ["\\x1b[2J\\x1b[31mRED"]),
    .init(name: "a newline in OUT.bmp stays one line", script: "$B render \"$(printf 'a\\nb')/o.bmp\"",
          status: 2, mentions: ["a\\nb/o.bmp"]),
    .init(name: "escape sequences in an unknown command", script: "$B \"$(printf '\\033]0;title\\007')\"",
          status: 2, mentions: ["\\x1b]0;title\\x07"]),
    .init(name: "a newline in an unknown option", script: "$B \"$(printf -- '--x\\ny')\"", status: 2,
          mentions: ["--x\\ny"]),
    .init(name: "a C1 control and a bidi override in --x-range",
          script: "$B render o.bmp --x-range \"$(printf '1:\\302\\233\\342\\200\\256')\"", status: 2,
          mentions: ["\\u{9B}", "\\u{202E}"]),
    .init(name: "a newline in --font", script: "$B render o.bmp --font \"$(printf 'x\\ny.ttf')\"", status: 2,
          mentions: ["x\\ny.ttf", "no such file"]),
    .init(name: "a newline in --screenshot-dir", script: "$B --screenshot-dir \"$(printf 'x\\ny')\"", status: 2,
          mentions: ["x\\ny", "does not exist"]),
  ]

  static let streamsAndLimits: [HostileCase] = [
    .init(name: "--help with stdout closed", script: "$B --help >&-", status: 1,
          mentions: ["standard output", "Bad file descriptor"]),
    .init(name: "a usage error with stderr closed keeps status 2", script: "$B --bogus 2>&-", status: 2),
    .init(name: "--help with both closed", script: "$B --help >&- 2>&-", status: 1),
    .init(name: "--help into a pipe whose reader is gone, SIGPIPE ignored",
          setup: "mkfifo f", script: "exec 3<>f 4>f 3<&-; trap '' PIPE; $B --help >&4", status: 1,
          mentions: ["standard output", "Broken pipe"]),
    .init(name: "--help into a pipe whose reader is gone, SIGPIPE at its default",
          setup: "mkfifo f", script: "exec 3<>f 4>f 3<&-; $B --help >&4", status: 1,
          mentions: ["standard output", "Broken pipe"]),
    .init(name: "sample into a pipe whose reader is gone", setup: "mkfifo f",
          script: "exec 3<>f 4>f 3<&-; $B sample --from 0 --to 1 --count 100000 >&4", status: 1,
          mentions: ["CSV", "Broken pipe"]),
    .init(name: "--help into a full disk", script: "$B --help > /dev/full", status: 1,
          mentions: ["standard output", "No space left on device"]),
    .init(name: "sample with both streams closed, 30 times: every run exits 1",
          script: "i=0; while [ $i -lt 30 ]; do timeout 20 $B sample --from 0 --to 1 --count 1000 >&- 2>&-; "
            + "[ $? = 1 ] || exit 7; i=$((i+1)); done; exit 0", status: 0),
    .init(name: "render with both streams closed writes its file and nothing else",
          script: "$B render o.bmp --size 8x8 >&- 2>&-", status: 0, check: "\(isBMP("o.bmp", 8, 8)) && \(noTemporaries)"),
    .init(name: "out of address space for 16384x16384: one line, nothing left",
          script: "ulimit -v 1500000; $B render o.bmp --size 16384x16384", status: 1,
          mentions: ["out of memory", "16384×16384"], check: "[ -z \"$(ls -A)\" ]"),
    .init(name: "out of address space, replacing a file: the old one kept", setup: "echo keep > o.bmp",
          script: "ulimit -v 1500000; $B render o.bmp --size 16384x16384", status: 1,
          mentions: ["out of memory"], check: "[ \"$(cat o.bmp)\" = keep ] && \(noTemporaries)"),
    .init(name: "ulimit -n 8 renders", script: "ulimit -n 8; $B render o.bmp --size 8x8", status: 0,
          check: isBMP("o.bmp", 8, 8)),
    .init(name: "a single free descriptor (ulimit -n 8, 3..6 taken) still renders",
          script: "ulimit -n 8; exec 3</dev/null 4</dev/null 5</dev/null 6</dev/null; $B render o.bmp --size 8x8",
          status: 0, check: isBMP("o.bmp", 8, 8)),
    .init(name: "SIGQUIT to a running sample ends it without a crash report",
          script: "$B sample --from 0 --to 1 --count 10000000 > /dev/null 2> err & p=$!; sleep 0.3; kill -QUIT $p; "
            + "{ wait $p; } 2>/dev/null; s=$?; [ $s = 143 ] || [ $s = 0 ]", status: 0,
          check: "[ ! -s err ]"),
  ]

  /// Runs `test` and returns (status, stdout, stderr) and whether `check` passed.
  static func run(_ test: HostileCase) throws -> (status: Int32, stderr: String, checked: Bool) {
    let dir = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let binary = try ExecutableRunner.sigmoidViewerURL().path
    var environment = ProcessInfo.processInfo.environment
    for name in ["DISPLAY", "WAYLAND_DISPLAY", "SDL_VIDEODRIVER", "SIGMOID_VIEWER_FONT"] { environment[name] = nil }
    environment["B"] = binary
    environment["FONT"] = font
    /// `script` in the scratch directory: cd there first, so a script that changes the
    /// directory's permissions still starts inside it.
    func sh(_ script: String) throws -> ExecutableResult {
      try ChildProcess.shell("cd \"$0\" || exit 99; " + script, zero: dir, environment: environment)
    }
    if !test.setup.isEmpty {
      let setup = try sh(test.setup)
      guard setup.status == 0 else {
        throw ExecutableRunnerError(description: "setup failed (\(setup.status)): \(setup.stderr)")
      }
    }
    let result = try sh(test.script)
    let checked = try sh(test.check).status == 0
    return (result.status, result.stderr, checked)
  }
}

@Suite struct HostileCaseTests {
  static var all: [HostileCase] { Hostile.outputPaths + Hostile.namesAndMessages + Hostile.streamsAndLimits }

  @Test(arguments: all)
  func hostileCase(_ test: HostileCase) throws {
    if test.needsRoot && getuid() != 0 {
      Issue.record("needs root (mknod, chown, unshare or setpriv); run the suite as root")
      return
    }
    let outcome = try Hostile.run(test)
    #expect(outcome.status == test.status, "status \(outcome.status); stderr: \(outcome.stderr)")
    for crash in ["Fatal error", "Illegal instruction", "Segmentation", "Swift runtime", "Crash", "backtrace",
                  "NSCocoaErrorDomain"] {
      #expect(!outcome.stderr.contains(crash), "\(outcome.stderr)")
    }
    #expect(!outcome.stderr.unicodeScalars.contains { $0.value == 0x1B }, "a raw escape reached stderr")
    if test.quiet {
      #expect(outcome.stderr.isEmpty, "\(outcome.stderr)")
    } else if !test.mentions.isEmpty {
      let lines = outcome.stderr.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(lines.count == 2 && lines.last == "", "want exactly one line, got: \(outcome.stderr)")
      for mention in test.mentions {
        #expect(lines.first?.contains(mention) == true, "\"\(mention)\" not in: \(outcome.stderr)")
      }
    }
    #expect(outcome.checked, "the check after the run failed: \(test.check)")
  }
}
