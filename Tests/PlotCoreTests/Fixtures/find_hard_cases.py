#!/usr/bin/env python3
"""Searches for hard-to-round inputs of S, S', S'' and writes sigmoid-hard-cases.csv.

A hard case is a double x whose true f(x) lies close to a rounding midpoint (halfway
between two doubles), where only an evaluation accurate far beyond 53 bits can tell which
way it rounds. The fast path of Sources/PlotCore/Sigmoid.swift declines those (its rounding
test fails) and the accurate path decides; the tests require the exact double at each.

Candidates (deterministic, fixed seed):
- structured ones near 0, where the series puts f within a tiny distance of a midpoint:
  S(x) = 1/2 + x/4 - x^3/48 at x = odd * 2^-52 (and -odd * 2^-53), S'(x) = 1/4 - x^2/16 +
  x^4/96 at x = odd * 2^-26, |S''(x)| = |x|/8 - |x|^3/24 at subnormal x = (8j + 4) * 2^-1074
  (x/8 exactly a midpoint, the true value just below it);
- runs of consecutive doubles in sampled binades from 2^-30 to 2^9.5 (both signs), scanned
  at 160 bits for the smallest distance to a midpoint; the closest few per function kept.
Each kept case is then decided with precision doubled until the error bound keeps clear of
the midpoint (mpmath at up to 20000 bits), and written with its distance (log2, in ulps).
Run by hand: python3 find_hard_cases.py (needs mpmath; about a minute).
"""

import math
import os
import random
from fractions import Fraction

import mpmath

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sigmoid-hard-cases.csv")
SEED = 20261201
RUN = 200          # consecutive doubles per scanned start
STARTS = 12        # scanned starts per binade and sign
KEEP = 12          # closest scanned cases kept per function


def value(f, x):
  """f(x) in mpmath at the current precision (S, S', S'' by cancellation-free forms)."""
  a = abs(mpmath.mpf(x))
  t = mpmath.exp(-a)
  u = 1 + t
  if f == "S":
    return 1 / u if x >= 0 else t / u
  if f == "S'":
    return t / (u * u)
  w = -mpmath.expm1(-a)
  magnitude = t * w / (u * u * u)
  return -magnitude if x > 0 else magnitude


def exact(v):
  sign, mantissa, exponent, _ = v._mpf_
  q = Fraction(int(mantissa)) * Fraction(2) ** int(exponent)
  return -q if sign else q


def ulp_exponent(q):
  """The exponent of the ulp of the double grid at |q| (subnormals: -1074)."""
  q = abs(q)
  e = q.numerator.bit_length() - q.denominator.bit_length()
  if Fraction(2) ** e > q:
    e -= 1
  return max(e - 52, -1074)


def midpoint_distance(q):
  """(distance of q to the nearest midpoint in ulps, that midpoint) for an exact q."""
  unit = Fraction(2) ** ulp_exponent(q)
  scaled = abs(q) / unit
  mid = math.floor(scaled) + Fraction(1, 2)
  return abs(scaled - mid), (mid * unit if q >= 0 else -mid * unit)


def decide(f, x):
  """(correctly rounded double, log2 of the distance to the midpoint in ulps)."""
  prec = 200
  while prec <= 20000:
    with mpmath.workprec(prec):
      q = exact(value(f, x))
    distance, _ = midpoint_distance(q)
    # mpmath's result is within a few ulps at prec bits: 2^(10 - prec) relative is safe.
    slack = abs(q) * Fraction(2) ** (10 - prec) / (Fraction(2) ** ulp_exponent(q))
    if distance > slack:
      rounded = float(q)  # Fraction -> float rounds correctly (ties cannot occur here)
      return rounded, math.log2(distance.numerator) - math.log2(distance.denominator)
    prec *= 2
  raise RuntimeError(f"undecided at {f}({x!r})")


def structured():
  rng = random.Random(SEED)
  cases = []
  odd = [1, 3, 5, 7, 9, 11, 13, 15, 17, 31, 33, 63, 65, 127, 255, 1023]
  odd += [rng.randrange(1, 1 << 26) | 1 for _ in range(12)]
  for m in odd:
    cases.append(("S", m * 2.0 ** -52))
    cases.append(("S", -m * 2.0 ** -53))
  for m in odd[:20]:
    cases.append(("S'", m * 2.0 ** -26))
    cases.append(("S'", -m * 2.0 ** -26))
  for j in [0, 1, 2, 5, 100, 12345, rng.randrange(1 << 40), rng.randrange(1 << 49)]:
    x = (8 * j + 4) * 2.0 ** -1074
    cases.append(("S''", x))
    cases.append(("S''", -x))
  return cases


def scanned():
  """The KEEP closest cases per function over runs of consecutive doubles."""
  rng = random.Random(SEED + 1)
  best = {"S": [], "S'": [], "S''": []}
  exponents = [e / 2 for e in range(-60, 20)]  # binades 2^-30 ... 2^9.5
  with mpmath.workprec(160):
    for e in exponents:
      for sign in (1, -1):
        for _ in range(STARTS):
          x = sign * 2.0 ** (e + rng.random() / 2)
          if abs(x) > 745:
            continue
          for _ in range(RUN):
            x = math.nextafter(x, math.inf)
            for f in best:
              v = abs(value(f, x))
              if v == 0:
                continue
              # distance to the midpoint in ulps, in mpmath (Fractions are too slow here)
              m, e = mpmath.frexp(v)  # v = m * 2^e, m in [1/2, 1)
              scaled = mpmath.ldexp(v, -max(e - 53, -1074))
              distance = abs(scaled - mpmath.floor(scaled) - 0.5)
              best[f].append((distance, x))
          for f in best:
            best[f] = sorted(best[f])[:KEEP]
  return [(f, x) for f in best for _, x in best[f]]


def main():
  cases = structured() + scanned()
  rows = ["function,x,value,log2_ulps_to_midpoint"]
  seen = set()
  for f, x in cases:
    if (f, x) in seen:
      continue
    seen.add((f, x))
    rounded, distance = decide(f, x)
    rows.append(f"{f},{x!r},{rounded!r},{distance:.1f}")
  with open(OUT, "w", newline="\n") as out:
    out.write("\n".join(rows) + "\n")
  print(f"wrote {len(rows) - 1} cases to {OUT}")


if __name__ == "__main__":
  main()
