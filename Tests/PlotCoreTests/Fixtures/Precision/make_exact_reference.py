#!/usr/bin/env python3
"""References for the `exact` formula in float32 and float64, and for the float64 format
operations (issue 14: "the true value, correctly rounded to the format"; "every elementary
operation ... gives the correctly rounded result").

exact-reference.csv: for every catalogue function (catalogue.py's definitions, mpmath), at
default and other parameter values, f, f', f'' correctly rounded to float32 and to float64
at: random doubles over wide ranges (uniform on +-4, +-40, +-800 and log-uniform
magnitudes from 2^-1074 to 2^1023), tails, crossovers and kinks with their neighbours,
tiny x (subnormal and least normal doubles and floats), and HARD CASES: float32 inputs
whose true value lies within 2^-30 (relative) of a float32 rounding midpoint, found by a
numpy scan of float32 inputs and confirmed in mpmath (the catalogue double cannot decide
those nearest; for float64 every value is as hard: random points suffice, the catalogue
double alone misrounds many of them). Columns:
  function,x,f32,d32,dd32,f64,d64,dd64   (x and results as hexadecimal floats)

elementary-reference.csv: float64 operands of exp, expm1, log, log1p, tanh, erf, erfc (random
over each domain, and tiny ones) with mpmath's correctly rounded double. About one in four
lies within 2^-56 of a midpoint (where glibc's long double estimate does not decide), the
cases the test counts. Columns: op,x,value.

Every rounding is decided much as catalogue.decide does: computed at p and 2p bits (p = 128,
256, ...), accepted when every number within max(|v_p - v_2p|, |v_2p| 2^(10-p)) of v_2p
rounds to the same format value (a value that comes out bit for bit the same at 2048 and
4096 bits is exact and rounds to even), else p doubles; never guessed.

Run: python3 make_exact_reference.py   (mpmath 1.3, numpy; about a minute)
"""

import math
import os
import random
import sys
from fractions import Fraction

import mpmath
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "Catalogue"))
import catalogue  # noqa: E402

FORMATS = {"float32": (24, -126, float(np.finfo(np.float32).max)),
           "float64": (53, -1022, sys.float_info.max)}


def round_fraction(q, fmt):
  """The Fraction q rounded to nearest, ties to even, in the format (subnormals, overflow
  to infinity past the greatest finite)."""
  p, emin, greatest = FORMATS[fmt]
  if q == 0:
    return 0.0
  sign = -1.0 if q < 0 else 1.0
  a = abs(q)
  e = a.numerator.bit_length() - a.denominator.bit_length()
  if Fraction(2) ** e > a:
    e -= 1
  unit = Fraction(2) ** (max(e, emin) - p + 1)
  n = a / unit
  f = n.numerator // n.denominator
  rest = n - f
  if rest > Fraction(1, 2) or (rest == Fraction(1, 2) and f % 2 == 1):
    f += 1
  r = f * unit
  if r > Fraction(greatest):
    return sign * math.inf
  return sign * float(r)


def decided(value, delta, fmt, exact):
  # Far outside the double range (GELU(-1e300) ~ e^(-5e599)) no Fraction is formed: the
  # value rounds to a signed zero or an infinity in both formats, provided delta is
  # below half of it.
  if value != 0 and (mpmath.mag(value) < -1200 or mpmath.mag(value) > 1100):
    if delta > abs(value) / 2:
      return None
    if mpmath.mag(value) > 1100:
      return math.inf if value > 0 else -math.inf
    return -0.0 if value < 0 else 0.0
  if exact:
    return round_fraction(catalogue.exact_fraction(value), fmt)
  v = catalogue.exact_fraction(value)
  d = catalogue.exact_fraction(mpmath.mpf(delta))
  lo, hi = round_fraction(v - d, fmt), round_fraction(v + d, fmt)
  return lo if lo == hi else None


def decide(evaluate, fmts=("float32", "float64")):
  """Each value of evaluate() rounded to each format, decided (see the module doc)."""
  prec = 128
  with mpmath.workprec(prec):
    previous = evaluate()
  n = len(previous)
  out = {(i, f): None for i in range(n) for f in fmts}
  while True:
    high = 2 * prec
    if high > 1 << 15:
      raise RuntimeError("rounding not decided")
    with mpmath.workprec(high):
      current = evaluate()
      for i in range(n):
        v, w = current[i], previous[i]
        delta = max(abs(v - w), abs(v) * mpmath.mpf(2) ** (10 - prec))
        for f in fmts:
          if out[(i, f)] is None:
            # Bit for bit the same at p and 2p is taken as exact only from 4096 bits on:
            # GELU(2^-1074) = 2^-1075 + 0.4*2^-2148 is a midpoint plus a tail that 128
            # and 256 bits both lose (catalogue.decide would round it to even, wrongly).
            out[(i, f)] = decided(v, delta, f, exact=(v == w and high >= 4096))
    if None not in out.values():
      return [[out[(i, f)] for i in range(n)] for f in fmts]
    previous, prec = current, high


