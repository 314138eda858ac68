// sigmoid-viewer: set-up, dispatch to the command the arguments name, exit with its status.

import Foundation

let status = CommandLineTool.run(Array(CommandLine.arguments.dropFirst()))
exit(status)
