#!/usr/bin/env python3
"""Checks the Spark job's Parquet tables against `extract --jsonl` output.

    python3 examples/spark/check_tables.py OUTPUT EXPECTED.jsonl

OUTPUT is the folder that extract_job.py wrote; EXPECTED.jsonl is what
`target/release/examples/extract --jsonl` wrote for the same input lines.
Each extract line is flattened here, in plain Python and independently of
milcoop's own (Rust) flattening, into the rows the job's tables should hold;
every table must then hold exactly those rows (as multisets: Spark writes
rows in no particular order). One difference is by design: a line that is
not JSON has no id in Spark's tables (extract names it "line:N", Spark
knows no line numbers) and Spark's own message. Exit status 0 when all tables are equal, 1
otherwise, with the first differences. Needs pyarrow.

`flatten` is also the reference of the pytest suite's Arrow tests.
"""

from __future__ import annotations

import datetime
import json
import re
import sys
from collections import Counter
from typing import Any, Dict, List

TABLES = (
    "articles",
    "meetings",
    "participants",
    "plans",
    "exercises",
    "statistics",
    "diagnostics",
    "errors",
)


def line_id(line: str, obj: Dict[str, Any]) -> str:
    """An output line's id as text: a string as itself, a number as written."""
    if isinstance(obj["id"], str):
        return obj["id"]
    m = re.match(r'\{"id":([^,]+),', line)
    return m.group(1) if m else str(obj["id"])


def flatten(id: Any, obj: Dict[str, Any]) -> Dict[str, List[Dict[str, Any]]]:
    """The flat rows of one article's output line object ({id, report} or
    {id, error}), the article keyed by `id`."""
    rows: Dict[str, List[Dict[str, Any]]] = {t: [] for t in TABLES}
    if "error" in obj:
        e = obj["error"]
        rows["articles"].append(
            dict(id=id, headline=None, meetings=None, cooperation_plans=None, exercises=None,
                 statistics=None, diagnostics=None, error_kind=e["kind"])
        )
        rows["errors"].append(dict(id=id, kind=e["kind"], message=e["message"]))
        return rows
    r = obj["report"]
    rows["articles"].append(
        dict(id=id, headline=r["headline"], meetings=len(r["meetings"]),
             cooperation_plans=len(r["cooperation_plans"]), exercises=len(r["exercises"]),
             statistics=len(r["statistics"]), diagnostics=len(r["diagnostics"]), error_kind=None)
    )
    for i, m in enumerate(r["meetings"]):
        date = m["date"] or {}
        resolved = date.get("resolved")
        rows["meetings"].append(
            dict(id=id, meeting=i, date_text=date.get("text"),
                 date=datetime.date.fromisoformat(resolved) if resolved else None,
                 location=m["location"], participants=[p["name"] for p in m["participants"]],
                 start=m["span"]["start"], end=m["span"]["end"])
        )
        for j, p in enumerate(m["participants"]):
            rows["participants"].append(
                dict(id=id, meeting=i, participant=j, name=p["name"], role=p["role"],
                     country=p["country"], start=p["span"]["start"], end=p["span"]["end"])
            )
    for i, p in enumerate(r["cooperation_plans"]):
        years = p["years"] or {}
        rows["plans"].append(
            dict(id=id, plan=i, name=p["name"], duration_years=p["duration_years"],
                 year_start=years.get("start"), year_end=years.get("end"), fields=p["fields"],
                 parties=p["parties"], start=p["span"]["start"], end=p["span"]["end"])
        )
    for i, e in enumerate(r["exercises"]):
        rows["exercises"].append(
            dict(id=id, exercise=i, name=e["name"], year=e["year"], since_year=e["since_year"],
                 location=e["location"], participants=e["participants"],
                 start=e["span"]["start"], end=e["span"]["end"])
        )
    for i, s in enumerate(r["statistics"]):
        rows["statistics"].append(
            dict(id=id, statistic=i, value=float(s["value"]), metric=s["metric"],
                 year_start=s["years"]["start"], year_end=s["years"]["end"],
                 start=s["span"]["start"], end=s["span"]["end"])
        )
    for i, d in enumerate(r["diagnostics"]):
        rows["diagnostics"].append(
            dict(id=id, diagnostic=i, kind=d["kind"], message=d["message"],
                 start=d["span"]["start"], end=d["span"]["end"])
        )
    return rows


# What the Spark job says of a line its JSON reader cannot read (extract
# says why, and names the line: "line:N"; Spark knows neither).
SPARK_UNREADABLE = "the line is not a JSON object (Spark could not read it)"


def expected_rows(lines: List[str], spark: bool = False) -> Dict[str, List[Dict[str, Any]]]:
    """The rows of extract's output lines. With `spark`, as the Spark job
    writes lines that are not JSON: without id, with its own message."""
    out: Dict[str, List[Dict[str, Any]]] = {t: [] for t in TABLES}
    for line in lines:
        if not line.strip():
            continue
        obj = json.loads(line)
        id = line_id(line, obj)
        if spark and obj.get("error", {}).get("kind") == "invalid_json":
            id, obj = None, {"error": {"kind": "invalid_json", "message": SPARK_UNREADABLE}}
        for t, rows in flatten(id, obj).items():
            out[t].extend(rows)
    return out


def frozen(row: Dict[str, Any]) -> tuple:
    """A row as a hashable, comparable value (lists become tuples)."""
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in row.items()))


def compare(name: str, got: List[Dict[str, Any]], want: List[Dict[str, Any]]) -> List[str]:
    """The differences between two tables' rows, as messages (none: equal)."""
    problems = []
    if got and want and set(got[0]) != set(want[0]):
        return [f"{name}: columns {sorted(got[0])}, expected {sorted(want[0])}"]
    g, w = Counter(map(frozen, got)), Counter(map(frozen, want))
    for row in list((g - w).elements())[:3]:
        problems.append(f"{name}: unexpected row {dict(row)}")
    for row in list((w - g).elements())[:3]:
        problems.append(f"{name}: missing row {dict(row)}")
    if len(got) != len(want):
        problems.append(f"{name}: {len(got)} rows, expected {len(want)}")
    return problems


def main(argv: List[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    import pyarrow.parquet as pq

    out_dir, expected_path = argv
    with open(expected_path, encoding="utf-8") as f:
        want = expected_rows(f.read().splitlines(), spark=True)
    failed = 0
    for name in TABLES:
        got = pq.read_table(f"{out_dir.rstrip('/')}/{name}").to_pylist()
        problems = compare(name, got, want[name])
        if problems:
            failed += 1
            print("\n".join(problems))
        else:
            print(f"{name}: {len(got)} rows, equal to extract --jsonl's")
    print(f"tables: {len(TABLES) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
