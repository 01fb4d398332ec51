__version__ = "0.1.0"

# The public names load on first use, so `import lp_lowrank` (and the command's start) does not wait for torch.
_PUBLIC = {"lp_cost": "core", "round_lp_ball": "rounding", "Rounding": "rounding", "fit_subspace": "fit", "SubspaceFit": "fit",
           "LowRankLinear": "layers", "LowRankEmbedding": "layers", "TiedLowRankLinear": "layers", "low_rank_factors": "layers",
           "calibration_texts": "calibrate", "calibration_pairs": "calibrate", "chat_calibration_texts": "calibrate", "fit_outputs": "calibrate", "lewis_sample": "calibrate",
           "prepare_calibration": "calibrate",
           "compress_model": "compress", "compress_pretrained": "compress", "save_pretrained": "compress",
           "load_pretrained": "compress", "apply_layer_map": "compress", "CompressionReport": "compress", "rank_for_ratio": "compress",
           "sentence_embeddings": "glue", "evaluate_perplexity": "glue", "Perplexity": "glue", "sts_zero_shot": "glue",
           "compare_methods": "evaluate", "load_model": "evaluate", "compress_folder": "evaluate"}
__all__ = list(_PUBLIC)

def __getattr__(name):
    if name not in _PUBLIC: raise AttributeError(f"module 'lp_lowrank' has no attribute {name!r}")
    from importlib import import_module
    value = getattr(import_module(f".{_PUBLIC[name]}", __name__), name)
    globals()[name] = value
    return value

def __dir__(): return sorted(set(globals()) | set(__all__))

def _command():
    """The `lp-lowrank` console script. Ctrl-C while the libraries load is held until they are loaded (some of them
    swallow a KeyboardInterrupt raised inside their imports), then ends the run like Ctrl-C later: exit code 130, one line."""
    import signal, sys
    pressed, previous = [], signal.getsignal(signal.SIGINT)
    if previous is not signal.SIG_IGN: signal.signal(signal.SIGINT, lambda *_: pressed.append(True))
    try: from .cli import main
    finally: signal.signal(signal.SIGINT, previous)
    if pressed:
        print("lp-lowrank: interrupted.", file=sys.stderr)
        raise SystemExit(130)
    raise SystemExit(main())
