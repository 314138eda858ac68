// sigmoid-benchmark: frame-time figures for the renderer (release builds only).

import PlotCore

print("sigmoid-benchmark: nothing to measure yet; S(1) = \(sigmoid(1))")
