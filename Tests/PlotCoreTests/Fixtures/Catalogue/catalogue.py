"""The activation catalogue in mpmath: f, f', f'' of every function of issue 12, and the
rounding machinery shared by make_catalogue_reference.py, make_catalogue_story.py and
check_catalogue_reference.py. Not a test and not run by the build.

Every closed form here is written without cancellation that a finite precision cannot
see: 1 + tanh(u) is 2 S(2u), sech^2(u) is 4 S(2u) S(-2u), 1 - 2 S(v) is -tanh(v/2),
softplus is log1p, GELU's Phi(x) for x < 0 is erfc(-x/sqrt 2)/2 (an asymptotic series
with the exact exponent e^(-x^2/2) where the argument is large), Mish's tanh(softplus x)
is a ratio of polynomials in e^(-|x|). What is left (a sum of terms of different sign
near a root of f' or f'', a rounded argument such as x/alpha amplified by exp) is partial
cancellation: the precision doubling of `decide` sees it, because the two precisions then
disagree by far more than their error floor.

Definitions (PyTorch's torch.nn.functional where it has the function; `k`, `x0` and silu's
`beta` are the viewer's own parameters; see README.md for the conventions at the kinks).
"""

import math
from fractions import Fraction

import mpmath

# SELU constants exactly as written in PyTorch's documentation and ATen source (decimal
# literals; PyTorch itself computes with their nearest doubles).
SELU_ALPHA = "1.6732632423543772848170429916717"
SELU_SCALE = "1.0507009873554804934193349852946"
# gelu(approximate='tanh'): sqrt(2/pi) and 0.044715 as real numbers (the formula of the
# issue and of PyTorch's docs), not their doubles: see README.md.
GELU_TANH_KAPPA = Fraction(44715, 10 ** 6)


class Function:
  """One catalogue entry: its parameter names with defaults, the x of its kinks (as a
  function of the parameters) and `values(x, params)` -> (f, f', f'') as mpfs at the
  current precision, with PyTorch's convention at the kinks."""

  def __init__(self, name, parameters, values, kinks=lambda p: []):
    self.name = name
    self.parameters = parameters          # [(name, default)]
    self.values = values
    self.kinks = kinks

  @property
  def defaults(self):
    return tuple(d for _, d in self.parameters)


def mpf(v):
  return mpmath.mpf(v)


def S(v):
  """The logistic function with full relative accuracy on both sides."""
  if v >= 0:
    return 1 / (1 + mpmath.exp(-v))
  e = mpmath.exp(v)
  return e / (1 + e)


def P(v):
  """S'(v) = S(v) S(-v), as e^-|v| / (1 + e^-|v|)^2."""
  t = mpmath.exp(-abs(v))
  return t / ((1 + t) * (1 + t))


def softplus_of(v):
  """log(1 + e^v) without overflow or cancellation."""
  if v > 0:
    return v + mpmath.log1p(mpmath.exp(-v))
  return mpmath.log1p(mpmath.exp(v))


def tanh_of(v):
  return mpmath.tanh(v)


def phi(x):
  """The standard normal density, with the exponent -x^2/2 exact for a double x."""
  return mpmath.exp(-(x * x) / 2) / mpmath.sqrt(2 * mpmath.pi)


def Phi_negative(x):
  """Phi(x) = erfc(-x/sqrt 2)/2 for x <= 0. Where x^2 exceeds the precision, the
  asymptotic series phi(x)/|x| (1 - 1/x^2 + 3/x^4 - ...), whose remainder is below its
  first omitted term, and whose exponent x^2/2 is exact (mpmath's erfc would be handed
  the rounded -x/sqrt 2, whose rounding e^(-z^2) amplifies by 2 z^2, and it fails on
  huge arguments)."""
  prec = mpmath.mp.prec
  if x * x <= 4 * prec:
    return mpmath.erfc(-x / mpmath.sqrt(2)) / 2
  a = -x
  inv = 1 / (a * a)
  term, total, k = mpf(1), mpf(1), 1
  limit = mpf(2) ** -(prec + 20)
  while True:
    term = -term * (2 * k - 1) * inv
    if abs(term) < limit:
      break
    total += term
    k += 1
    if k > 10 * prec:
      raise RuntimeError(f"asymptotic erfc did not converge at x = {x}")
  return phi(x) / a * total


def Phi(x):
  if x <= 0:
    return Phi_negative(x)
  return 1 - Phi_negative(-x)


# --- the functions -------------------------------------------------------------------

