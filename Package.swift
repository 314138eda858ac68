// swift-tools-version:6.0
//
// sigmoid-viewer: an exact, GPU-free viewer for the logistic sigmoid and its derivatives.
// CMakeLists.txt builds the same Sources/; keep the two target lists in step.

import PackageDescription

// The program's own modules do without the two modules every Swift file imports by
// default: nothing in them uses concurrency or regular expressions, and not importing
// them keeps their libraries (and libdispatch) out of the program, about 1.7 MB less
// resident memory for the window. CMakeLists.txt passes the same flags.
let productSwiftSettings: [SwiftSetting] = [
  .unsafeFlags([
    "-Xfrontend", "-disable-implicit-concurrency-module-import",
    "-Xfrontend", "-disable-implicit-string-processing-module-import",
  ])
]

let package = Package(
  name: "sigmoid-viewer",
  products: [
    .executable(name: "sigmoid-viewer", targets: ["SigmoidViewer"]),
    .executable(name: "sigmoid-benchmark", targets: ["SigmoidBenchmark"]),
  ],
  targets: [
    // MARK: - System libraries

    // No `pkgConfig: "sdl2"`: its `-D_REENTRANT` is a flag SwiftPM prohibits, so every build
    // warned. The shim includes <SDL2/SDL.h> from the default include path and the module
    // map links SDL2, which is all sdl2.pc adds.
    .systemLibrary(
      name: "CSDL2",
      providers: [.apt(["libsdl2-dev"])]),

    // MARK: - Libraries (pure Swift, no SDL)

    .target(name: "PlotCore", exclude: ["CMakeLists.txt"], swiftSettings: productSwiftSettings),
    .target(
      name: "PlotRender", dependencies: ["PlotCore"], exclude: ["CMakeLists.txt"],
      swiftSettings: productSwiftSettings),
    // State and scene joined: the frame model, the margin policy, the bindings table, the
    // input map. What the window, `render`, the tests and the benchmark all run.
    .target(
      name: "ViewerModel", dependencies: ["PlotCore", "PlotRender"], exclude: ["CMakeLists.txt"],
      swiftSettings: productSwiftSettings),

    // MARK: - Executables

    .executableTarget(
      name: "SigmoidViewer",
      dependencies: ["CSDL2", "PlotCore", "PlotRender", "ViewerModel"],
      exclude: ["CMakeLists.txt"], swiftSettings: productSwiftSettings,
      // Release builds link the Swift runtime in, as CMake's does (see CMakeLists.txt):
      // only the parts the program uses are mapped, 1.4 MB less resident memory than the
      // shared libswiftCore.so, and the binary runs without the toolchain. Debug builds
      // (and the test bundles that link this module) keep the shared runtime.
      linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]),
    .executableTarget(
      name: "SigmoidBenchmark",
      dependencies: ["PlotCore", "PlotRender", "ViewerModel"],
      exclude: ["CMakeLists.txt"]),

    // MARK: - Tests

    // What the test targets share: the seeded generator, the BMP reader, the child-process
    // runner, the committed font. A test target itself (SwiftPM lets test targets depend
    // on one), so `swift build` and the products never build it; it holds no tests.
    .testTarget(name: "TestSupport"),

    // Unit tests, one target per module: in process, no display, no built binary.
    .testTarget(
      name: "PlotCoreTests",
      dependencies: ["PlotCore", "TestSupport"],
      exclude: ["Fixtures/make_reference.py", "Fixtures/make_readout_reference.py",
                "Fixtures/make_parameter_reference.py", "Fixtures/find_hard_cases.py"],
      resources: [
        .copy("Fixtures/sigmoid-reference.csv"), .copy("Fixtures/readout-reference.csv"),
        .copy("Fixtures/sigmoid-parameters-reference.csv"),
        .copy("Fixtures/sigmoid-hard-cases.csv"),
        // The activation catalogue's fixtures and their generators (issue 12), as one
        // directory: Bundle.module.url(forResource:withExtension:subdirectory: "Catalogue").
        .copy("Fixtures/Catalogue"),
        // The precision lab's exhaustive digests and their generator (issue 14).
        .copy("Fixtures/Precision"),
      ]),
    .testTarget(
      name: "PlotRenderTests",
      // ViewerModel: the scene tests fit margins and list the help through the library.
      dependencies: ["PlotRender", "ViewerModel", "TestSupport"],
      // Golden images, read and re-recorded in place through #filePath, not bundled.
      exclude: ["Snapshots"]),
    .testTarget(name: "ViewerModelTests", dependencies: ["ViewerModel", "TestSupport"]),
    .testTarget(name: "SigmoidViewerTests", dependencies: ["SigmoidViewer", "ViewerModel", "TestSupport"]),

    // End-to-end tests: run the built sigmoid-viewer and sigmoid-benchmark (command line,
    // hostile cases, memory soak) and drive the real window in a private Xvfb. Depending
    // on both executables makes `swift test` build them first.
    .testTarget(
      name: "SigmoidViewerEndToEndTests",
      dependencies: ["SigmoidViewer", "SigmoidBenchmark", "ViewerModel", "TestSupport"]),
  ]
)
