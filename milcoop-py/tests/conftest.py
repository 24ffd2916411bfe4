"""Shared fixtures: the corpora, and what `extract --jsonl` writes for them.

The tests compare the Python package with the library's own corpus tool,
`target/release/examples/extract` (the scorer's reference: build it with
`cargo build --release --example extract`, or point MILCOOP_EXTRACT at it).
The corpora are those of the shared folder beside the repository
(`../shared`, or MILCOOP_SHARED), turned into JSON Lines by the scorer's own
`make_input`, plus the edge cases of tests/data/edge.jsonl.
"""

from __future__ import annotations

import importlib.util
import json
import os
import pathlib
import subprocess
from typing import Any, Dict, List

import pytest

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent.parent
SHARED = pathlib.Path(os.environ.get("MILCOOP_SHARED", REPO.parent / "shared"))
EXTRACT = pathlib.Path(
    os.environ.get("MILCOOP_EXTRACT", REPO / "target" / "release" / "examples" / "extract")
)
SEED = (REPO / "tests" / "fixtures" / "seed.txt").read_text(encoding="utf-8")

# Each corpus: the JSON Lines input lines, in order.
CORPORA = ("dev", "dev2", "dev3", "seed", "edge")


def load_module(name: str, path: pathlib.Path) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader, f"cannot load {path}"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def check_tables() -> Any:
    """examples/spark/check_tables.py: the plain-Python reference flattening."""
    return load_module("check_tables", REPO / "examples" / "spark" / "check_tables.py")


def input_lines(name: str) -> List[str]:
    if name == "edge":
        return (HERE / "data" / "edge.jsonl").read_text(encoding="utf-8").splitlines()
    score = load_module("score", SHARED / "eval" / "score.py")
    gold = SHARED / "corpus" / ("seed.json" if name == "seed" else name)
    if not gold.exists():
        pytest.fail(f"{gold} is missing: set MILCOOP_SHARED to the shared folder")
    return score.make_input(score.load_gold([str(gold)])).splitlines()


def run_extract(lines: List[str]) -> List[str]:
    if not EXTRACT.exists():
        pytest.fail(
            f"{EXTRACT} is missing: run `cargo build --release --example extract` "
            "or set MILCOOP_EXTRACT"
        )
    data = "".join(line + "\n" for line in lines).encode("utf-8")
    proc = subprocess.run([str(EXTRACT), "--jsonl"], input=data, capture_output=True, check=True)
    return proc.stdout.decode("utf-8").splitlines()


class Corpus:
    """A corpus's input lines, the articles they hold, and extract's output lines."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.lines = input_lines(name)
        self.articles: List[Dict[str, Any]] = [json.loads(line) for line in self.lines]
        self.expected = run_extract(self.lines)
        assert len(self.expected) == len(self.lines), "extract wrote one line per article"
        self.outputs = [json.loads(line) for line in self.expected]


_corpora: Dict[str, Corpus] = {}


@pytest.fixture(params=CORPORA)
def corpus(request: Any) -> Corpus:
    name = request.param
    if name not in _corpora:
        _corpora[name] = Corpus(name)
    return _corpora[name]