def hexf(v):
  if math.isinf(v):
    return "inf" if v > 0 else "-inf"
  return float.hex(v)


# --- the catalogue points ----------------------------------------------------------------

SPECS = [
  ("sigmoid", (1.0, 0.0)), ("sigmoid", (2.0, 0.0)), ("sigmoid", (0.05, -10.0)),
  ("sigmoid", (20.0, 3.3)), ("tanh", ()), ("softsign", ()), ("softplus", (1.0,)),
  ("softplus", (0.05,)), ("softplus", (7.5,)), ("logsigmoid", ()), ("relu", ()),
  ("relu6", ()), ("leaky_relu", (0.01,)), ("leaky_relu", (0.9,)), ("elu", (1.0,)),
  ("elu", (0.05,)), ("celu", (1.0,)), ("celu", (4.75,)), ("selu", ()), ("gelu", ()),
  ("gelu_tanh", ()), ("silu", (1.0,)), ("silu", (0.3,)), ("silu", (20.0,)), ("mish", ()),
  ("hardsigmoid", ()), ("hardswish", ()), ("hardtanh", (-1.0, 1.0)), ("hardtanh", (-7.5, 2.25)),
]


def spec_text(name, params):
  f = catalogue.BY_NAME[name]
  if not params or tuple(params) == f.defaults:
    return name
  return name + ":" + ",".join(f"{pn}={pv!r}" for (pn, _), pv in zip(f.parameters, params))


def points(name, params, rng):
  xs = []
  for r in (4.0, 40.0, 800.0):
    xs += [rng.uniform(-r, r) for _ in range(8)]
  for _ in range(10):
    xs.append(rng.choice((-1, 1)) * math.ldexp(1 + rng.random(), rng.randint(-1074, 1023)))
  xs += [0.0, 5e-324, -5e-324, 2.0 ** -1022, -(2.0 ** -1022), 2.0 ** -149, -(2.0 ** -126),
         1e-30, -3e-9, 20.0, -40.0, 100.0, -745.5, 1e5, -1e300, 1.7976931348623157e308]
  kinks = catalogue.BY_NAME[name].kinks(params) + [-3.0, 3.0, 6.0]
  for k in kinks:
    xs += [k, math.nextafter(k, -math.inf), math.nextafter(k, math.inf)]
  return xs


def float32_grid(lo, hi, count, rng):
  return np.unique(rng.uniform(lo, hi, count).astype(np.float32)).astype(np.float64)


def hard_scan(rng):
  """(spec, order, float32 x) whose value in double lies within 2^-36 float32 ulps-ish of a
  midpoint: numpy formulas in double (error ~2^-50), confirmed later in mpmath."""
  def S(v):
    return 1 / (1 + np.exp(-v))

  def near(v, x):
    a = np.abs(v)
    e = np.floor(np.log2(np.where(a > 0, a, 1)))
    ulp = np.exp2(np.maximum(e, -126) - 23)
    t = a / ulp
    d = np.abs(t - np.floor(t) - 0.5)
    return x[(d < 2.0 ** -8) & (a > 2.0 ** -100)]

  scans = [
    ("sigmoid", (2.0, 0.0), 0, lambda x: S(2 * x), (-8, 8)),
    ("sigmoid", (2.0, 0.0), 1, lambda x: 2 * S(2 * x) * S(-2 * x), (-8, 8)),
    ("tanh", (), 0, np.tanh, (-4, 4)),
    ("softplus", (1.0,), 0, lambda x: np.log1p(np.exp(x)), (-10, 10)),
    ("logsigmoid", (), 0, lambda x: -np.log1p(np.exp(-x)), (-2, 10)),
    ("elu", (1.0,), 0, np.expm1, (-10, 0)),
    ("silu", (1.0,), 0, lambda x: x * S(x), (-6, 6)),
    ("mish", (), 0, lambda x: x * np.tanh(np.log1p(np.exp(x))), (-3, 6)),
    ("gelu_tanh", (), 0, lambda x: 0.5 * x * (1 + np.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x ** 3))), (0.5, 4)),
    ("softsign", (), 0, lambda x: x / (1 + np.abs(x)), (-50, 50)),
  ]
  found = []
  for name, params, order, f, (lo, hi) in scans:
    x = float32_grid(lo, hi, 400_000, rng)
    with np.errstate(all="ignore"):
      cand = near(f(x), x)
    found += [(name, params, order, float(c)) for c in cand[:40]]
  return found


