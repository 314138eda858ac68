// sigmoid-viewer: set-up, dispatch to the command the arguments name, exit with its status.

import Glibc

ProcessSetup.prepare()
let status = CommandLineTool.run(Argument.processArguments())
exit(status)
