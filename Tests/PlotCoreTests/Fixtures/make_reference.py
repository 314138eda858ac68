#!/usr/bin/env python3
"""Writes sigmoid-reference.csv: correctly rounded S(x), S'(x), S''(x) at chosen doubles x.

The oracle for Tests/PlotCoreTests/SigmoidTests.swift. Not run by the build: rerun it by
hand (python3 make_reference.py, needs mpmath) only when the set of x values should change.

Each value is computed in mpmath with the same cancellation-free forms the Swift code uses
(t = e^-|x|, 1 - t as -expm1(-|x|)), then rounded once to the nearest double through an
exact rational (Python's int / int division is correctly rounded, subnormals included).
The precision starts at 256 bits and doubles until the rounding is decided: until the
value's error bound, 2^(10 - prec) relative (the ~8 mpmath steps each cost at most an ulp
or so: 2^(3 - prec), with a factor 128 to spare), cannot reach a rounding midpoint, i.e.
the value widened by that bound either way still rounds to the same double. This matters
at tiny |x|, where S''(x) = -x/8 + x^3/24 - ... sits within a relative x^2/3 (2^-2140 at
x = 6e-323) below x/8, which can lie exactly on a midpoint between two subnormals: at 256
bits the computed value was the midpoint itself and rounded to even, the wrong way half
the time. There up to 4096 bits are used.
Doubles are printed with repr (shortest round trip), which Swift's Double(String) reads back
exactly. Deterministic: the random points come from a fixed seed.
"""

import math
import os
import random
import sys
from fractions import Fraction

import mpmath

SEED = 20240611
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sigmoid-reference.csv")


def exact_fraction(value):
  """An mpf as an exact Fraction."""
  sign, mantissa, exponent, _ = value._mpf_   # value = (-1)^sign * mantissa * 2^exponent
  exact = Fraction(int(mantissa)) * (Fraction(2) ** int(exponent))
  return -exact if sign else exact


def decided_double(value, prec):
  """The nearest double (ties to even) to the true value, known to within a relative
  2^(10 - prec) of the mpf `value`; None when that interval straddles a rounding midpoint."""
  if value == 0:
    return 0.0
  exact = exact_fraction(value)
  slack = abs(exact) * Fraction(1, 2 ** (prec - 10))
  low, high = float(exact - slack), float(exact + slack)  # each correctly rounded
  return low if low == high else None


def values_at(x):
  """(S, S', S'') at the double x as mpfs at the current precision."""
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
  return s, d, dd


def reference(x):
  """Returns (S, S', S'') at the double x, each correctly rounded to a double."""
  out = [None, None, None]
  prec = 256
  while None in out:
    if prec > 8192:
      raise RuntimeError(f"rounding at x = {x!r} not decided at {prec // 2} bits")
    with mpmath.workprec(prec):
      values = values_at(x)
    for i, v in enumerate(values):
      if out[i] is None:
        out[i] = decided_double(v, prec)
    prec *= 2
  return tuple(out)


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
  # S''(x) ~ -x/8 is subnormal for |x| < 2^-1019: x = n * 2^-1074 in every class of n mod 8
  # (n = 8k + 4 puts x/8 exactly on a midpoint between subnormals), small and large n.
  for n in list(range(1, 65)) + [8 * k + r for k in (1000, 123456, 2 ** 40, 2 ** 51)
                                 for r in range(8)]:
    both_signs([math.ldexp(float(n), -1074)])
  both_signs([6e-323, 1e-322, 1e-315, 1e-308, math.ldexp(1.0, -1019),
              math.nextafter(math.ldexp(1.0, -1019), 0)])

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
  for _ in range(600):                # |x| < 2^-1019, where S'' is subnormal
    n = rng.randrange(1, 2 ** 55)
    xs.add(math.ldexp(float(n), -1074) * (1 if rng.random() < 0.5 else -1))
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
