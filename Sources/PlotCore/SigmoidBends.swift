// Bounds on the logistic function's higher derivatives, |S^(n)(u)| for n = 1...4: what
// the sigmoid, tanh and SiLU families give the sampler as their bend bounds
// (PlotFunction.bendBound), so it can skip the probes of columns where the curve is
// provably straight at pixel scale.

import Glibc

/// |S^(n)(u)| ≤ min(peak_n, tail_n·e^(−|u|)), from S' = S(1 − S) = t/(1 + t)², t = e^(−|u|):
///
///     S'    = t/(1 + t)²              ≤ t,   ≤ 1/4 (at 0)
///     S''   = S'·(1 − 2S)             ≤ S' (|1 − 2S| = tanh(|u|/2) < 1),  ≤ 1/(6√3) < 0.0963
///     S'''  = S'·(1 − 6S')            ≤ S' (1 − 6S' ∈ [−1/2, 1]),  ≤ 1/8 (at 0)
///     S'''' = S''·(1 − 12S')          ≤ 2|S''| ≤ 2S' (1 − 12S' ∈ [−2, 1]),  ≤ 2·0.0963 < 0.2
///
/// (S''' = S'' − 2S'² − 2S·S'' and (1 − 2S)² = 1 − 4S' give the third; differentiating
/// S' − 6S'² the fourth.) BendBoundTests checks each against difference quotients of the
/// exact derivatives.
enum SigmoidBends {
  /// The largest |S^(n)| over all u.
  @inline(__always) static func peak(_ n: Int) -> Double {
    switch n {
    case 1: return 0.25
    case 2: return 0.0963
    case 3: return 0.125
    default: return 0.2
    }
  }

  /// The factor of e^(−|u|) bounding |S^(n)(u)|.
  @inline(__always) static func tail(_ n: Int) -> Double { n >= 4 ? 2 : 1 }

  /// An upper bound on e^(−m) for m ≥ 0 computed with a few roundings: glibc's exp is
  /// within 1 ulp, and m itself may be 2^-50 relative too large (the caller's rounded
  /// arguments), both far inside the 2^-40 widening; 2^-1000 more where exp underflows
  /// (the true value, times k^n up to 20^4, may still be a subnormal above 0).
  @inline(__always) static func decay(_ m: Double) -> Double {
    exp(-m * (1 - 0x1p-40)) * (1 + 0x1p-40) + 0x1p-1000
  }

  /// The smallest |u| over [lo, hi] (0 where the interval holds 0).
  @inline(__always) static func nearestToZero(_ lo: Double, _ hi: Double) -> Double {
    lo <= 0 && hi >= 0 ? 0 : Swift.min(lo.magnitude, hi.magnitude)
  }

  /// A bound on |S^(n)(u)| (1 ≤ n ≤ 4) over all u with |u| ≥ m, given e^(−m) as `decay`.
  @inline(__always) static func bound(_ n: Int, decay: Double) -> Double {
    Swift.min(peak(n), tail(n) * decay)
  }
}
