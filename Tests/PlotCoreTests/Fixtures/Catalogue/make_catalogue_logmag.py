"""ln|f|, ln|f'|, ln|f''| and their signs for every catalogue function at tail points far
past the double range (x = -1e6 ... 1e6): the reference for the log-magnitude scale
(PlotFunction.naturalLogMagnitude, LogMagnitudeAccuracyTests). Writes
catalogue-logmag-reference.csv. Run by hand (a few minutes, mpmath only):

    nice -n 10 python3 make_catalogue_logmag.py

Each ln|f| is computed at p and 2p bits (p = 128, 256, ... up to 2^15) from catalogue.py's
closed forms; its error is taken as delta = |l_p - l_2p| + 2^(10-p) max(1, |l_2p|). Where
|ln|f|| >= 2^-40 the value is written once its rounding to double is decided
(catalogue.rounding_if_decided, as for the values). Where |ln|f|| < 2^-40 (f within a
relative 2^-40 of 1: tanh(20), S'(x) of softplus at x = 1e4) the test bound's absolute
part 2^-50 dominates, so the double nearest l_2p is written once delta < 2^-100 (and the
row's `decided` column says `absolute`): correct rounding there would need up to 2.9e6
bits (tanh(1e6) = 1 - 2e^-2e6) and tells the test nothing. A zero of f gives `-inf`.
"""

import math
import os
import sys

import mpmath

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import catalogue as cat  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CURVES = ("value", "derivative", "second_derivative")

# The tails (where the values underflow, overflow or round to a constant), a few points
# in between, and subnormal x; no kinks (x = +-3, +-1, 6) and no zeros of f, f', f''
# away from 0 (gelu'' at +-sqrt 2, silu' at -1.28, ...) lie among them.
POINTS = [-1e6, -1e4, -1000.0, -800.0, -200.0, -40.0, -25.0, -10.0, -2.5, -0.4, -1e-310,
          1e-310, 0.4, 2.5, 10.0, 25.0, 40.0, 200.0, 800.0, 1000.0, 1e4, 1e6]

# Parameter sets: the default first, then the ends of each range.
PARAMETER_SETS = {
  "sigmoid": [(1.0, 0.0), (0.05, 0.0), (20.0, 10.0), (2.5, -1.0)],
  "softplus": [(1.0,), (0.05,), (20.0,)],
  "leaky_relu": [(0.01,), (0.0,), (0.9,)],
  "elu": [(1.0,), (0.05,), (5.0,)],
  "celu": [(1.0,), (0.05,), (5.0,)],
  "silu": [(1.0,), (0.05,), (20.0,)],
  "hardtanh": [(-1.0, 1.0), (-3.0, -1.0)],
}


def logs(fn, x, params):
  values = fn.values(mpmath.mpf(x), params)
  return [mpmath.log(abs(v)) if v != 0 else None for v in values], values


def decide_logs(fn, x, params):
  prec = cat.START_PREC
  with mpmath.workprec(prec):
    previous, values = logs(fn, x, params)
  signs = ["0" if v == 0 else ("-" if v < 0 else "+") for v in values]
  out = [None if v is not None else (-math.inf, "exact") for v in previous]
  while None in out:
    high = prec * 2
    if high > cat.MAX_PREC:
      raise RuntimeError(f"{fn.name}{params} at {x}: not decided at {prec} bits")
    with mpmath.workprec(high):
      current, _ = logs(fn, x, params)
      for i, (v, w) in enumerate(zip(current, previous)):
        if out[i] is not None:
          continue
        delta = abs(v - w) + mpmath.mpf(2) ** (10 - prec) * max(1, abs(v))
        if abs(v) >= mpmath.mpf(2) ** -40:
          d = cat.rounding_if_decided(v, delta, exact=(v == w and high >= cat.EXACT_TIE_PREC))
          if d is not None:
            out[i] = (d, "rounded")
        elif delta < mpmath.mpf(2) ** -100:
          out[i] = (float(v), "absolute")
    previous, prec = current, high
  return out, signs


def main():
  path = os.path.join(HERE, "catalogue-logmag-reference.csv")
  rows = 0
  with open(path, "w") as f:
    f.write("function,parameters,x," + ",".join(
      f"ln_abs_{c},{c}_sign,{c}_decided" for c in CURVES) + "\n")
    for fn in cat.FUNCTIONS:
      for params in PARAMETER_SETS.get(fn.name, [fn.defaults]):
        kinks = set(fn.kinks(params))
        for x in POINTS:
          if x in kinks:
            continue
          out, signs = decide_logs(fn, x, params)
          cells = []
          for (d, how), s in zip(out, signs):
            cells += [repr(d), s, how]
          f.write(f"{fn.name},{' '.join(repr(p) for p in params)},{x!r}," + ",".join(cells) + "\n")
          rows += 1
      print(fn.name, "done", flush=True)
  print(f"{rows} rows -> {path}")


if __name__ == "__main__":
  main()
