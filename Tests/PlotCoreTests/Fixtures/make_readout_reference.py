#!/usr/bin/env python3
"""Writes readout-reference.csv: what the probe readout must print for a curve value whose
double is subnormal or 0, i.e. the true value's 15 significant digits, each correctly rounded.

The oracle for Tests/PlotCoreTests/UnderflowDigitsTests.swift. Not run by the build: rerun
it by hand (python3 make_readout_reference.py, needs mpmath) when the set of x should change.

Rows are `curve,x,text` with curve one of sigmoid, derivative, second_derivative, x a
double (repr, shortest round trip) and text as ProbeReadout.valueText writes it: sign,
d.ddd (trailing zeros dropped), "e", the exact power of ten of the leading digit (as many
digits as it has: S'(1e300) ~ 10^-4.3e299), and "1 - " before S(-x) for S(x) near 1.

Each value's decimal logarithm L is computed in mpmath at a precision raised (doubling from
a start that covers the integer part of L) until the rounding to 15 digits is decided:
until the mantissa 10^frac(L), widened by its error bound either way, stays clear of the
midpoints between 15-digit neighbours. The bound is 2^(10 - prec) relative for each mpmath
step chain (about 8 steps at an ulp each: 2^(3 - prec), with a factor 128 to spare), times
|L| for the absolute error of L, and, where |x| > 1e4 and the tiny correction terms are left
out, 4 e^-10000 more (|log1p(t)|, |log(1 - t)| <= 2t for t = e^-|x|).
Deterministic: the random points come from a fixed seed.
"""

import math
import os
import random
import sys

import mpmath

SEED = 20250117
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "readout-reference.csv")
LEAST_NORMAL = 2.0 ** -1022
# Values within a few subnormal steps of the least normal are left out: there PlotCore's
# double may round up to a normal number, which the readout writes by its shortest digits.
SUBNORMAL_BELOW = LEAST_NORMAL - 8 * 2.0 ** -1074
CURVES = ("sigmoid", "derivative", "second_derivative")


def log10_magnitude(curve, x):
  """(L, bound): log10 |f(x)| as an mpf at the working precision and its error bound, for
  f(x) whose true value is tiny (|x| >= 512 tails, or S'' at |x| < 2^-1000)."""
  prec = mpmath.mp.prec
  step = mpmath.mpf(2) ** (10 - prec)
  a = mpmath.mpf(abs(x))
  if abs(x) < 1:
    # S''(x) near 0, directly: -t (1 - t) / (1 + t)^3 with 1 - t = -expm1(-a).
    t = mpmath.exp(-a)
    value = t * -mpmath.expm1(-a) / (1 + t) ** 3
    log10 = mpmath.log10(value)
    return log10, abs(log10) * step + step
  extra = 0
  if abs(x) <= 1e4:
    t = mpmath.exp(-a)
    if curve == "sigmoid":
      ln = -a - mpmath.log1p(t)                        # S(-a) = t / (1 + t)
    elif curve == "derivative":
      ln = -a - 2 * mpmath.log1p(t)                    # t / (1 + t)^2
    else:
      ln = -a + mpmath.log(-mpmath.expm1(-a)) - 3 * mpmath.log1p(t)  # t (1 - t) / (1 + t)^3
  else:
    ln = -a
    extra = 4 * mpmath.exp(-10000) * mpmath.log10(mpmath.e)
  log10 = ln * mpmath.log10(mpmath.e)
  return log10, abs(log10) * step + step + extra


def decided_digits(log10, bound):
  """(digits, exponent) of 10^log10 to 15 correctly rounded digits, trailing zeros
  dropped, or None when `bound` (absolute, on log10) leaves the rounding undecided."""
  exponent = int(mpmath.floor(log10))
  scaled = mpmath.power(10, log10 - exponent + 14)   # in [1e14, 1e15)
  whole = int(mpmath.floor(scaled))
  fraction = scaled - whole
  # Relative error of `scaled`: ln(10) * bound from log10, plus the power's own rounding.
  slack = scaled * (bound * mpmath.log(10) + mpmath.mpf(2) ** (10 - mpmath.mp.prec))
  if abs(fraction - mpmath.mpf(0.5)) <= slack:
    return None
  q = whole + (1 if fraction > 0.5 else 0)
  if q == 10 ** 15:
    q, exponent = 10 ** 14, exponent + 1
  text = str(q).rstrip("0") or "0"
  return text, exponent


