#!/usr/bin/env python3
"""Writes catalogue-story-points.csv: the story points of every catalogue function at its
default parameters, each x the correctly rounded double of the exact point.

The oracle for the story points of issue 12 (zeros, minima, inflections, kinks, where f'
falls below 1% of its largest value, dead zones). Not run by the build: rerun it by hand
(nice -n 10 python3 make_catalogue_story.py, needs mpmath) when a definition changes.

How: f, f', f'' (catalogue.py) are sampled on x = -60..60 in steps of 1/64 at 64 bits; a
strict sign change between neighbours brackets a root, a grid point where the curve is
exactly 0 between neighbours of opposite sign is the root itself. Each bracket is solved
by bisection over the doubles down to two neighbours, and the sign of the curve at
their exact midpoint picks the nearer one: that is the correctly rounded root. Each sign
is computed at p and 2p bits, p = 128, 256, ..., until the value widened by the
difference of the two and a floor of 2^(10 - p) relative excludes 0. A jump through 0 at
a kink gives the kink. f''' (for the extrema of f'')
is mpmath.diff of the closed-form f''. y is f, f' or f'' at the rounded x, correctly
rounded (catalogue.reference). A jump of a curve through zero (softsign'' at 0) solves to
the jump itself. Kinks come from the catalogue's list; a dead zone is a side of a kink
where f' is exactly 0 all the way to the next kink or to 10^6.

Columns: function, kind, curve, x, y, note.
kind: zero (curve crosses 0), minimum / maximum (of curve), inflection (of value: f''
changes sign), vanishing_gradient (|f'| = 1% of sup |f'|, note says on which side |f'| is
below), kink (curve has a corner or jump there; see catalogue-kinks.csv for the one-sided
values), dead_zone (f' is exactly 0 on the side of x the note names).
curve: value, derivative, second_derivative.
"""

import math
import os
import struct
import sys

import mpmath

sys.dont_write_bytecode = True   # no __pycache__ in the fixture directory (a bundled resource)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import catalogue as cat  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "catalogue-story-points.csv")
# Away from the defaults: the same points at these parameter values (the markers follow
# the parameters), written to catalogue-story-points-parameters.csv with a parameters
# column (name=value;...). The grid's step and reach scale as the viewer's story scale
# does (1/beta for silu and softplus, alpha for celu).
OUT_PARAMETERS = os.path.join(HERE, "catalogue-story-points-parameters.csv")
PARAMETER_SETS = [
  ("silu", (1.7,)), ("silu", (0.5,)), ("silu", (20.0,)),
  ("softplus", (2.5,)), ("softplus", (0.25,)),
  ("leaky_relu", (0.1,)), ("leaky_relu", (0.0,)),
  ("elu", (2.0,)), ("elu", (0.5,)),
  ("celu", (0.5,)), ("celu", (3.0,)),
  ("hardtanh", (-2.0, 0.5)), ("hardtanh", (-0.3, 3.7)),
]
STORY_SCALE = {"silu": lambda p: 1 / p[0], "softplus": lambda p: 1 / p[0],
               "celu": lambda p: p[0]}
CURVES = ("value", "derivative", "second_derivative")
GLOBAL_GRID = [k / 64 for k in range(-60 * 64, 60 * 64 + 1)]


def order_function(fn, params, order):
  """x -> the curve of the given order (3: f''' by numeric differentiation)."""
  if order < 3:
    return lambda x: fn.values(mpmath.mpf(x), params)[order]
  return lambda x: mpmath.diff(lambda t: fn.values(t, params)[2], x)


def grid_roots(values):
  """Brackets (i, i+1) of strict sign changes and indices of exact zeros between
  neighbours of opposite sign."""
  brackets, exact = [], []
  for i in range(len(values) - 1):
    a, b = values[i], values[i + 1]
    if a * b < 0:
      brackets.append(i)
    if 0 < i and a == 0 and values[i - 1] * b < 0:
      exact.append(i)
  return brackets, exact


def ordered(x):
  """Doubles to integers in the same order (the bit pattern, negated for x < 0)."""
  n = struct.unpack("<q", struct.pack("<d", abs(x)))[0]
  return -n if x < 0 else n


def unordered(n):
  x = struct.unpack("<d", struct.pack("<q", abs(n)))[0]
  return -x if n < 0 else x


