#!/usr/bin/env python3
"""Self-check of the catalogue fixtures: catches a wrong derivative formula or a wrong
cancellation-free rewrite in catalogue.py, which the precision doubling cannot see (a wrong
formula is just as stable at 2p bits as at p).

Run by hand after make_catalogue_reference.py: nice -n 10 python3 check_catalogue_reference.py
(needs mpmath). Prints one line per function and PASS or FAIL; exit status 1 on FAIL.

For a seeded sample of rows of every catalogue-<function>-reference.csv, away from kinks:
1. |x| <= 30: the textbook formula (1 + erf, 1 + tanh, log(1 + e^x), alpha(e^x - 1), the
   clamp forms of the hard functions...) at 6000 bits, where its cancellation costs
   nothing, and its first and second derivatives by mpmath.diff (central differences,
   step 2^-200) of that formula: each rounded to double must equal the CSV's double, and
   where the CSV gives digits (10 more rows per function are drawn from those), the
   digits must agree with the textbook value to 10^-19.
2. Every sampled row with |x| <= 1e6: mpmath.diff of catalogue.py's own f at 1500 bits
   (step 2^-120 / max(1, x^2)) against catalogue.py's closed-form f' and f'': they must
   agree to 2^-200 of the size of the curves there (|f| + |f'| + |f''|), which holds in
   the tails too, where everything is tiny together.
A value whose rounding the check cannot decide (within 2^-300 of a midpoint) is counted
as skipped, not passed.
"""

import csv
import math
import os
import random
import sys

import mpmath

sys.dont_write_bytecode = True   # no __pycache__ in the fixture directory (a bundled resource)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import catalogue as cat  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = 60
DIGIT_SAMPLE = 10
SEED = 7


def naive(name, params):
  """The textbook f, written as PyTorch's documentation writes it."""
  m = mpmath
  if name == "sigmoid":
    k, x0 = m.mpf(params[0]), m.mpf(params[1])
    return lambda x: 1 / (1 + m.exp(-k * (x - x0)))
  if name == "tanh":
    return lambda x: (m.exp(2 * x) - 1) / (m.exp(2 * x) + 1)
  if name == "softsign":
    return lambda x: x / (1 + abs(x))
  if name == "softplus":
    b = m.mpf(params[0])
    return lambda x: m.log(1 + m.exp(b * x)) / b
  if name == "logsigmoid":
    return lambda x: m.log(1 / (1 + m.exp(-x)))
  if name == "relu":
    return lambda x: max(m.mpf(0), x)
  if name == "relu6":
    return lambda x: min(max(m.mpf(0), x), m.mpf(6))
  if name == "leaky_relu":
    s = m.mpf(params[0])
    return lambda x: max(m.mpf(0), x) + s * min(m.mpf(0), x)
  if name == "elu":
    a = m.mpf(params[0])
    return lambda x: x if x > 0 else a * (m.exp(x) - 1)
  if name == "celu":
    a = m.mpf(params[0])
    return lambda x: max(m.mpf(0), x) + min(m.mpf(0), a * (m.exp(x / a) - 1))
  if name == "selu":
    # the constants parsed at the working precision of the call, not here at 53 bits
    return lambda x: m.mpf(cat.SELU_SCALE) * (max(m.mpf(0), x) + min(
      m.mpf(0), m.mpf(cat.SELU_ALPHA) * (m.exp(x) - 1)))
  if name == "gelu":
    return lambda x: x / 2 * (1 + m.erf(x / m.sqrt(2)))
  if name == "gelu_tanh":
    return lambda x: x / 2 * (1 + m.tanh(m.sqrt(2 / m.pi) * (x + m.mpf(44715) / 10 ** 6 * x ** 3)))
  if name == "silu":
    b = m.mpf(params[0])
    return lambda x: x / (1 + m.exp(-b * x))
  if name == "mish":
    return lambda x: x * m.tanh(m.log(1 + m.exp(x)))
  if name == "hardsigmoid":
    return lambda x: min(max(x / 6 + m.mpf(1) / 2, m.mpf(0)), m.mpf(1))
  if name == "hardswish":
    return lambda x: x * min(max(x + 3, m.mpf(0)), m.mpf(6)) / 6
  if name == "hardtanh":
    lo, hi = m.mpf(params[0]), m.mpf(params[1])
    return lambda x: min(max(x, lo), hi)
  raise KeyError(name)


