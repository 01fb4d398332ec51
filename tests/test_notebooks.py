"""Run the test cells of every notebook in nbs/ (one pytest test per notebook).

Cells flagged with a `tst_flags` flag from settings.ini (`#| slow`, `#| notest`) are skipped, as `nbdev_test` does.
"""
from pathlib import Path
import pytest
from nbdev.test import test_nb as _run_notebook   # renamed: pytest would collect a name starting with test_
from nbdev.config import get_config

NBS = sorted(p for p in (Path(__file__).parent.parent / "nbs").rglob("*.ipynb")
             if not any(part.startswith(("_", ".")) for part in p.relative_to(Path(__file__).parent.parent / "nbs").parts))

def test_notebooks_found():
    "The suite must not pass vacuously: there are notebooks to run."
    assert len(NBS) >= 3, f"expected the project's notebooks under nbs/, found {NBS}"

@pytest.mark.parametrize("nb", NBS, ids=[p.stem for p in NBS])
def test_notebook(nb, monkeypatch):
    monkeypatch.chdir(nb.parent)
    skip = get_config().tst_flags.split()
    ok, secs = _run_notebook(nb, skip_flags=skip, force_flags=[], do_print=False, basepath=str(nb.parent.parent))
    assert ok, f"a cell of {nb.name} failed (details above)"