def sigmoid_values(x, p):
  k, x0 = mpf(p[0]), mpf(p[1])
  u = k * (x - x0)
  return S(u), k * P(u), -k * k * P(u) * tanh_of(u / 2)


def tanh_values(x, p):
  t = tanh_of(x)
  sech2 = 4 * S(2 * x) * S(-2 * x)
  return t, sech2, -2 * t * sech2


def softsign_values(x, p):
  a = 1 + abs(x)
  # f''(0): autograd of x / (|x| + 1) meets sign(0) = 0 in abs's backward, so 0.
  sign = 0 if x == 0 else (1 if x > 0 else -1)
  return x / a, 1 / (a * a), -2 * sign / (a * a * a)


def softplus_values(x, p):
  b = mpf(p[0])
  v = b * x
  return softplus_of(v) / b, S(v), b * P(v)


def logsigmoid_values(x, p):
  return -softplus_of(-x), S(-x), -P(x)


def relu_values(x, p):
  # threshold_backward: grad where x > 0, so relu'(0) = 0.
  return (x if x > 0 else mpf(0)), mpf(1 if x > 0 else 0), mpf(0)


def relu6_values(x, p):
  # relu6 is hardtanh(x, 0, 6): derivative 0 at both corners.
  return hardtanh_values(x, (0.0, 6.0))


def leaky_relu_values(x, p):
  s = mpf(p[0])
  # leaky_relu_backward: x > 0 ? grad : grad * negative_slope, so f'(0) = negative_slope.
  if x > 0:
    return x, mpf(1), mpf(0)
  return s * x, s, mpf(0)


def elu_family(x, alpha, scale, input_scale):
  """ATen's elu(x, alpha, scale, input_scale) and the derivatives autograd gives it:
  elu_backward takes the exponential side for x <= 0, elu_double_backward masks x < 0,
  so f'(0) is the left-hand value and f''(0) is 0."""
  if x > 0:
    return scale * x, scale, mpf(0)
  v = x * input_scale
  e = mpmath.exp(v)
  c = scale * alpha
  second = c * input_scale * input_scale * e if x < 0 else mpf(0)
  return c * mpmath.expm1(v), c * input_scale * e, second


def elu_values(x, p):
  return elu_family(x, mpf(p[0]), mpf(1), mpf(1))


def celu_values(x, p):
  a = mpf(p[0])
  return elu_family(x, a, mpf(1), 1 / a)


def selu_values(x, p):
  return elu_family(x, mpf(SELU_ALPHA), mpf(SELU_SCALE), mpf(1))


def gelu_values(x, p):
  d = phi(x)
  big_phi = Phi(x)
  return x * big_phi, big_phi + x * d, d * (2 - x * x)


def gelu_tanh_values(x, p):
  c = mpmath.sqrt(2 / mpmath.pi)
  a = mpf(GELU_TANH_KAPPA.numerator) / GELU_TANH_KAPPA.denominator
  u = c * (x + a * x * x * x)
  du = c * (1 + 3 * a * x * x)
  ddu = 6 * a * c * x
  s_pos, s_neg = S(2 * u), S(-2 * u)
  pp = s_pos * s_neg                                   # S'(2u)
  f = x * s_pos                                        # x/2 (1 + tanh u)
  d1 = s_pos * (1 + 2 * x * du * s_neg)
  d2 = pp * (4 * du + 2 * x * ddu - 4 * x * du * du * tanh_of(u))
  return f, d1, d2


def silu_values(x, p):
  b = mpf(p[0])
  v = b * x
  pv = P(v)
  return x * S(v), S(v) + v * pv, b * pv * (2 - v * tanh_of(v / 2))


def mish_values(x, p):
  # tanh(softplus x) = n / (n + 2) with n = e^2x + 2 e^x; in q = e^-|x| both sides are
  # ratios of sums of positive terms (no 1 - t cancels).
  q = mpmath.exp(-abs(x))
  if x >= 0:
    t = (1 + 2 * q) / (1 + 2 * q + 2 * q * q)
    sech2 = 4 * (1 + q) ** 2 * q * q / (1 + 2 * q + 2 * q * q) ** 2
  else:
    t = q * (q + 2) / (q * q + 2 * q + 2)
    sech2 = 4 * (1 + q) ** 2 / (q * q + 2 * q + 2) ** 2
  s, sp = S(x), P(x)
  return x * t, t + x * sech2 * s, sech2 * (2 * s + x * (sp - 2 * t * s * s))


