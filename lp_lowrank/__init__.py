__version__ = "0.1.0"

from .core import lp_cost
from .rounding import round_lp_ball, Rounding
from .fit import fit_subspace, SubspaceFit
