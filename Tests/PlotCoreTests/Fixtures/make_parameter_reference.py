#!/usr/bin/env python3
"""Writes sigmoid-parameters-reference.csv: S_k,x0(x) = S(k(x - x0)) and its derivatives
k S'(u), k^2 S''(u), correctly rounded, at chosen doubles k, x0, x away from the defaults.

The oracle for Tests/PlotCoreTests/SigmoidFunctionTests.swift. Not run by the build: rerun
it by hand (python3 make_parameter_reference.py, needs mpmath) only when the points change.

u = k(x - x0) is formed exactly from the three doubles (at 256 bits and more a product of
two 53-bit numbers and a difference of doubles are exact), so the reference is the true
value, not the value at the rounded u the Swift code evaluates: the test measures that
rounding too. Each value is rounded once to the nearest double as in make_reference.py:
the precision doubles from 256 bits until the value, widened by its error bound 2^(10 -
prec) either way, still rounds to the same double. The last column is the true S_k,x0'(x)
to 25 significant digits (mpmath nstr), for the readout's digits where the double
underflows. Deterministic: the random points come from a fixed seed.
"""

import os
import random
from fractions import Fraction

import mpmath

SEED = 20250112
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sigmoid-parameters-reference.csv")


def exact_fraction(value):
  sign, mantissa, exponent, _ = value._mpf_
  exact = Fraction(int(mantissa)) * (Fraction(2) ** int(exponent))
  return -exact if sign else exact


def decided_double(value, prec):
  if value == 0:
    return 0.0
  exact = exact_fraction(value)
  slack = abs(exact) * Fraction(1, 2 ** (prec - 10))
  low, high = float(exact - slack), float(exact + slack)
  return low if low == high else None


def values_at(k, x0, x):
  """(S_k,x0, S_k,x0', S_k,x0'') at doubles k, x0, x as mpfs at the working precision."""
  k = mpmath.mpf(k)
  u = k * (mpmath.mpf(x) - mpmath.mpf(x0))     # exact
  a = abs(u)
  t = mpmath.exp(-a)
  one_minus_t = -mpmath.expm1(-a)
  w = 1 + t
  s = 1 / w if u >= 0 else t / w
  d = t / (w * w)
  dd = -t * one_minus_t / (w * w * w)
  if u < 0:
    dd = -dd
  return s, k * d, k * k * dd


def reference(k, x0, x):
  out = [None, None, None]
  prec = 256
  while None in out:
    if prec > 8192:
      raise RuntimeError(f"rounding at k={k!r} x0={x0!r} x={x!r} not decided")
    with mpmath.workprec(prec):
      values = values_at(k, x0, x)
    for i, v in enumerate(values):
      if out[i] is None:
        out[i] = decided_double(v, prec)
    prec *= 2
  with mpmath.workprec(512):
    digits = mpmath.nstr(values_at(k, x0, x)[1], 25, min_fixed=1, max_fixed=0)
  return out, digits


def chosen_points():
  """(k, x0, x): parameter pairs across their ranges, x from u near 0 to the far tails."""
  pairs = [(0.05, 0.0), (0.5, -1.5), (1.0, 0.1), (1.0, -10.0), (2.5, 1.0), (4.0, 3.7),
           (20.0, 0.0), (20.0, 10.0), (0.35, -7.25), (7.5, -0.3)]
  rng = random.Random(SEED)
  points = []
  for k, x0 in pairs:
    xs = {x0}
    for u in [1e-300, 1e-20, 1e-9, 1e-3, 0.5, 1.3169578969248166, 3.0, 18.0, 37.0, 100.0,
              400.0, 700.0, 740.0, 760.0, 800.0]:
      for sign in (1, -1):
        xs.add(x0 + sign * u / k)
    for _ in range(60):
      xs.add(x0 + rng.uniform(-40.0, 40.0) / k)
    for _ in range(30):
      xs.add(x0 + rng.uniform(-800.0, 800.0) / k)
    points += [(k, x0, x) for x in sorted(xs)]
  return points


def main():
  rows = ["k,x0,x,sigmoid,derivative,second_derivative,derivative_digits"]
  for k, x0, x in chosen_points():
    (s, d, dd), digits = reference(k, x0, x)
    rows.append(",".join([repr(k), repr(x0), repr(x), repr(s), repr(d), repr(dd), digits]))
  with open(OUT, "w", newline="\n") as f:
    f.write("\n".join(rows) + "\n")
  print(f"wrote {len(rows) - 1} rows to {OUT}")


if __name__ == "__main__":
  main()