def rounded(v, rel):
  return cat.rounding_if_decided(v, abs(v) * rel)


def check_function(fn, rng):
  path = os.path.join(HERE, f"catalogue-{fn.name}-reference.csv")
  with open(path) as f:
    rows = list(csv.reader(f))
  header, rows = rows[0], rows[1:]
  nparams = len(fn.parameters)
  sample = rng.sample(rows, min(SAMPLE, len(rows)))
  # and rows whose values lie outside the normal doubles, for the digits columns
  outside = [r for r in rows if any(d not in ("", "0") for d in r[nparams + 4:])
             and abs(float(r[nparams])) <= 30]
  sample += rng.sample(outside, min(DIGIT_SAMPLE, len(outside)))
  checked = skipped = 0
  failures = []
  for row in sample:
    params = tuple(float(v) for v in row[:nparams])
    x = float(row[nparams])
    want = [float(v) for v in row[nparams + 1:nparams + 4]]
    kinks = fn.kinks(params)
    if any(abs(x - k) < 1e-3 for k in kinks):
      skipped += 1
      continue
    if abs(x) <= 30:
      g = naive(fn.name, params)
      with mpmath.workprec(6000):
        X = mpmath.mpf(x)
        h = mpmath.mpf(2) ** -200
        got = [g(X), mpmath.diff(g, X, 1, h=h), mpmath.diff(g, X, 2, h=h)]
        doubles = [rounded(v, mpmath.mpf(2) ** -300) if v != 0 else 0.0 for v in got]
        texts = row[nparams + 4:nparams + 7]
        for order in range(3):
          if texts[order] in ("", "0"):
            continue
          if abs(mpmath.mpf(texts[order]) - got[order]) <= abs(got[order]) * mpmath.mpf(10) ** -19:
            checked += 1
          else:
            failures.append(f"x={x!r} {params} order {order} digits: textbook "
                            f"{mpmath.nstr(got[order], 20)}, CSV {texts[order]}")
      for order in range(3):
        if doubles[order] is None:
          skipped += 1
        elif doubles[order] != want[order]:
          failures.append(f"x={x!r} {params} order {order}: textbook {doubles[order]!r}, "
                          f"CSV {want[order]!r}")
        else:
          checked += 1
    if abs(x) <= 1e6:
      with mpmath.workprec(1500):
        X = mpmath.mpf(x)
        h = mpmath.mpf(2) ** -120 / max(1, x * x)
        closed = fn.values(X, params)
        f0 = lambda t: fn.values(t, params)[0]  # noqa: E731
        numeric = [mpmath.diff(f0, X, 1, h=h), mpmath.diff(f0, X, 2, h=h)]
        size = abs(closed[0]) + abs(closed[1]) + abs(closed[2])
        for order in (1, 2):
          err = abs(numeric[order - 1] - closed[order])
          if size == 0:
            ok = err == 0
          else:
            ok = err <= size * mpmath.mpf(2) ** -200
          if ok:
            checked += 1
          else:
            failures.append(f"x={x!r} {params} order {order}: diff {mpmath.nstr(numeric[order - 1], 20)}"
                            f" closed form {mpmath.nstr(closed[order], 20)}")
  return checked, skipped, failures


def main():
  rng = random.Random(SEED)
  total_checked = total_skipped = 0
  all_failures = []
  for fn in cat.FUNCTIONS:
    checked, skipped, failures = check_function(fn, rng)
    total_checked += checked
    total_skipped += skipped
    all_failures += [f"{fn.name}: {m}" for m in failures]
    print(f"{fn.name}: {checked} comparisons agree, {skipped} skipped, "
          f"{len(failures)} disagree", flush=True)
  for m in all_failures[:40]:
    print("  " + m)
  verdict = "PASS" if not all_failures else "FAIL"
  print(f"{verdict}: {total_checked} comparisons agree, {total_skipped} skipped, "
        f"{len(all_failures)} disagree")
  sys.exit(0 if not all_failures else 1)


if __name__ == "__main__":
  main()