def decided_sign(g, x):
  """The sign of g at the mpf x, at a precision raised until the value at p and 2p bits,
  widened by their difference and a floor of 2^(10 - p) relative, excludes 0. Returns
  (sign, bits)."""
  prec = cat.START_PREC
  with mpmath.workprec(prec):
    previous = g(x)
  while True:
    high = 2 * prec
    if high > cat.MAX_PREC:
      raise RuntimeError(f"sign at {x} not decided")
    with mpmath.workprec(high):
      v = g(x)
      delta = max(abs(v - previous), abs(v) * mpmath.mpf(2) ** (10 - prec))
      if v == 0 and previous == 0:
        return 0, high
      if abs(v) > delta:
        return (1 if v > 0 else -1), high
    previous, prec = v, high


def solve(g, a, b, kinks=()):
  """The correctly rounded double of the root of g between the doubles a < b (g(a) and
  g(b) of opposite signs): bisection over the doubles down to two neighbours, then the
  sign of g at their exact midpoint says which one is nearer the root. A bracket that
  holds a kink, where the curve jumps through 0, gives the kink."""
  for k in kinks:
    if a <= k <= b:
      sk, _ = decided_sign(g, mpmath.mpf(k))
      sa, _ = decided_sign(g, mpmath.mpf(a))
      sb, _ = decided_sign(g, mpmath.mpf(b))
      # the sign changes at the kink itself (a jump through 0), not beside it
      if sk == 0 or (sa != sb and (math.nextafter(k, -math.inf) >= a and
          decided_sign(g, mpmath.mpf(math.nextafter(k, -math.inf)))[0] == sa and
          decided_sign(g, mpmath.mpf(math.nextafter(k, math.inf)))[0] == sb)):
        return k, cat.START_PREC * 2
  worst = 0
  sa, p = decided_sign(g, mpmath.mpf(a))
  worst = max(worst, p)
  lo, hi = ordered(a), ordered(b)
  while hi - lo > 1:
    mid = (lo + hi) // 2
    s, p = decided_sign(g, mpmath.mpf(unordered(mid)))
    worst = max(worst, p)
    if s == 0:
      return unordered(mid), worst
    if s == sa:
      lo = mid
    else:
      hi = mid
  x_lo, x_hi = unordered(lo), unordered(hi)
  with mpmath.workprec(2200):                # the midpoint of two doubles, exactly
    middle = (mpmath.mpf(x_lo) + mpmath.mpf(x_hi)) / 2
  s, p = decided_sign(g, middle)
  worst = max(worst, p)
  if s == 0:
    raise RuntimeError(f"root exactly between {x_lo} and {x_hi}")
  return (x_hi if s == sa else x_lo), worst


def y_at(fn, params, x, curve):
  return cat.reference(fn, x, params).doubles[curve]


