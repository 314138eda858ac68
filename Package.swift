// swift-tools-version:6.0
//
// sigmoid-viewer: an exact, GPU-free viewer for the logistic sigmoid and its derivatives.
// CMakeLists.txt builds the same Sources/; keep the two target lists in step.

import PackageDescription

let package = Package(
  name: "sigmoid-viewer",
  products: [
    .executable(name: "sigmoid-viewer", targets: ["SigmoidViewer"]),
    .executable(name: "sigmoid-benchmark", targets: ["SigmoidBenchmark"]),
  ],
  targets: [
    // MARK: - System libraries

    .systemLibrary(
      name: "CSDL2",
      pkgConfig: "sdl2",
      providers: [.apt(["libsdl2-dev"])]),

    // MARK: - Libraries (pure Swift, no SDL)

    .target(name: "PlotCore", exclude: ["CMakeLists.txt"]),
    .target(name: "PlotRender", dependencies: ["PlotCore"], exclude: ["CMakeLists.txt"]),

    // MARK: - Executables

    .executableTarget(
      name: "SigmoidViewer",
      dependencies: ["CSDL2", "PlotCore", "PlotRender"],
      exclude: ["CMakeLists.txt"]),
    .executableTarget(
      name: "SigmoidBenchmark",
      dependencies: ["PlotCore", "PlotRender"],
      exclude: ["CMakeLists.txt"]),

    // MARK: - Tests

    .testTarget(
      name: "PlotCoreTests",
      dependencies: ["PlotCore"],
      exclude: ["Fixtures/make_reference.py", "Fixtures/find_hard_cases.py"],
      resources: [
        .copy("Fixtures/sigmoid-reference.csv"), .copy("Fixtures/sigmoid-hard-cases.csv"),
      ]),
    .testTarget(
      name: "PlotRenderTests",
      dependencies: ["PlotRender"],
      // Golden images, read and re-recorded in place through #filePath, not bundled.
      exclude: ["Snapshots"]),
    .testTarget(name: "SigmoidViewerTests", dependencies: ["SigmoidViewer", "SigmoidBenchmark"]),
  ]
)
