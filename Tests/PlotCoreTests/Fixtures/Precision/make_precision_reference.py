#!/usr/bin/env python3
"""Independent emulation of the precision lab (issue 14), for the exhaustive checks.

For every float16 and bfloat16 bit pattern (finite ones; NaN and infinity inputs are
left out) and every finite FP8 (E4M3FN, E5M2) pattern, and for the sigmoid, tanh, GELU
and SiLU, this computes f, f', f'' by each formula (textbook, stable, exact) the way an
ideal format unit would: each operation exact (Python's Fraction for + - x /, mpmath for
exp, expm1, tanh, erf, erfc) and rounded once to the format (round to nearest even, the
format's subnormals and overflow; E4M3FN saturates at 448, NaN stays NaN). The exact
formula is the true value from closed forms in mpmath (no cancellation: 1 - S as
S(-x), 1 - 2S as -tanh(x/2), 1 - tanh^2 as sech^2), correctly rounded.

Nothing here comes from the Swift code: the rounding, the bit encodings and the formulas
are written again from the issue's text; the formulas follow the same sequence of
operations as Sources/PlotCore/Precision/Formulas/*.swift (the point of the check is
that each such sequence, executed with correct rounding, gives the same bits).

Every rounding of an mpmath value is decided: it is computed at 128 bits and accepted
only if the value 2^-100 either side (of the value, or for a sum whose terms cancel, of
the sum of their magnitudes) rounds the same way, else recomputed at twice the
precision, up to 4096 bits (and that must decide: the run stops rather than guess). Output (precision-reference.csv): for every (function, formula,
format, order) and every block of 4096 inputs in encoding order, the FNV-1a 64 digest of
the results' encodings (2 bytes, little endian, for 16-bit formats, 1 byte for FP8;
every NaN as the format's canonical NaN, -0 as +0), and the count of inputs. Also
written: for each format, a digest of the x values themselves (encoding check).

Run: python3 make_precision_reference.py  (about ten minutes of CPU; mpmath 1.3)
"""

import math
import os
import sys
from fractions import Fraction

import mpmath
from mpmath import mp, mpf