def story_points(fn, params=None):
  """The rows for one function at `params` (default: its defaults), and the largest
  precision needed."""
  params = fn.defaults if params is None else params
  rows, worst = [], 0
  scale = STORY_SCALE.get(fn.name, lambda p: 1.0)(params)
  GRID = [k * scale / 64 for k in range(-64 * 64, 64 * 64 + 1)] if scale != 1.0 else GLOBAL_GRID
  with mpmath.workprec(64):
    sampled = [fn.values(mpmath.mpf(x), params) for x in GRID]
  roots = {}                                   # order -> [x]
  kinks = fn.kinks(params)
  for order in range(3):
    column = [v[order] for v in sampled]
    brackets, exact = grid_roots(column)
    xs = [GRID[i] for i in exact]
    for i in brackets:
      x, p = solve(order_function(fn, params, order), GRID[i], GRID[i + 1], kinks)
      xs.append(x)
      worst = max(worst, p)
    roots[order] = sorted(set(xs))
  # f''': sign changes of the differences of f'' on the grid, away from kinks.
  second = [v[2] for v in sampled]
  diffs = [second[i + 1] - second[i] for i in range(len(second) - 1)]
  third = []
  for i in range(len(diffs) - 1):
    lo, hi = GRID[i], GRID[i + 2]
    if diffs[i] * diffs[i + 1] < 0 and not any(lo - 0.05 <= k <= hi + 0.05 for k in kinks):
      x, p = solve(order_function(fn, params, 3), lo, hi)
      third.append(x)
      worst = max(worst, p)
  roots[3] = sorted(set(third))

  def add(kind, curve, x, note=""):
    rows.append((fn.name, kind, CURVES[curve], x, y_at(fn, params, x, curve), note))

  for x in roots[0]:
    add("zero", 0, x)
  for x in roots[1]:
    add("zero", 1, x)
    f2 = cat.reference(fn, x, params).doubles[2]
    add("minimum" if f2 > 0 else "maximum", 0, x)
  for x in roots[2]:
    add("zero", 2, x)
    add("inflection", 0, x)
    with mpmath.workprec(256):
      f3 = order_function(fn, params, 3)(x) if x not in kinks else 0
    if f3 != 0:
      add("minimum" if f3 > 0 else "maximum", 1, x)
  for x in roots[3]:
    with mpmath.workprec(256):
      f4 = mpmath.diff(lambda t: fn.values(t, params)[2], mpmath.mpf(x), 2)
    add("minimum" if f4 > 0 else "maximum", 2, x)

  # Vanishing gradient: sup |f'| over the values at the kinks and at the interior extrema
  # of f' (exact where the sup is attained), the one-sided limits at the kinks and the
  # limits far out; then the crossings of |f'| = sup/100. The sup is re-evaluated at each
  # working precision, so an exact level (softsign: 1/100 at x = 9) stays exact.
  def one_sided(k, side):
    def value():
      with mpmath.workprec(4096):
        v = abs(fn.values(mpmath.mpf(k) + side * mpmath.mpf(2) ** -2000, params)[1])
      return +v
    return value

  candidates = [lambda x=x: abs(fn.values(mpmath.mpf(x), params)[1]) for x in kinks + roots[2]]
  candidates += [one_sided(k, s) for k in kinks for s in (-1, 1)]
  candidates += [lambda x=x: abs(fn.values(mpmath.mpf(x), params)[1]) for x in (-1e6, 1e6)]
  with mpmath.workprec(256):
    values = [c() for c in candidates]
    top = max(values)
    best = candidates[next(i for i, v in enumerate(values) if v >= top * (1 - mpmath.mpf(2) ** -100))]
    peak = best()
  with mpmath.workprec(64):
    level64 = peak / 100
  gap = [abs(v[1]) - level64 for v in sampled]
  brackets, exact = grid_roots(gap)
  g = lambda x: abs(fn.values(x, params)[1]) - best() / 100  # noqa: E731
  for i in brackets:
    x, p = solve(g, GRID[i], GRID[i + 1], kinks)
    worst = max(worst, p)
    side = "left" if gap[i] < 0 else "right"
    add("vanishing_gradient", 1, x, f"|f'| < 1% of {mpmath.nstr(peak, 17)} to the {side}")
  for i in exact:
    side = "left" if gap[i - 1] < 0 else "right"
    add("vanishing_gradient", 1, GRID[i], f"|f'| < 1% of {mpmath.nstr(peak, 17)} to the {side}")

  # Kinks and dead zones.
  for j, k in enumerate(kinks):
    left = cat.reference(fn, math.nextafter(k, -math.inf), params).doubles
    right = cat.reference(fn, math.nextafter(k, math.inf), params).doubles
    curve = 0 if left[1] != right[1] else 1
    add("kink", curve, k, "f' jumps" if curve == 0 else "f'' jumps")
    with mpmath.workprec(128):
      for side, other in ((-1, kinks[j - 1] if j > 0 else -1e6),
                          (1, kinks[j + 1] if j + 1 < len(kinks) else 1e6)):
        probes = [k + side * 2.0 ** -40 * max(1, abs(k)), (k + other) / 2, other]
        if all(fn.values(mpmath.mpf(p), params)[1] == 0 for p in probes):
          add("dead_zone", 1, k, "f' = 0 for x " + ("<" if side < 0 else ">") + f" {k!r}")
  return rows, worst


def main_parameters():
  out = ["function,parameters,kind,curve,x,y,note"]
  worst = 0
  for name, params in PARAMETER_SETS:
    fn = cat.BY_NAME[name]
    rows, p = story_points(fn, params)
    worst = max(worst, p)
    spec = ";".join(f"{n}={v!r}" for (n, _), v in zip(fn.parameters, params))
    for r in rows:
      out.append(",".join([r[0], spec, r[1], r[2], repr(r[3]), repr(r[4]), r[5]]))
    print(f"{name} {spec}: {len(rows)} story points", flush=True)
  with open(OUT_PARAMETERS, "w", newline="\n") as f:
    f.write("\n".join(out) + "\n")
  print(f"wrote {len(out) - 1} rows to {OUT_PARAMETERS}; root precision needed at worst {worst} bits")


def main():
  if sys.argv[1:] == ["--parameters"]:
    main_parameters()
    return
  out = ["function,kind,curve,x,y,note"]
  worst = 0
  for fn in cat.FUNCTIONS:
    rows, p = story_points(fn)
    worst = max(worst, p)
    for r in rows:
      out.append(",".join([r[0], r[1], r[2], repr(r[3]), repr(r[4]), r[5]]))
    print(f"{fn.name}: {len(rows)} story points", flush=True)
  with open(OUT, "w", newline="\n") as f:
    f.write("\n".join(out) + "\n")
  print(f"wrote {len(out) - 1} rows to {OUT}; root precision needed at worst {worst} bits")


if __name__ == "__main__":
  main()