def readout_digits(curve, x):
  """The text of |f(x)|'s 15 correctly rounded digits, at a precision raised until decided."""
  prec = 128 + (int(abs(x)).bit_length() if abs(x) >= 1 else 0)
  while True:
    if prec > 1 << 16:
      raise RuntimeError(f"{curve}({x!r}) not decided at {prec // 2} bits")
    with mpmath.workprec(prec):
      log10, bound = log10_magnitude(curve, x)
      decided = decided_digits(log10, bound)
    if decided is not None:
      digits, exponent = decided
      rest = digits[1:]
      return digits[0] + ("." + rest if rest else "") + "e" + str(exponent)
    prec *= 2


def true_value_is_subnormal(curve, x):
  """Whether f(x)'s correctly rounded double is below the subnormal limit (0 included)."""
  a = abs(x)
  if a < 1:
    return curve == "second_derivative" and x != 0 and a / 8 < SUBNORMAL_BELOW
  if curve == "sigmoid" and x > 0:
    return False
  # In the tails every f is e^-a (1 + O(e^-a)): 80 bits tell it from the limit.
  with mpmath.workprec(80):
    return mpmath.exp(-mpmath.mpf(min(a, 1e4))) < SUBNORMAL_BELOW * (1 - 1e-12)


def row(curve, x):
  """The fixture row for curve at x, or None when the readout prints the double there."""
  if curve == "sigmoid" and x > 0:
    if not true_value_is_subnormal("sigmoid", -x):
      return None
    return f"{curve},{x!r},1 - {readout_digits(curve, -x)}"
  if not true_value_is_subnormal(curve, x):
    return None
  sign = "-" if curve == "second_derivative" and x > 0 else ""
  return f"{curve},{x!r},{sign}{readout_digits(curve, x)}"


def chosen_points():
  """The deterministic x values, both signs: named tails, edges, random tails, tiny x."""
  xs = set()

  def both_signs(values):
    for v in values:
      xs.add(v)
      xs.add(-v)

  # Named points: where the double goes subnormal (708.4) and underflows (745.13), round
  # values a reader may try, where |x| log10(e) first overflows an Int64 (2.12e19), the
  # largest doubles.
  both_signs([708.4, 708.5, 709.0, 710.0, 720.0, 744.0, 745.0, 745.1332191019411,
              745.1332191019412, 746.0, 750.0, 800.0, 1000.0, 1e4, 1e5, 1e6, 1e10,
              2.1e19, 2.2e19, 1e20, 1e100, 1e300, sys.float_info.max])
  rng = random.Random(SEED)
  for _ in range(500):
    both_signs([rng.uniform(708.4, 760.0)])
  for _ in range(300):
    both_signs([rng.uniform(760.0, 1e6)])
  for _ in range(400):
    both_signs([10.0 ** rng.uniform(math.log10(709.0), 308.2)])
  # S''(x) ~ -x/8 below 2^-1019: the subnormal unit counts n of x in every class mod 8,
  # small and large, and random ones.
  for n in list(range(1, 41)) + [8 * k + r for k in (999, 2 ** 40, 2 ** 52 - 1) for r in range(8)]:
    both_signs([math.ldexp(float(n), -1074)])
  both_signs([6e-323, 1e-322, 1e-320, 1e-315, 1e-310, 1e-308])
  for _ in range(300):
    both_signs([math.ldexp(float(rng.randrange(1, 2 ** 55)), -1074)])
  return sorted(xs)


def main():
  rows = ["curve,x,text"]
  for x in chosen_points():
    for curve in CURVES:
      r = row(curve, x)
      if r is not None:
        rows.append(r)
  with open(OUT, "w", newline="\n") as f:
    f.write("\n".join(rows) + "\n")
  print(f"wrote {len(rows) - 1} rows to {OUT}")


if __name__ == "__main__":
  main()