class Format:
    def __init__(self, name, p, ebits, emin, maxfinite, has_inf):
        self.name, self.p, self.ebits, self.emin = name, p, ebits, emin
        self.maxfinite, self.has_inf = maxfinite, has_inf
        self.width = 1 + ebits + p - 1
        self.bias = 1 - emin

    def decode(self, bits):
        fb = self.p - 1
        frac = bits & ((1 << fb) - 1)
        field = (bits >> fb) & ((1 << self.ebits) - 1)
        neg = (bits >> (self.width - 1)) & 1
        top = (1 << self.ebits) - 1
        if field == top and self.has_inf:
            v = math.inf if frac == 0 else math.nan
        elif field == top and frac == (1 << fb) - 1:
            v = math.nan
        elif field == 0:
            v = math.ldexp(frac, self.emin - fb)
        else:
            v = math.ldexp((1 << fb) + frac, field - self.bias - fb)
        return -v if neg else v

    def encode(self, v):
        fb = self.p - 1
        top = (1 << self.ebits) - 1
        if math.isnan(v):
            frac = (1 << (fb - 1)) if self.has_inf else (1 << fb) - 1
            return (top << fb) | frac
        if v == 0:
            return 0                      # -0 as +0 (canonical)
        sign = (1 << (self.width - 1)) if v < 0 else 0
        a = abs(v)
        if math.isinf(a):
            return sign | (top << fb)
        m, e = math.frexp(a)              # a = m 2^e, 0.5 <= m < 1
        e -= 1                            # a = (2m) 2^e
        if e < self.emin:
            return sign | int(Fraction(a) / Fraction(2) ** (self.emin - fb))
        frac = int((Fraction(a) / Fraction(2) ** e - 1) * (1 << fb))
        return sign | ((e + self.bias) << fb) | frac

    def saturate(self, sign):
        if self.has_inf:
            return sign * math.inf
        return sign * self.maxfinite

    def round_fraction(self, x):
        """The exact rational x rounded to the format, ties to even."""
        if x == 0:
            return 0.0
        sign = -1 if x < 0 else 1
        a = abs(x)
        e = a.numerator.bit_length() - a.denominator.bit_length()
        if Fraction(2) ** e > a:
            e -= 1
        q = Fraction(2) ** (max(e, self.emin) - self.p + 1)
        n, r = divmod(a, q)
        n = int(n)
        if r > q / 2 or (r == q / 2 and n % 2 == 1):
            n += 1
        v = n * q
        if v > self.maxfinite:
            return self.saturate(sign)
        return sign * float(v)

    def round_float(self, v):
        if math.isnan(v):
            return math.nan
        if math.isinf(v):
            return self.saturate(1 if v > 0 else -1)
        return self.round_fraction(Fraction(v))

    def round_mpf(self, compute):
        """compute() -> tuple of mpf (or of (mpf, scale) pairs for a sum whose terms
        cancel: scale = the sum of the terms' magnitudes, which the error is relative to)
        at the working precision; their decided roundings. The precision doubles until
        every rounding is decided (a value exactly on a midpoint at some precision, such
        as GELU(x) = x/2 + 2^-130 of itself for a subnormal bfloat16 x at 128 bits, is
        not decided there); a true value exactly on a midpoint would never be, and stops
        the run rather than be guessed."""
        prec = 128
        while prec <= 4096:
            with mpmath.workprec(prec):
                ys = compute()
                result = tuple(self._decided(*(y if isinstance(y, tuple) else (y,)), prec=prec)
                               for y in ys)
            if None not in result:
                return result
            prec *= 2
        raise RuntimeError("undecided rounding")

    def _decided(self, y, scale=None, prec=128):
        if mpmath.isnan(y):
            return math.nan
        if mpmath.isinf(y):
            return self.saturate(1 if y > 0 else -1)
        if y == 0:
            return 0.0
        # Far outside the format (|y| below a quarter of the least subnormal, or above
        # four times the greatest finite) the rounding is plain, and exact rationals of
        # e^-1e9 would have a billion-bit denominator.
        least = mpf(2) ** (self.emin - self.p + 1)
        if abs(y) < least / 4:
            return 0.0
        if abs(y) > 4 * mpf(self.maxfinite):
            return self.saturate(1 if y > 0 else -1)
        slack = (abs(y) if scale is None else scale) * mpf(2) ** (-(prec - 28))
        lo, mid, hi = (self.round_fraction(mpf_fraction(z)) for z in (y - slack, y, y + slack))
        return mid if lo == mid == hi or (math.isnan(lo) and math.isnan(mid) and math.isnan(hi)) else None


def mpf_fraction(z):
    sign, man, exp, _ = mpmath.mpf(z)._mpf_   # (not man_exp: that drops the sign)
    man = -man if sign else man
    return Fraction(man) * Fraction(2) ** exp if exp >= 0 else Fraction(man, 1 << -exp)


FORMATS = [
    Format("bfloat16", 8, 8, -126, float.fromhex("0x1.fep127"), True),
    Format("float16", 11, 5, -14, 65504.0, True),
    Format("float8_e4m3", 4, 4, -6, 448.0, False),
    Format("float8_e5m2", 3, 5, -14, 57344.0, True),
]

ELEMENTARY = {
    "exp": (mpmath.exp, lambda a: math.inf if a > 0 else 0.0),
    "expm1": (mpmath.expm1, lambda a: math.inf if a > 0 else -1.0),
    "tanh": (mpmath.tanh, lambda a: 1.0 if a > 0 else -1.0),
    "erf": (mpmath.erf, lambda a: 1.0 if a > 0 else -1.0),
    "erfc": (mpmath.erfc, lambda a: 0.0 if a > 0 else 2.0),
}


