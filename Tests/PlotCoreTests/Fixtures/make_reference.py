#!/usr/bin/env python3
"""Writes sigmoid-reference.csv: correctly rounded S(x), S'(x), S''(x) at chosen doubles x.

The oracle for Tests/PlotCoreTests/SigmoidTests.swift. Not run by the build: rerun it by
hand (python3 make_reference.py, needs mpmath) only when the set of x values should change.

Each value is computed in mpmath at 256 bits (about 77 decimal digits), with the same
cancellation-free forms the Swift code uses (t = e^-|x|, 1 - t as -expm1(-|x|)) so that even
at 256 bits nothing cancels, and then rounded once to the nearest double through an exact
rational (Python's int / int division is correctly rounded, subnormals included).
Doubles are printed with repr (shortest round trip), which Swift's Double(String) reads back
exactly. Deterministic: the random points come from a fixed seed.
"""

import math
import os
import random
import sys
from fractions import Fraction

import mpmath

mpmath.mp.prec = 256
SEED = 20240611
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sigmoid-reference.csv")


def nearest_double(value):
  """Rounds an mpf to the nearest double (ties to even) via an exact fraction."""
  if value == 0:
    return 0.0
  sign, mantissa, exponent, _ = value._mpf_   # value = (-1)^sign * mantissa * 2^exponent
  exact = Fraction(int(mantissa)) * (Fraction(2) ** int(exponent))
  if sign:
    exact = -exact
  return float(exact)  # Fraction -> float is int / int: correctly rounded


def reference(x):
  """Returns (S, S', S'') at the double x, each correctly rounded to a double."""
  # Beyond |x| = 1100, t < 2^-1586 lies far below half the least subnormal, so every
  # result rounds the same as at 1100 (S to 0 or 1, S' and S'' to zero); mpmath's exp of
  # huge arguments (1e300) is very slow, so clamp.
  a = mpmath.mpf(min(abs(x), 1100.0))
  t = mpmath.exp(-a)                 # e^-|x| in (0, 1]
  one_minus_t = -mpmath.expm1(-a)    # 1 - t without cancellation near x = 0
  u = 1 + t
  s_pos = 1 / u                      # S(|x|)
  s = s_pos if x >= 0 else t / u     # S(-|x|) = t / (1 + t)
  d = t / (u * u)                    # S' is even
  dd = -t * one_minus_t / (u * u * u)  # S''(|x|); S'' is odd
  if x < 0:
    dd = -dd
  return nearest_double(s), nearest_double(d), nearest_double(dd)


def neighbours(x, steps):
  """x and the `steps` doubles on each side of it."""
  out = [x]
  lo = hi = x
  for _ in range(steps):
    lo = math.nextafter(lo, -math.inf)
    hi = math.nextafter(hi, math.inf)
    out += [lo, hi]
  return out


def chosen_points():
  """The deterministic x values: special regions first, then seeded random points."""
  xs = set()

  def both_signs(values):
    for v in values:
      xs.add(v)
      xs.add(-v)

  # Zero and tiny |x|: S'' ~ -x/8 must keep relative accuracy down to the subnormals.
  both_signs([0.0, 5e-324, 1e-323, 2.5e-320, 1e-310, 2.2250738585072014e-308,
              2.2250738585072009e-308, 1e-300, 1e-200, 1e-100, 1e-50, 1e-20, 1e-16,
              1.1102230246251565e-16, 2.220446049250313e-16, 1e-12, 1e-9, 9.99e-9, 1e-8])
  for k in range(-1074, -26, 7):
    both_signs([math.ldexp(1.0, k), math.ldexp(1.5, k)])

  # Crossovers: t = e^-|x| drops below 2^-26 (~18), below 2^-53 so 1 + t rounds to 1
  # (~36.7, ~37.4), e^-x of the naive form overflows (~709.78), t turns subnormal
  # (~708.4) and underflows to zero (~745.13); also beyond, where S' and S'' are 0.
  centres = [18.0, 18.021826694558577, 36.04365338911715, 36.7368005696771, 37.0,
             37.42994775023705, 708.3964185322641, 709.0, 709.782712893384,
             710.0, 744.0, 744.4400719213812, 745.0, 745.1332191019411, 745.1332191019412]
  for c in centres:
    both_signs(neighbours(c, 3))
    for k in range(1, 40):
      both_signs([c + k * 0.05, c - k * 0.05])
  # Round values a reader may look up (S'(40) ~ 4.2e-18 is quoted in the docs).
  both_signs([float(k) for k in range(1, 51)] + [0.25 * k for k in range(1, 40)])
  both_signs([745.5, 746.0, 750.0, 800.0, 1000.0, 1e10, 1e300, sys.float_info.max])

  # Extremes of S'': |S''| peaks at x = +-ln(2 + sqrt 3); and the area around 1 where the
  # Swift code changes how it forms 1 - t.
  peak = math.log(2 + math.sqrt(3))
  for c in [peak, 0.5, 1.0, 2.0, math.log(2)]:
    both_signs(neighbours(c, 4))
    for k in range(1, 25):
      both_signs([c + k * 1e-3, c - k * 1e-3])

  rng = random.Random(SEED)
  for _ in range(1500):               # the plotted range and a bit beyond
    xs.add(rng.uniform(-50.0, 50.0))
  for _ in range(800):                # the whole useful line
    xs.add(rng.uniform(-746.0, 746.0))
  for _ in range(1500):               # log-uniform magnitudes, random sign
    magnitude = 10.0 ** rng.uniform(-320.0, math.log10(760.0))
    xs.add(magnitude if rng.random() < 0.5 else -magnitude)
  for _ in range(600):                # small |x|, where S'' crosses zero
    xs.add(rng.uniform(-3.0, 3.0))
  return sorted(xs)


def main():
  rows = ["x,sigmoid,derivative,second_derivative"]
  for x in chosen_points():
    s, d, dd = reference(x)
    rows.append(",".join(repr(v) for v in (x, s, d, dd)))
  with open(OUT, "w", newline="\n") as f:
    f.write("\n".join(rows) + "\n")
  print(f"wrote {len(rows) - 1} rows to {OUT}")


if __name__ == "__main__":
  main()
