"""milcoop.parse_many: input order, per-text metadata, threads, the GIL."""

from __future__ import annotations

import datetime
import threading
import time

import pytest

import milcoop

from conftest import SEED

MEETING = (
    "Talks number {i}\n\nMinister of Defense of Kazakhstan Adilbek Dzhaksybekov met with "
    "U. S. Ambassador Richard Hoagland on Friday. In 2003-2004 over {i} joint activities were held."
)


def texts(n: int) -> list:
    return [MEETING.format(i=i) for i in range(n)]


@pytest.mark.parametrize("threads", [None, 1, 2, 7])
def test_results_come_in_input_order(threads: object) -> None:
    reports = milcoop.parse_many(texts(300), threads=threads)
    assert [r["headline"] for r in reports] == [f"Talks number {i}" for i in range(300)]
    assert [r["statistics"][0]["value"] for r in reports[1:]] == list(range(1, 300))


def test_equals_parse_one_by_one() -> None:
    many = texts(40) + [SEED, "", "No headline here.\n"]
    assert milcoop.parse_many(many) == [milcoop.parse(t) for t in many]


def test_any_iterable_and_empty() -> None:
    assert milcoop.parse_many(iter(texts(3))) == milcoop.parse_many(texts(3))
    assert milcoop.parse_many(t for t in texts(3)) == milcoop.parse_many(texts(3))
    assert milcoop.parse_many([]) == []


def test_one_published_for_all_or_one_per_text() -> None:
    ts = texts(3)
    same = milcoop.parse_many(ts, published=datetime.date(2009, 11, 21), outlet_country="KZ")
    assert [r["meetings"][0]["date"]["resolved"] for r in same] == ["2009-11-20"] * 3
    each = milcoop.parse_many(
        ts,
        published=[datetime.date(2009, 11, 21), None, "2024-02-04T10:00:00Z"],
        outlet_country=("KZ", None, "US"),
    )
    assert [r["meetings"][0]["date"]["resolved"] for r in each] == ["2009-11-20", None, "2024-02-02"]
    assert each[0] == milcoop.parse(ts[0], published="2009-11-21", outlet_country="KZ")
    assert each[1] == milcoop.parse(ts[1])


def test_kinds() -> None:
    reports = milcoop.parse_many(texts(20), kinds=["statistics"])
    assert all(r["meetings"] == [] and len(r["statistics"]) == 1 for r in reports)


def watch(texts: list) -> tuple:
    """Runs parse_many(texts) on a thread while this one ticks every
    millisecond: (the call's duration, the longest pause between ticks)."""
    done = threading.Event()
    took = []

    def work() -> None:
        t0 = time.perf_counter()
        milcoop.parse_many(texts, threads=1)
        took.append(time.perf_counter() - t0)
        done.set()

    worker = threading.Thread(target=work)
    ticks = []
    worker.start()
    while not done.is_set():
        ticks.append(time.perf_counter())
        time.sleep(0.001)
    worker.join()
    return took[0], max(b - a for a, b in zip(ticks, ticks[1:]))


def test_the_gil_is_released_while_parsing() -> None:
    """Another Python thread keeps running while parse_many works: the longest
    pause it sees is far shorter than the call (a held GIL would pause it for
    the whole call)."""
    n = 1000
    while True:
        took, longest = watch([SEED] * n)
        if took > 0.3 or n >= 64000:
            break
        n *= 4
    assert took > 0.3, f"{n} articles took {took:.3f} s: too short to tell"
    assert longest < took / 2, f"this thread paused {longest:.3f} s of a {took:.3f} s call"
