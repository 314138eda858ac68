import Testing
@testable import SigmoidViewer

@Suite struct CommandLineToolTests {
  @Test func helpSucceeds() {
    #expect(CommandLineTool.run(["--help"]) == 0)
  }
}