def hardsigmoid_values(x, p):
  # hardsigmoid_backward: 1/6 strictly inside (-3, 3), else 0.
  if x <= -3:
    return mpf(0), mpf(0), mpf(0)
  if x >= 3:
    return mpf(1), mpf(0), mpf(0)
  return x / 6 + mpf(1) / 2, mpf(1) / 6, mpf(0)


def hardswish_values(x, p):
  # hardswish_backward (current ATen, CPU and CUDA): 0 for x <= -3, x/3 + 1/2 strictly
  # inside, 1 for x >= 3 (older releases took the closed interval: f'(-3) = -1/2,
  # f'(3) = 3/2); its double backward: 1/3 strictly inside (-3, 3), else 0.
  if x <= -3:
    return mpf(0), mpf(0), mpf(0)
  if x >= 3:
    return x, mpf(1), mpf(0)
  return x * (x + 3) / 6, x / 3 + mpf(1) / 2, mpf(1) / 3


def hardtanh_values(x, p):
  lo, hi = mpf(p[0]), mpf(p[1])
  # hardtanh_backward: 0 where x <= min_val or x >= max_val.
  if x < lo:
    return lo, mpf(0), mpf(0)
  if x > hi:
    return hi, mpf(0), mpf(0)
  return x, mpf(1 if lo < x < hi else 0), mpf(0)


FUNCTIONS = [
  Function("sigmoid", [("k", 1.0), ("x0", 0.0)], sigmoid_values),
  Function("tanh", [], tanh_values),
  Function("softsign", [], softsign_values, lambda p: [0.0]),
  Function("softplus", [("beta", 1.0)], softplus_values),
  Function("logsigmoid", [], logsigmoid_values),
  Function("relu", [], relu_values, lambda p: [0.0]),
  Function("relu6", [], relu6_values, lambda p: [0.0, 6.0]),
  Function("leaky_relu", [("negative_slope", 0.01)], leaky_relu_values, lambda p: [0.0]),
  Function("elu", [("alpha", 1.0)], elu_values, lambda p: [0.0]),
  Function("celu", [("alpha", 1.0)], celu_values, lambda p: [0.0]),
  Function("selu", [], selu_values, lambda p: [0.0]),
  Function("gelu", [], gelu_values),
  Function("gelu_tanh", [], gelu_tanh_values),
  Function("silu", [("beta", 1.0)], silu_values),
  Function("mish", [], mish_values),
  Function("hardsigmoid", [], hardsigmoid_values, lambda p: [-3.0, 3.0]),
  Function("hardswish", [], hardswish_values, lambda p: [-3.0, 3.0]),
  Function("hardtanh", [("min_val", -1.0), ("max_val", 1.0)], hardtanh_values,
           lambda p: [p[0], p[1]]),
]
BY_NAME = {f.name: f for f in FUNCTIONS}


# --- correct rounding ------------------------------------------------------------------

START_PREC = 128
MAX_PREC = 1 << 15
# A value equal bit for bit at p and 2p bits is taken as exactly a midpoint (a tie, to
# even) only from this precision on: below it, a tail under 2^-p of the value is lost at
# both precisions alike (GELU, SiLU and hardswish at a subnormal x are x/2, a midpoint,
# plus about 2^-2148 of it), and the tie would be rounded the wrong way.
EXACT_TIE_PREC = 4096
LEAST_NORMAL = 2.0 ** -1022
TINY = mpmath.mpf(2) ** -1080              # far below half the least subnormal, 2^-1075
DIGITS = 20


def exact_fraction(value):
  sign, mantissa, exponent, _ = value._mpf_
  exact = Fraction(int(mantissa)) * (Fraction(2) ** int(exponent))
  return -exact if sign else exact


def to_double(q):
  """The nearest double to the Fraction q (ties to even), inf past the largest."""
  try:
    return float(q)
  except OverflowError:
    return math.inf if q > 0 else -math.inf


