"""milcoop.parse: the seed article, arguments, the report's shape, the package's surface."""

from __future__ import annotations

import ast
import datetime
import doctest
import inspect
import pathlib
import re

import pytest

import milcoop

from conftest import REPO, SEED

REPORT_KEYS = ["headline", "meetings", "cooperation_plans", "exercises", "statistics", "diagnostics"]


def test_seed_article() -> None:
    r = milcoop.parse(SEED, outlet_country="KZ")
    assert list(r) == REPORT_KEYS
    assert r["headline"] == "Kazakh-US military cooperation discussed in Astana"

    [meeting] = r["meetings"]
    people = [(p["name"], p["role"], p["country"]) for p in meeting["participants"]]
    assert people == [
        ("Adilbek Dzhaksybekov", "Minister of Defense", "KZ"),
        ("Richard Hoagland", "Ambassador", "US"),
    ]
    assert meeting["location"] == "Astana"
    assert meeting["date"]["text"] == "Friday"
    assert meeting["date"]["resolved"] is None
    for p in meeting["participants"]:
        span = p["span"]
        assert SEED.encode("utf-8")[span["start"]:span["end"]].decode("utf-8") == p["name"]

    plans = {p["name"]: p for p in r["cooperation_plans"]}
    assert set(plans) == {"Cooperation Plan", "Military Contacts Plan"}
    assert plans["Cooperation Plan"]["duration_years"] == 5
    assert plans["Cooperation Plan"]["parties"] == ["KZ", "US"]
    assert "peacekeeping" in plans["Cooperation Plan"]["fields"]

    exercises = {e["name"]: e for e in r["exercises"]}
    assert set(exercises) == {"Regional Cooperation", "Joint Efforts", "Golden Medic", "Steppe Eagle"}
    assert exercises["Steppe Eagle"]["since_year"] == 2007
    assert exercises["Steppe Eagle"]["location"] == "Kazakhstan"

    stats = [(s["value"], s["metric"], s["years"]["start"], s["years"]["end"]) for s in r["statistics"]]
    assert stats == [(30, "joint activities", 2003, 2004), (100, "joint activities", 2008, 2009)]
    kinds = [d["kind"] for d in r["diagnostics"]]
    assert "repaired_year" in kinds  # "208-2009"
    assert "unresolved_date" in kinds  # "Friday" without a publication date


@pytest.mark.parametrize(
    "published",
    [
        datetime.date(2009, 11, 21),
        datetime.datetime(2009, 11, 21, 23, 30),
        datetime.datetime(2009, 11, 21, 23, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=-5))),
        "2009-11-21",
        "2009-11-21T23:30:00-05:00",
    ],
)
def test_published_resolves_friday(published: object) -> None:
    r = milcoop.parse(SEED, published=published, outlet_country="KZ")
    assert r["meetings"][0]["date"]["resolved"] == "2009-11-20"
    assert "unresolved_date" not in [d["kind"] for d in r["diagnostics"]]


def test_bad_published() -> None:
    with pytest.raises(milcoop.ParseError) as e:
        milcoop.parse(SEED, published="last Friday")
    assert e.value.kind == "invalid_date"
    assert str(e.value) == "invalid date 'last Friday', expected YYYY-MM-DD"
    with pytest.raises(TypeError):
        milcoop.parse(SEED, published=20091121)  # type: ignore[arg-type]


def test_outlet_country() -> None:
    text = "Talks\n\nMinister of Defense of Kazakhstan Adilbek Dzhaksybekov met with U. S. Ambassador to our country Richard Hoagland."
    assert milcoop.parse(text, outlet_country="kz") == milcoop.parse(text, outlet_country="KZ")
    with pytest.raises(milcoop.ParseError) as e:
        milcoop.parse(text, outlet_country="XX")
    assert e.value.kind == "unknown_country"
    assert "'XX'" in str(e.value)
    with pytest.raises(TypeError):
        milcoop.parse(text, outlet_country=7)  # type: ignore[arg-type]


def test_kinds() -> None:
    only = milcoop.parse(SEED, kinds=["statistics"])
    assert only["meetings"] == [] and only["exercises"] == [] and only["cooperation_plans"] == []
    assert only["statistics"] == milcoop.parse(SEED)["statistics"]
    assert milcoop.parse(SEED, kinds="meetings")["meetings"] == milcoop.parse(SEED)["meetings"]
    assert milcoop.parse(SEED, kinds="meetings")["statistics"] == []
    with pytest.raises(ValueError, match="unknown record kind 'plans'"):
        milcoop.parse(SEED, kinds=["plans"])


def test_bytes_are_utf8_text() -> None:
    assert milcoop.parse(SEED.encode("utf-8")) == milcoop.parse(SEED)
    assert milcoop.parse(bytearray(SEED.encode("utf-8"))) == milcoop.parse(SEED)


def test_empty_and_plain_texts() -> None:
    empty = milcoop.parse("")
    assert empty == {k: ([] if k != "headline" else None) for k in REPORT_KEYS}
    assert milcoop.parse("One paragraph.\n")["headline"] is None


def test_version_is_the_crates() -> None:
    cargo = (REPO / "milcoop-py" / "Cargo.toml").read_text(encoding="utf-8")
    version = re.search(r'^version = "([^"]+)"', cargo, re.M).group(1)
    assert milcoop.__version__ == version


def test_module_docstring_example_runs() -> None:
    failures, tried = doctest.testmod(milcoop, verbose=False)
    assert tried > 0 and failures == 0


def test_public_functions_have_docstrings() -> None:
    for name in milcoop.__all__:
        obj = getattr(milcoop, name)
        if callable(obj):
            assert (obj.__doc__ or "").strip(), name
    assert "ValueError" in milcoop.__doc__


def stub_functions() -> dict:
    stub = pathlib.Path(milcoop.__file__).with_name("__init__.pyi")
    tree = ast.parse(stub.read_text(encoding="utf-8"))
    out = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            out.setdefault(node.name, node)  # overloads share one signature's names
    return out


def test_stubs_match_the_runtime() -> None:
    stubs = stub_functions()
    assert {"parse", "parse_many", "parse_arrow", "table_schemas"} <= set(stubs)
    for name, node in stubs.items():
        runtime = inspect.signature(getattr(milcoop, name))
        params = list(runtime.parameters.values())
        a = node.args
        assert [x.arg for x in a.posonlyargs + a.args] == [
            p.name for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        ], name
        assert [x.arg for x in a.kwonlyargs] == [p.name for p in params if p.kind == p.KEYWORD_ONLY], name
    stub_names = {
        n.target.id if isinstance(n, ast.AnnAssign) else n.name
        for n in ast.parse(pathlib.Path(milcoop.__file__).with_name("__init__.pyi").read_text()).body
        if isinstance(n, (ast.AnnAssign, ast.FunctionDef, ast.ClassDef))
    }
    assert set(milcoop.__all__) <= stub_names
    assert (pathlib.Path(milcoop.__file__).with_name("py.typed")).exists()
