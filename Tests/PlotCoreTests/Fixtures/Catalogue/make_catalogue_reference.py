#!/usr/bin/env python3
"""Writes catalogue-<function>-reference.csv for every catalogue function (f, f', f''
correctly rounded to double) and catalogue-kinks.csv (one-sided values and PyTorch's
convention at every kink).

The oracle for the catalogue's exactness tests (issue 12). Not run by the build: rerun it
by hand (nice -n 10 python3 make_catalogue_reference.py, needs mpmath; a few minutes) only
when the points or a definition change. Deterministic: the random points come from a
fixed seed per function.

Values: catalogue.py's closed forms, at p and 2p bits from p = 128, doubling until every
number within the difference of the two (and at least 2^(10 - p) of the value) rounds to
the same double with no midpoint in between (catalogue.decide). A value that is exactly a
midpoint (0.01 * -3.0) rounds to even. Past the double range (subnormal, underflowing to
0, overflowing to inf) the *_digits columns give the true value to 20 significant digits
(mpmath nstr of a value known to 10^-22), where its decimal exponent has at most 6 digits;
"0" where the true value is exactly 0; empty otherwise.

Points per parameter set: zero and tiny |x| down to 5e-324; a grid over [-8, 8] and round
numbers out to 1.8e308; where each of |f|, |f'|, |f''| crosses the least normal 2^-1022,
half the least subnormal (below which it rounds to 0) and the largest double, found by
bisection over the doubles, with neighbours; the story points (make_catalogue_story.py)
at the defaults and the kinks with their neighbouring doubles; seeded random points,
uniform on [-10, 10] and [-60, 60] and log-uniform in magnitude from 1e-320 to 1.8e308
with random sign. Parameters are doubles (0.01 means the double nearest 0.01).
"""

import math
import os
import random
import struct
import sys
import time

import mpmath

sys.dont_write_bytecode = True   # no __pycache__ in the fixture directory (a bundled resource)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import catalogue as cat  # noqa: E402
import make_catalogue_story as story  # noqa: E402

SEED = 20261201
HERE = os.path.dirname(os.path.abspath(__file__))
MAX = sys.float_info.max
CURVES = ("value", "derivative", "second_derivative")

# Parameter sets across each valid range (ranges are this generator's choice, see
# README.md); the default first.
PARAMETER_SETS = {
  "sigmoid": [(1.0, 0.0), (0.05, 0.0), (0.5, -1.5), (2.5, 1.0), (20.0, 10.0), (7.5, -0.3),
              (0.35, -7.25), (20.0, -10.0)],
  "softplus": [(1.0,), (0.05,), (0.3,), (2.5,), (20.0,)],
  "leaky_relu": [(0.01,), (0.0,), (0.1,), (0.3,), (0.9,)],
  "elu": [(1.0,), (0.05,), (0.5,), (2.0,), (5.0,)],
  "celu": [(1.0,), (0.05,), (0.5,), (2.0,), (5.0,)],
  "silu": [(1.0,), (0.05,), (0.5,), (1.7,), (20.0,)],
  "hardtanh": [(-1.0, 1.0), (0.0, 6.0), (-2.0, 2.0), (-0.5, 3.0), (-3.0, -1.0)],
}


def neighbours(x, steps):
  out = [x]
  lo = hi = x
  for _ in range(steps):
    lo, hi = math.nextafter(lo, -math.inf), math.nextafter(hi, math.inf)
    out += [lo, hi]
  return out


def magnitude_at(fn, params, order, x):
  with mpmath.workprec(96):
    return abs(fn.values(mpmath.mpf(x), params)[order])


THRESHOLDS = [mpmath.mpf(2) ** -1022, mpmath.mpf(2) ** -1075]


def tail_crossings(fn, params):
  """Doubles x where |f|, |f'| or |f''| passes a threshold for the last time going out
  along either half line: below the least normal, below half the least subnormal, above
  the largest double. Coarse (96 bits): these are places to test, not facts."""
  out = []
  ladder = [2.0 ** j for j in range(-2, 1024)] + [MAX]
  for order in range(3):
    for sign in (-1, 1):
      mags = [magnitude_at(fn, params, order, sign * a) for a in ladder]
      tests = [(t, lambda m, t=t: m >= t) for t in THRESHOLDS]
      tests.append((None, lambda m: m <= mpmath.mpf(MAX)))
      for _, above in tests:
        last = None
        for j in range(len(ladder) - 1):
          if above(mags[j]) and not above(mags[j + 1]):
            last = j
        if last is None:
          continue
        lo, hi = story.ordered(ladder[last]), story.ordered(ladder[last + 1])
        while hi - lo > 1:
          mid = (lo + hi) // 2
          if above(magnitude_at(fn, params, order, sign * story.unordered(mid))):
            lo = mid
          else:
            hi = mid
        out.append(sign * story.unordered(lo))
  return out