class Arithmetic:
    """Correctly rounded operations on format values (Python floats holding them)."""

    def __init__(self, fmt):
        self.f = fmt
        self.cache = {}

    def _exact(self, a, b, op):
        if not (math.isfinite(a) and math.isfinite(b)):
            with_floats = {"+": lambda: a + b, "*": lambda: a * b if not (
                (a == 0 and math.isinf(b)) or (b == 0 and math.isinf(a))) else math.nan,
                "/": lambda: self._float_div(a, b)}[op]
            return self.f.round_float(with_floats())
        A, B = Fraction(a), Fraction(b)
        if op == "+":
            return self.f.round_fraction(A + B)
        if op == "*":
            return self.f.round_fraction(A * B)
        if B == 0:
            return self.f.round_float(self._float_div(a, b))
        return self.f.round_fraction(A / B)

    @staticmethod
    def _float_div(a, b):
        if math.isnan(a) or math.isnan(b):
            return math.nan
        if b == 0:
            return math.nan if a == 0 else math.copysign(math.inf, a) * math.copysign(1, b)
        if math.isinf(a) and math.isinf(b):
            return math.nan
        return a / b

    def add(self, a, b): return self._exact(a, b, "+")
    def sub(self, a, b): return self._exact(a, -b, "+")
    def mul(self, a, b): return self._exact(a, b, "*")
    def div(self, a, b): return self._exact(a, b, "/")
    def c(self, v): return self.f.round_float(v)

    def elem(self, name, a):
        key = (name, a)
        if key in self.cache:
            return self.cache[key]
        fn, limit = ELEMENTARY[name]
        if math.isnan(a):
            r = math.nan
        elif math.isinf(a) or (name in ("erf", "erfc") and abs(a) > 30):
            # erfc(30) < 1e-392: far below half the least subnormal of every format
            # here (2^-150) and below half an ulp of 1 or 2, so erf(a) rounds to
            # sign(a), erfc(a) to 0 or 2 (and mpmath's erf is very slow out there).
            r = self.f.round_float(limit(a))
        else:
            r = self.f.round_mpf(lambda: (fn(mpf(a)),))[0]
        self.cache[key] = r
        return r

    def exp(self, a): return self.elem("exp", a)
    def expm1(self, a): return self.elem("expm1", a)
    def tanh(self, a): return self.elem("tanh", a)
    def erf(self, a): return self.elem("erf", a)
    def erfc(self, a): return self.elem("erfc", a)


# ---- The formulas (same operation sequences as the Swift Formulas/*.swift) ----

def sigmoid_textbook(x, m):
    s = m.div(1.0, m.add(1.0, m.exp(-x)))
    d = m.mul(s, m.sub(1.0, s))
    d2 = m.mul(d, m.sub(1.0, m.mul(2.0, s)))
    return s, d, d2


def stable_logistic(u, m):
    a = abs(u)
    t = m.exp(-a)
    q = m.add(1.0, t)
    s = m.div(1.0, q) if u >= 0 else m.div(t, q)
    d = m.div(t, m.mul(q, q))
    one_minus_t = -m.expm1(-a)
    d2 = m.div(m.mul(t, one_minus_t), m.mul(m.mul(q, q), q))
    return s, d, (-d2 if u > 0 else d2)


def tanh_textbook(x, m):
    ep, en = m.exp(x), m.exp(-x)
    t = m.div(m.sub(ep, en), m.add(ep, en))
    d = m.sub(1.0, m.mul(t, t))
    return t, d, m.mul(m.mul(-2.0, t), d)


def tanh_stable(x, m):
    t = m.tanh(x)
    e = m.exp(-m.mul(2.0, abs(x)))
    q = m.add(1.0, e)
    d = m.div(m.mul(4.0, e), m.mul(q, q))
    return t, d, m.mul(m.mul(-2.0, t), d)


def gelu_values(x, cdf, m):
    x2 = m.mul(x, x)
    density = m.mul(m.c(0.3989422804014327), m.exp(-m.mul(x2, 0.5)))
    return m.mul(x, cdf), m.add(cdf, m.mul(x, density)), m.mul(density, m.sub(2.0, x2))


def gelu_textbook(x, m):
    return gelu_values(x, m.mul(0.5, m.add(1.0, m.erf(m.mul(x, m.c(math.sqrt(0.5)))))), m)


def gelu_stable(x, m):
    return gelu_values(x, m.mul(0.5, m.erfc(m.mul(-x, m.c(math.sqrt(0.5))))), m)


def silu_textbook(x, m):
    b = m.c(1.0)
    u = x
    s = m.div(1.0, m.add(1.0, m.exp(-u)))
    g = m.mul(s, m.sub(1.0, s))
    d = m.add(s, m.mul(u, g))
    d2 = m.mul(b, m.mul(g, m.add(2.0, m.mul(u, m.sub(1.0, m.mul(2.0, s))))))
    return m.mul(x, s), d, d2


