"""The corpora through every entry point, against `extract --jsonl`, record for record."""

from __future__ import annotations

import json
from typing import Any, Dict

import pyarrow as pa
import pytest

import milcoop

# The diagnostics the JSON Lines interface gives for unreadable metadata, and
# the error milcoop.parse raises for the same argument instead.
METADATA_ERRORS = {"invalid_published": "invalid_date", "unknown_outlet_country": "unknown_country"}


def metadata_problem(output: Dict[str, Any]) -> Any:
    """The ParseError kind parse() must raise for this article, if any."""
    for d in output.get("report", {}).get("diagnostics", []):
        if d["kind"] in METADATA_ERRORS:
            return METADATA_ERRORS[d["kind"]]
    return None


def test_parse_equals_extract(corpus: Any) -> None:
    checked = 0
    for article, output in zip(corpus.articles, corpus.outputs):
        if "text" not in article:
            assert output["error"]["kind"] == "missing_field"
            continue
        kwargs = dict(published=article.get("published"), outlet_country=article.get("outlet_country"))
        problem = metadata_problem(output)
        if problem:
            # Unreadable metadata: a diagnostic in the corpus interface, an
            # error for a caller who passed it.
            with pytest.raises(milcoop.ParseError) as e:
                milcoop.parse(article["text"], **kwargs)
            assert e.value.kind == problem
            continue
        assert milcoop.parse(article["text"], **kwargs) == output["report"], article["id"]
        checked += 1
    assert checked >= len(corpus.articles) - 3


def test_parse_many_equals_extract(corpus: Any) -> None:
    pairs = [
        (a, o) for a, o in zip(corpus.articles, corpus.outputs) if "text" in a and not metadata_problem(o)
    ]
    reports = milcoop.parse_many(
        [a["text"] for a, _ in pairs],
        published=[a.get("published") for a, _ in pairs],
        outlet_country=[a.get("outlet_country") for a, _ in pairs],
    )
    assert len(reports) == len(pairs)
    for (a, o), report in zip(pairs, reports):
        assert report == o["report"], a["id"]


def batch_of(corpus: Any, check_tables: Any) -> pa.RecordBatch:
    return pa.RecordBatch.from_pydict(
        {
            "id": [check_tables.line_id(l, o) for l, o in zip(corpus.expected, corpus.outputs)],
            "text": [a.get("text") for a in corpus.articles],
            "published": [a.get("published") for a in corpus.articles],
            "outlet_country": [a.get("outlet_country") for a in corpus.articles],
        },
        schema=pa.schema(
            [("id", pa.string()), ("text", pa.string()), ("published", pa.string()),
             ("outlet_country", pa.string())]
        ),
    )


def test_parse_arrow_reports_are_extracts_bytes(corpus: Any, check_tables: Any) -> None:
    out = milcoop.parse_arrow(batch_of(corpus, check_tables))
    assert out.schema == milcoop.table_schemas()["reports"]
    assert out.num_rows == len(corpus.lines)
    rows = out.to_pylist()
    for line, obj, row in zip(corpus.expected, corpus.outputs, rows):
        raw_id = line[len('{"id":'):line.index(',"')]
        if "report" in obj:
            # The very bytes extract writes for the report.
            assert line == '{"id":' + raw_id + ',"report":' + row["report"] + "}"
            assert row["error_kind"] is None and row["error_message"] is None
        else:
            assert row["report"] is None
            assert (row["error_kind"], row["error_message"]) == (
                obj["error"]["kind"], obj["error"]["message"]
            )


def test_parse_arrow_tables_equal_extract_flattened(corpus: Any, check_tables: Any) -> None:
    tables = milcoop.parse_arrow(batch_of(corpus, check_tables), tables=True)
    assert set(tables) == {"reports", *milcoop.TABLES}
    want = check_tables.expected_rows(corpus.expected)
    schemas = milcoop.table_schemas()
    for name in milcoop.TABLES:
        assert tables[name].schema == schemas[name], name
        got = tables[name].to_pylist()
        assert check_tables.compare(name, got, want[name]) == []
        # In input order, record by record.
        assert got == want[name], name
    assert tables["articles"].num_rows == len(corpus.lines)


def test_the_corpora_have_records(corpus: Any) -> None:
    """The comparisons above are not over empty reports."""
    if corpus.name == "edge":
        return
    records = sum(
        len(o["report"][k])
        for o in corpus.outputs
        for k in ("meetings", "cooperation_plans", "exercises", "statistics")
    )
    assert records >= len(corpus.articles)


def test_parse_arrow_json_column_reads_back(corpus: Any, check_tables: Any) -> None:
    out = milcoop.parse_arrow(batch_of(corpus, check_tables))
    for obj, report in zip(corpus.outputs, out.column("report").to_pylist()):
        if report is not None:
            assert json.loads(report) == obj["report"]