def points(fn, params, is_default, story_xs, rng):
  xs = set()

  def both(values):
    for v in values:
      xs.add(v)
      xs.add(-v)

  both([0.0, 5e-324, 1e-323, 2.5e-320, 1e-310, 2.0 ** -1022, math.nextafter(2.0 ** -1022, 0),
        1e-300, 1e-200, 1e-100, 1e-50, 1e-20, 1e-16, 1e-12, 1e-8, 1e-6, 1e-4, 1e-3, 0.01, 0.1])
  step = 0.25 if is_default else 0.5
  both([k * step for k in range(1, int(8 / step) + 1)])
  both([float(k) for k in range(9, 41, 1 if is_default else 3)])
  both([50.0, 60.0, 80.0, 100.0, 150.0, 200.0, 300.0, 500.0, 700.0, 710.0, 750.0, 800.0,
        1000.0, 1500.0, 2000.0, 5000.0, 1e4, 1e5, 1e6, 1e8, 1e10, 1e15, 1e20, 1e50, 1e100,
        1e150, 1e200, 1e250, 1e300, 1e307, MAX])
  for c in tail_crossings(fn, params):
    xs.update(neighbours(c, 2))
    for k in (1, 2, 3):
      xs.update([c + k * 0.01 * max(1.0, abs(c)) ** -1, c - k * 0.01 * max(1.0, abs(c)) ** -1])
  for c in story_xs:
    xs.update(neighbours(c, 3))
    for k in range(1, 6):
      xs.update([c + k * 1e-3, c - k * 1e-3])
  for k in fn.kinks(params):
    xs.update(neighbours(k, 3))
    xs.update([k - 1e-9, k + 1e-9, k - 1e-6, k + 1e-6])
  n = 500 if is_default else 120
  for _ in range(n * 2 // 5):
    xs.add(rng.uniform(-10.0, 10.0))
  for _ in range(n // 5):
    xs.add(rng.uniform(-60.0, 60.0))
  for _ in range(n * 2 // 5):
    m = 10.0 ** rng.uniform(-320.0, math.log10(MAX))
    xs.add(m if rng.random() < 0.5 else -m)
  return sorted(x for x in xs if math.isfinite(x))


def write_function(fn, story_xs):
  sets = PARAMETER_SETS.get(fn.name, [fn.defaults])
  rng = random.Random(f"{SEED}-{fn.name}")
  names = [n for n, _ in fn.parameters]
  header = names + ["x"] + list(CURVES) + [c + "_digits" for c in CURVES]
  rows, worst = [",".join(header)], 0
  for params in sets:
    is_default = params == fn.defaults
    for x in points(fn, params, is_default, story_xs if is_default else [], rng):
      r = cat.reference(fn, x, params)
      worst = max(worst, r.prec)
      rows.append(",".join([repr(p) for p in params] + [repr(x)] +
                           [repr(v) for v in r.doubles] + list(r.digits)))
  path = os.path.join(HERE, f"catalogue-{fn.name}-reference.csv")
  with open(path, "w", newline="\n") as f:
    f.write("\n".join(rows) + "\n")
  return len(rows) - 1, worst


def limit_double(v):
  """A one-sided limit or jump computed 2^-2000 away from the kink, as a double: what is
  below 2^-1800 is the O(2^-2000) offset of a continuous order, i.e. 0; the rest is
  rounded at 1600 bits first, which leaves the limits of these pieces (values of x, e^x,
  polynomials at a double k) exact."""
  if abs(v) < mpmath.mpf(2) ** -1800:
    return 0.0
  with mpmath.workprec(1600):   # drops the O(2^-2000) offset: the limit itself, exactly
    v = +v                      # for the pieces here (1 - 0.3 is a midpoint: to even)
  d = cat.rounding_if_decided(v, 0, exact=True)
  if d is None:
    raise RuntimeError(f"limit {v} not decided")
  return d


def kink_rows(fn):
  """One row per kink, parameter set and order: the one-sided limits (the values at the
  neighbouring doubles, which the pieces' formulas give to the last bit there), PyTorch's
  value at the kink itself and the jump (right minus left) of that order, which the next
  order carries as an impulse."""
  out = []
  for params in PARAMETER_SETS.get(fn.name, [fn.defaults]):
    for k in fn.kinks(params):
      left = cat.reference(fn, math.nextafter(k, -math.inf), params).doubles
      at = cat.reference(fn, k, params).doubles
      right = cat.reference(fn, math.nextafter(k, math.inf), params).doubles
      with mpmath.workprec(4096):  # the limits: the pieces' formulas at k -+ 2^-2000
        eps = mpmath.mpf(2) ** -2000
        lim_l = fn.values(mpmath.mpf(k) - eps, params)
        lim_r = fn.values(mpmath.mpf(k) + eps, params)
        limits = [(limit_double(a), limit_double(b), limit_double(b - a))
                  for a, b in zip(lim_l, lim_r)]
      for order in range(3):
        lo, hi, jump = limits[order]
        out.append(",".join([fn.name, ";".join(f"{n}={p!r}" for (n, _), p in
                                              zip(fn.parameters, params)),
                             repr(k), CURVES[order], repr(lo), repr(at[order]), repr(hi),
                             repr(jump), repr(left[order]), repr(right[order])]))
  return out


def main():
  started = time.time()
  story_rows = {}
  for fn in cat.FUNCTIONS:
    rows, _ = story.story_points(fn)
    story_rows[fn.name] = sorted({r[3] for r in rows})
  total, worst_all = 0, 0
  for fn in cat.FUNCTIONS:
    n, worst = write_function(fn, story_rows[fn.name])
    total += n
    worst_all = max(worst_all, worst)
    print(f"{fn.name}: {n} rows, precision needed at worst {worst} bits "
          f"({time.time() - started:.0f} s)", flush=True)
  kinks = ["function,parameters,x,curve,left_limit,at_kink,right_limit,jump,"
           "at_left_neighbour,at_right_neighbour"]
  for fn in cat.FUNCTIONS:
    kinks += kink_rows(fn)
  with open(os.path.join(HERE, "catalogue-kinks.csv"), "w", newline="\n") as f:
    f.write("\n".join(kinks) + "\n")
  print(f"wrote {total} reference rows and {len(kinks) - 1} kink rows; "
        f"precision needed at worst {worst_all} bits")


if __name__ == "__main__":
  main()
