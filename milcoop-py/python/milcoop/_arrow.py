"""parse_arrow: a pyarrow RecordBatch of articles in, reports and flat tables out.

The batch crosses into Rust once (``_milcoop.parse_rows``), which parses
every row without the GIL on several threads; this module only takes the
columns apart and builds the output arrays.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

try:
    import pyarrow as pa
    import pyarrow.compute as pc
except ImportError as e:  # pragma: no cover - exercised without pyarrow only
    raise ImportError(
        "milcoop.parse_arrow needs pyarrow: pip install pyarrow (or 'milcoop[arrow]')"
    ) from e

from . import _milcoop


def _columns() -> Dict[str, List[Tuple[str, Any]]]:
    """Each flat table's columns after ``id``, in order, with their types.

    Record and participant numbers count from 0, as the report's arrays do;
    ``start`` and ``end`` are byte offsets into the text (end exclusive);
    countries are ISO 3166-1 alpha-2 codes.
    """
    i32, i64, s, d = pa.int32(), pa.int64(), pa.string(), pa.date32()
    names = pa.list_(s)
    return {
        "articles": [
            ("headline", s),
            ("meetings", i32),
            ("cooperation_plans", i32),
            ("exercises", i32),
            ("statistics", i32),
            ("diagnostics", i32),
            ("error_kind", s),
        ],
        "meetings": [
            ("meeting", i32),
            ("date_text", s),
            ("date", d),
            ("location", s),
            ("participants", names),
            ("start", i64),
            ("end", i64),
        ],
        "participants": [
            ("meeting", i32),
            ("participant", i32),
            ("name", s),
            ("role", s),
            ("country", s),
            ("start", i64),
            ("end", i64),
        ],
        "plans": [
            ("plan", i32),
            ("name", s),
            ("duration_years", i32),
            ("year_start", i32),
            ("year_end", i32),
            ("fields", names),
            ("parties", names),
            ("start", i64),
            ("end", i64),
        ],
        "exercises": [
            ("exercise", i32),
            ("name", s),
            ("year", i32),
            ("since_year", i32),
            ("location", s),
            ("participants", names),
            ("start", i64),
            ("end", i64),
        ],
        "statistics": [
            ("statistic", i32),
            ("value", pa.float64()),
            ("metric", s),
            ("year_start", i32),
            ("year_end", i32),
            ("start", i64),
            ("end", i64),
        ],
        "diagnostics": [
            ("diagnostic", i32),
            ("kind", s),
            ("message", s),
            ("start", i64),
            ("end", i64),
        ],
        "errors": [("kind", s), ("message", s)],
    }


def table_schemas(id_type: Any = None) -> Dict[str, "pa.Schema"]:
    id_type = pa.string() if id_type is None else id_type
    out = {
        "reports": pa.schema(
            [
                ("id", id_type),
                ("report", pa.string()),
                ("error_kind", pa.string()),
                ("error_message", pa.string()),
            ]
        )
    }
    for name, cols in _columns().items():
        out[name] = pa.schema([("id", id_type)] + cols)
    return out


def _is_string(t: Any) -> bool:
    return (
        pa.types.is_string(t)
        or pa.types.is_large_string(t)
        or (hasattr(pa.types, "is_string_view") and pa.types.is_string_view(t))
    )


def _strings(batch: "pa.RecordBatch", name: str, dates: bool = False) -> Optional[List[Any]]:
    """A column's values as a list of str or None; None when it is absent."""
    if name not in batch.schema.names:
        return None
    col = batch.column(name)
    t = col.type
    if pa.types.is_null(t):
        return None
    if _is_string(t):
        return col.to_pylist()
    if dates and (pa.types.is_date(t)):
        return col.cast(pa.string()).to_pylist()
    if dates and pa.types.is_timestamp(t):
        # The date as written: in the column's time zone when it has one.
        return pc.strftime(col, format="%Y-%m-%d").to_pylist()
    kind = "a string, date or timestamp" if dates else "a string"
    raise TypeError(f"column '{name}' must be {kind} column, not {t}")


def _batch(data: Any) -> "pa.RecordBatch":
    if isinstance(data, pa.RecordBatch):
        return data
    if isinstance(data, pa.Table):
        # One chunk per column, so at most one batch.
        batches = data.combine_chunks().to_batches()
        if len(batches) == 1:
            return batches[0]
        if not batches:
            return pa.RecordBatch.from_pylist([], schema=data.schema)
    raise TypeError(f"parse_arrow takes a pyarrow.RecordBatch or Table, not {type(data).__name__}")


def parse_arrow(data: Any, *, tables: bool, kinds: Optional[List[str]], threads: Optional[int]) -> Any:
    batch = _batch(data)
    names = batch.schema.names
    for needed in ("id", "text"):
        if needed not in names:
            raise ValueError(f"the batch has no '{needed}' column (it has: {', '.join(names)})")
    texts = _strings(batch, "text")
    if texts is None:
        # A column of nulls only: every row lacks its text.
        texts = [None] * batch.num_rows
    published = _strings(batch, "published", dates=True)
    outlet = _strings(batch, "outlet_country")

    reports, error_kinds, error_messages, flat = _milcoop.parse_rows(
        texts, published, outlet, tables, kinds, threads
    )
    ids = batch.column("id")
    schemas = table_schemas(ids.type)
    out = pa.RecordBatch.from_arrays(
        [
            ids,
            pa.array(reports, pa.string()),
            pa.array(error_kinds, pa.string()),
            pa.array(error_messages, pa.string()),
        ],
        schema=schemas["reports"],
    )
    if not tables:
        return out
    result = {"reports": out}
    for name, cols in _columns().items():
        data = flat[name]
        arrays = [ids.take(pa.array(data["row"], pa.int64()))]
        for col, t in cols:
            values = data[col]
            if pa.types.is_date32(t):
                # Days since 1970-01-01.
                arrays.append(pa.array(values, pa.int32()).cast(t))
            else:
                arrays.append(pa.array(values, t))
        result[name] = pa.RecordBatch.from_arrays(arrays, schema=schemas[name])
    return result
