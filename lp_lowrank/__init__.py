__version__ = "0.1.0"

from .core import lp_cost
from .rounding import round_lp_ball, Rounding
from .fit import fit_subspace, SubspaceFit
from .layers import LowRankLinear, LowRankEmbedding, TiedLowRankLinear, low_rank_factors
from .calibrate import calibration_texts, fit_outputs, lewis_sample
from .compress import compress_model, compress_pretrained, save_pretrained, load_pretrained, apply_layer_map, CompressionReport, rank_for_ratio
