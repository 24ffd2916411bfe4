"""milcoop.parse_arrow: column types, ids, metadata columns, round trips."""

from __future__ import annotations

import datetime
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import milcoop

from conftest import SEED

SCHEMAS = milcoop.table_schemas()


def seed_batch(**extra: object) -> pa.RecordBatch:
    cols = {"id": ["s1", "s2"], "text": [SEED, "Talks\n\nNothing."]}
    cols.update(extra)
    return pa.RecordBatch.from_pydict(cols)


def test_ids_keep_their_type_and_order() -> None:
    ids = pa.array([30, 10, 20], pa.int64())
    batch = pa.RecordBatch.from_arrays(
        [ids, pa.array(["Talks\n\nA.", "Talks\n\nB.", SEED])], names=["id", "text"]
    )
    tables = milcoop.parse_arrow(batch, tables=True)
    assert tables["reports"].column("id").equals(ids)
    assert tables["articles"].column("id").equals(ids)
    assert tables["meetings"].schema.field("id").type == pa.int64()
    assert tables["meetings"].column("id").to_pylist() == [20]
    assert tables["participants"].column("id").to_pylist() == [20, 20]


def test_published_as_date_timestamp_or_string_alike() -> None:
    as_string = milcoop.parse_arrow(seed_batch(published=["2009-11-21", None]))
    as_date = milcoop.parse_arrow(seed_batch(published=pa.array([datetime.date(2009, 11, 21), None])))
    as_timestamp = milcoop.parse_arrow(
        seed_batch(published=pa.array([datetime.datetime(2009, 11, 21, 23, 0), None], pa.timestamp("s")))
    )
    assert as_string.equals(as_date) and as_string.equals(as_timestamp)
    report = json.loads(as_string.column("report")[0].as_py())
    assert report["meetings"][0]["date"]["resolved"] == "2009-11-20"
    assert json.loads(as_string.column("report")[0].as_py()) == milcoop.parse(SEED, published="2009-11-21")


def test_bad_metadata_is_a_diagnostic_not_an_error() -> None:
    out = milcoop.parse_arrow(seed_batch(published=["last Friday", None], outlet_country=["XX", "KZ"]))
    assert out.column("error_kind").null_count == 2
    report = json.loads(out.column("report")[0].as_py())
    kinds = [d["kind"] for d in report["diagnostics"]][:2]
    assert kinds == ["invalid_published", "unknown_outlet_country"]
    assert report["meetings"][0]["participants"][0]["name"] == "Adilbek Dzhaksybekov"


def test_null_text_is_a_missing_field_error() -> None:
    batch = pa.RecordBatch.from_pydict({"id": ["a", "b"], "text": [None, "Talks\n\nNothing."]})
    tables = milcoop.parse_arrow(batch, tables=True)
    assert tables["reports"].column("report").to_pylist()[0] is None
    assert tables["reports"].column("error_kind").to_pylist() == ["missing_field", None]
    assert tables["errors"].to_pylist() == [
        {"id": "a", "kind": "missing_field", "message": "the article has no 'text' field"}
    ]
    assert tables["articles"].column("error_kind").to_pylist() == ["missing_field", None]
    assert tables["articles"].column("headline").to_pylist() == [None, "Talks"]
    all_null = pa.RecordBatch.from_arrays([pa.array(["x"]), pa.nulls(1)], names=["id", "text"])
    assert milcoop.parse_arrow(all_null).column("error_kind").to_pylist() == ["missing_field"]


def test_text_column_types() -> None:
    large = pa.RecordBatch.from_arrays([pa.array(["a"]), pa.array([SEED], pa.large_string())], names=["id", "text"])
    plain = pa.RecordBatch.from_arrays([pa.array(["a"]), pa.array([SEED])], names=["id", "text"])
    assert milcoop.parse_arrow(large).equals(milcoop.parse_arrow(plain))
    binary = pa.RecordBatch.from_arrays([pa.array(["a"]), pa.array([b"x"])], names=["id", "text"])
    with pytest.raises(TypeError, match="column 'text' must be a string column"):
        milcoop.parse_arrow(binary)
    with pytest.raises(ValueError, match="no 'id' column"):
        milcoop.parse_arrow(pa.RecordBatch.from_pydict({"text": ["a"]}))
    with pytest.raises(TypeError):
        milcoop.parse_arrow({"id": ["a"], "text": ["b"]})


def test_table_input_and_chunks() -> None:
    table = pa.Table.from_batches([seed_batch(), seed_batch()])
    assert table.column("text").num_chunks == 2
    out = milcoop.parse_arrow(table)
    assert out.num_rows == 4
    assert out.column("report").to_pylist()[:2] == out.column("report").to_pylist()[2:]


def test_empty_batch() -> None:
    empty = pa.RecordBatch.from_pydict({"id": pa.array([], pa.string()), "text": pa.array([], pa.string())})
    tables = milcoop.parse_arrow(empty, tables=True)
    for name, schema in SCHEMAS.items():
        assert tables[name].num_rows == 0
        assert tables[name].schema == schema


def test_threads_do_not_change_the_output() -> None:
    texts = [SEED, "Talks\n\nNothing.", ""] * 30
    batch = pa.RecordBatch.from_pydict({"id": list(range(len(texts))), "text": texts})
    one = milcoop.parse_arrow(batch, tables=True, threads=1)
    two = milcoop.parse_arrow(batch, tables=True, threads=3)
    for name in one:
        assert one[name].equals(two[name]), name


def test_kinds() -> None:
    tables = milcoop.parse_arrow(seed_batch(), tables=True, kinds=["exercises"])
    assert tables["meetings"].num_rows == 0 and tables["statistics"].num_rows == 0
    assert tables["exercises"].num_rows == 4


def test_round_trip_through_ipc_and_parquet(tmp_path: object) -> None:
    """Batches in, batches out, and they survive Arrow IPC and Parquet as they are."""
    source = seed_batch(published=["2009-11-21", None], outlet_country=["KZ", None])
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, source.schema) as w:
        w.write_batch(source)
    [back] = list(pa.ipc.open_stream(sink.getvalue()))
    assert back.equals(source)
    tables = milcoop.parse_arrow(back, tables=True)
    for name, batch in tables.items():
        path = f"{tmp_path}/{name}.parquet"
        pq.write_table(pa.Table.from_batches([batch]), path)
        assert pq.read_table(path).to_pylist() == batch.to_pylist(), name
    m = tables["meetings"].to_pylist()[0]
    assert m["date"] == datetime.date(2009, 11, 20)
    assert m["participants"] == ["Adilbek Dzhaksybekov", "Richard Hoagland"]
    assert tables["statistics"].column("value").to_pylist() == [30.0, 100.0]
    assert tables["plans"].column("parties").to_pylist() == [["KZ", "US"], ["KZ", "US"]]
    assert tables["diagnostics"].column("kind").to_pylist() == ["repaired_year"]