def within(value, fmt_bits, emin, rel):
  """Whether the mpf value lies within rel (relative) of a midpoint of the format."""
  if value == 0 or mpmath.mag(value) < -1200 or mpmath.mag(value) > 1100:
    return False
  v = abs(catalogue.exact_fraction(value))
  e = v.numerator.bit_length() - v.denominator.bit_length()
  if Fraction(2) ** e > v:
    e -= 1
  unit = Fraction(2) ** (max(e, emin) - fmt_bits + 1)
  t = v / unit
  frac = t - (t.numerator // t.denominator)
  return abs(frac - Fraction(1, 2)) * unit <= v * Fraction(rel)


def catalogue_rows():
  rng = random.Random(1412)
  rows = []
  for name, params in SPECS:
    f = catalogue.BY_NAME[name]
    p = params or f.defaults
    for x in points(name, p, rng):
      (r32, r64) = decide(lambda: f.values(mpmath.mpf(x), p))
      rows.append((spec_text(name, p), x, r32, r64))
  hard = 0
  for name, params, order, x in hard_scan(np.random.default_rng(1412)):
    f = catalogue.BY_NAME[name]
    with mpmath.workprec(200):
      value = f.values(mpmath.mpf(x), params)[order]
      if not within(value, 24, -126, 2.0 ** -30):
        continue
    (r32, r64) = decide(lambda: f.values(mpmath.mpf(x), params))
    rows.append((spec_text(name, params), x, r32, r64))
    hard += 1
  return rows, hard


# --- the elementary operations -------------------------------------------------------------

OPS = {
  "exp": (mpmath.exp, lambda r: r.uniform(-745, 709.7)),
  "expm1": (mpmath.expm1, lambda r: r.uniform(-40, 709.7) if r.random() < 0.7 else r.choice((-1, 1)) * math.ldexp(1 + r.random(), r.randint(-1074, -2))),
  "log": (mpmath.log, lambda r: math.ldexp(1 + r.random(), r.randint(-1074, 1023)) if r.random() < 0.7 else r.uniform(0.5, 2)),
  "log1p": (mpmath.log1p, lambda r: r.uniform(-1, 10) if r.random() < 0.5 else r.choice((-1, 1)) * math.ldexp(1 + r.random(), r.randint(-1074, -2))),
  "tanh": (mpmath.tanh, lambda r: r.uniform(-20, 20) if r.random() < 0.7 else r.choice((-1, 1)) * math.ldexp(1 + r.random(), r.randint(-1074, -2))),
  "erf": (mpmath.erf, lambda r: r.uniform(-6, 6) if r.random() < 0.7 else r.choice((-1, 1)) * math.ldexp(1 + r.random(), r.randint(-1074, -2))),
  "erfc": (mpmath.erfc, lambda r: r.uniform(-6, 27.2)),
}


def elementary_rows():
  rng = random.Random(56)
  rows, near = [], 0
  for op, (fn, draw) in OPS.items():
    for _ in range(300):
      x = draw(rng)
      if op == "log1p" and x <= -1:
        continue
      if op == "log" and x <= 0:
        continue
      with mpmath.workprec(200):
        if within(fn(mpmath.mpf(x)), 53, -1022, 2.0 ** -56):
          near += 1
      (r64,) = decide(lambda: [fn(mpmath.mpf(x))], fmts=("float64",))
      rows.append((op, x, r64[0]))
  return rows, near


def main():
  rows, hard = catalogue_rows()
  with open(os.path.join(HERE, "exact-reference.csv"), "w") as out:
    out.write("# make_exact_reference.py: f, f', f'' correctly rounded to float32 and float64\n")
    out.write("function,x,f32,d32,dd32,f64,d64,dd64\n")
    for spec, x, r32, r64 in rows:
      out.write(",".join([spec, hexf(x)] + [hexf(v) for v in r32] + [hexf(v) for v in r64]) + "\n")
  ops, near = elementary_rows()
  with open(os.path.join(HERE, "elementary-reference.csv"), "w") as out:
    out.write("# make_exact_reference.py: float64 operations correctly rounded\n")
    out.write("op,x,value\n")
    for op, x, v in ops:
      out.write(f"{op},{hexf(x)},{hexf(v)}\n")
  print(f"{len(rows)} catalogue rows ({hard} hard float32 cases), {len(ops)} operations "
        f"({near} within 2^-56 of a double midpoint)")


if __name__ == "__main__":
  main()