def rounding_if_decided(value, delta, exact=False):
  """The double nearest every number within `delta` of the mpf `value`, or None when that
  interval reaches a rounding midpoint (so the rounding is not yet known). With `exact`
  (the value came out bit for bit the same at p and 2p bits) a value that is itself a
  midpoint is taken as exact and rounded to even: a product such as 0.01 * -3.0 of two
  doubles is exactly a midpoint, while a transcendental value never is."""
  if value == 0:
    return 0.0 if delta == 0 else None
  negative = value < 0
  mag = mpmath.mag(value)
  if mag < -1090:                          # far below half the least subnormal
    # all of [value - delta, value + delta] rounds to zero; the sign is the formula's
    return (-0.0 if negative else 0.0) if abs(value) + delta < TINY else None
  if mag > 1100:                           # far past the largest double
    return (-math.inf if negative else math.inf) if delta < abs(value) / 2 else None
  v, slack = exact_fraction(value), exact_fraction(mpf(delta)) if delta else Fraction(0)
  d = to_double(v)
  lo, hi = v - slack, v + slack
  if math.isinf(d):
    boundary = Fraction(2) ** 1024 - Fraction(2) ** 970   # where rounding reaches inf
    ok = (lo >= boundary) if d > 0 else (hi <= -boundary)
    return d if ok else None
  below = Fraction(math.nextafter(d, -math.inf)) if d != -1.7976931348623157e308 else None
  above = Fraction(math.nextafter(d, math.inf)) if d != 1.7976931348623157e308 else None
  fd = Fraction(d)
  lower_mid = (fd + below) / 2 if below is not None else -(Fraction(2) ** 1024 - Fraction(2) ** 970)
  upper_mid = (fd + above) / 2 if above is not None else Fraction(2) ** 1024 - Fraction(2) ** 970
  if not (lo > lower_mid and hi < upper_mid):
    if exact and v in (lower_mid, upper_mid):
      return d                             # an exact tie: to even, as float() rounds
    return None
  if d == 0:
    return -0.0 if negative else 0.0
  return d


def needs_digits(value):
  """Whether the true value lies outside the normal doubles (subnormal, underflowing or
  overflowing) with a decimal exponent of at most MAX_EXPONENT_DIGITS digits: such values
  get a decimal text column. Farther out (GELU(-1e300) ~ 10^(-2e599)) the text would be
  mostly exponent, and it is left empty."""
  if value == 0:
    return False
  a = abs(value)
  if LEAST_NORMAL_MPF <= a <= MAX_DOUBLE_MPF:
    return False
  return abs(mpmath.mag(value)) < 3.3 * 10 ** MAX_EXPONENT_DIGITS


LEAST_NORMAL_MPF = mpmath.mpf(2) ** -1022
MAX_DOUBLE_MPF = mpmath.mpf(1.7976931348623157e308)
MAX_EXPONENT_DIGITS = 6


class Decided:
  """Correctly rounded doubles of a tuple of mpf values, with the precision it took."""

  def __init__(self, doubles, digits, prec):
    self.doubles, self.digits, self.prec = doubles, digits, prec


def decide(evaluate, want_digits=True):
  """Rounds each of the values `evaluate()` returns at the current mpmath precision.

  The values are computed at p and 2p bits (p = 128, 256, ...). The error of the 2p value
  is taken to be at most delta = max(|v_p - v_2p|, |v_2p| 2^(10 - p)): the difference of
  the two precisions bounds what the lower one got wrong, which is far more than what the
  higher one did, and the floor covers a chance agreement. A value is decided when every
  number within delta of v_2p rounds to the same double and none of them is a midpoint
  (or, from EXACT_TIE_PREC bits on, it is the same at both and exactly a midpoint); the
  text of a value outside the normal range needs delta below 10^-22 of it as well.
  Otherwise p doubles, up to MAX_PREC."""
  prec = START_PREC
  with mpmath.workprec(prec):
    previous = evaluate()
  n = len(previous)
  doubles, digits = [None] * n, [None] * n
  while True:
    high = prec * 2
    if high > MAX_PREC:
      raise RuntimeError(f"rounding not decided at {prec} bits")
    with mpmath.workprec(high):
      current = evaluate()
      for i in range(n):
        v, w = current[i], previous[i]
        delta = max(abs(v - w), abs(v) * mpf(2) ** (10 - prec))
        if doubles[i] is None:
          doubles[i] = rounding_if_decided(v, delta, exact=(v == w and high >= EXACT_TIE_PREC))
        if digits[i] is None:
          if v == 0 and delta == 0:
            digits[i] = "0"
          elif not want_digits or (v != 0 and not needs_digits(v)) or (
              doubles[i] is not None and not needs_digits(v)):
            digits[i] = ""
          elif v != 0 and delta < abs(v) * mpf(10) ** -22:
            digits[i] = mpmath.nstr(v, DIGITS, min_fixed=1, max_fixed=0)
    if None not in doubles and None not in digits:
      return Decided(tuple(doubles), tuple(digits), high)
    previous, prec = current, high


def reference(function, x, params):
  """(f, f', f'') at the double x, correctly rounded, with the digits columns."""
  return decide(lambda: function.values(mpf(x), params))