def silu_stable(x, m):
    b = m.c(1.0)
    u = x
    a = abs(u)
    t = m.exp(-a)
    q = m.add(1.0, t)
    s = m.div(1.0, q) if u >= 0 else m.div(t, q)
    g = m.div(t, m.mul(q, q))
    r = m.div(-m.expm1(-a), q)
    om2s = -r if u > 0 else r
    d = m.add(s, m.mul(u, g))
    d2 = m.mul(b, m.mul(g, m.add(2.0, m.mul(u, om2s))))
    return m.mul(x, s), d, d2


# ---- The true values (closed forms without cancellation) ----

def true_sigmoid(x):
    s, sm = 1 / (1 + mpmath.exp(-x)), 1 / (1 + mpmath.exp(x))
    d = s * sm
    return s, d, d * -mpmath.tanh(x / 2)


def true_tanh(x):
    t, sech2 = mpmath.tanh(x), mpmath.sech(x) ** 2
    return t, sech2, -2 * t * sech2


def true_gelu(x):
    cdf = mpmath.erfc(-x / mpmath.sqrt(2)) / 2
    density = mpmath.exp(-x * x / 2) / mpmath.sqrt(2 * mpmath.pi)
    # gelu' = cdf + x*density cancels near x = -0.7518: its error is relative to the
    # terms. 2 - x*x is exact (x has at most 11 bits).
    return (x * cdf, (cdf + x * density, abs(cdf) + abs(x * density)),
            density * (2 - x * x))


def true_silu(x):
    s, sm = 1 / (1 + mpmath.exp(-x)), 1 / (1 + mpmath.exp(x))
    g = s * sm
    # silu' = s + x*g cancels near x = -1.2785, silu'' near x*tanh(x/2) = 2.
    th = x * mpmath.tanh(x / 2)
    return x * s, (s + x * g, abs(s) + abs(x * g)), (g * (2 - th), g * (2 + abs(th)))


FUNCTIONS = [
    ("sigmoid", sigmoid_textbook, lambda x, m: stable_logistic(x, m), true_sigmoid),
    ("tanh", tanh_textbook, tanh_stable, true_tanh),
    ("gelu", gelu_textbook, gelu_stable, true_gelu),
    ("silu", silu_textbook, silu_stable, true_silu),
]

BLOCK = 4096


def fnv(data):
    h = 0xcbf29ce484222325
    for byte in data:
        h = ((h ^ byte) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def main():
    out = ["# function,formula,format,order,first_bits,count,fnv1a64 (see make_precision_reference.py)"]
    wanted = os.environ.get("FORMATS")
    for fmt in FORMATS:
        if wanted and fmt.name not in wanted.split(","):
            continue
        inputs = [(b, fmt.decode(b)) for b in range(1 << fmt.width)]
        inputs = [(b, v) for b, v in inputs if math.isfinite(v)]
        nbytes = fmt.width // 8
        enc = lambda v: fmt.encode(v).to_bytes(nbytes, "little")
        out.append("inputs,-,%s,-,0,%d,%016x" % (fmt.name, len(inputs),
                                                 fnv(b"".join(enc(v) for _, v in inputs))))
        m = Arithmetic(fmt)
        for name, textbook, stable, truth in FUNCTIONS:
            for formula in ("textbook", "stable", "exact"):
                rows = []
                for _, x in inputs:
                    if formula == "textbook":
                        rows.append(textbook(x, m))
                    elif formula == "stable":
                        rows.append(stable(x, m))
                    else:
                        rows.append(fmt.round_mpf(lambda: truth(mpf(x))))
                for order in range(3):
                    for start in range(0, len(inputs), BLOCK):
                        block = rows[start:start + BLOCK]
                        digest = fnv(b"".join(enc(r[order]) for r in block))
                        out.append("%s,%s,%s,%d,%d,%d,%016x" % (
                            name, formula, fmt.name, order, inputs[start][0], len(block), digest))
                print(fmt.name, name, formula, file=sys.stderr, flush=True)
    with open(sys.argv[1] if len(sys.argv) > 1 else "precision-reference.csv", "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
