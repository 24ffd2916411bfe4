"""milcoop: English news about defense and military cooperation, as records.

From one article milcoop reads meetings (who met whom, when, where),
cooperation plans, military exercises and year-range statistics. Every
function returns the JSON shape of the output contract
(``../shared/spec/OUTPUT.md``: ``headline``, ``meetings``,
``cooperation_plans``, ``exercises``, ``statistics``, ``diagnostics``), as
plain dicts and lists, or as Arrow tables.

>>> import milcoop
>>> report = milcoop.parse("Kazakh-US talks\\n\\nMinister of Defense of Kazakhstan "
...                        "Adilbek Dzhaksybekov met with U. S. Ambassador Richard Hoagland "
...                        "on Friday.", published="2009-11-21")
>>> report["headline"]
'Kazakh-US talks'
>>> [p["name"] for p in report["meetings"][0]["participants"]]
['Adilbek Dzhaksybekov', 'Richard Hoagland']

The parser is written in Rust: ``parse_many`` and ``parse_arrow`` release
the GIL and use every core. An input it cannot read raises
:class:`ParseError`, a :class:`ValueError`.
"""

from __future__ import annotations

import datetime as _dt
import json as _json
from typing import Any, Dict, Iterable, List, Optional, Sequence, Union

from . import _milcoop
from ._milcoop import ParseError, __version__

__all__ = [
    "ParseError",
    "RECORD_KINDS",
    "TABLES",
    "__version__",
    "parse",
    "parse_arrow",
    "parse_many",
    "table_schemas",
]

#: The record kinds a parse can be limited to (``kinds=``).
RECORD_KINDS = ("meetings", "cooperation_plans", "exercises", "statistics")

#: The flat tables of ``parse_arrow(..., tables=True)``, besides ``reports``.
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

Date = Union[_dt.date, str]


def _date(value: Any, what: str = "published") -> Optional[str]:
    """A publication date as the ISO string the parser reads."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, _dt.datetime):
        # The date as written, whatever the time zone.
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    raise TypeError(
        f"{what} must be a datetime.date, an ISO date string or None, "
        f"not {type(value).__name__}"
    )


def _country(value: Any) -> Optional[str]:
    if value is None or isinstance(value, str):
        return value
    raise TypeError(
        "outlet_country must be an ISO 3166-1 alpha-2 code such as 'KZ', "
        f"or None, not {type(value).__name__}"
    )


def _kinds(kinds: Any) -> Optional[List[str]]:
    if kinds is None:
        return None
    if isinstance(kinds, str):
        return [kinds]
    out = list(kinds)
    for k in out:
        if not isinstance(k, str):
            raise TypeError(f"kinds must be names of record kinds, not {type(k).__name__}")
    return out


def _threads(threads: Any) -> Optional[int]:
    if threads is None:
        return None
    if isinstance(threads, bool) or not isinstance(threads, int):
        raise TypeError(f"threads must be an int or None, not {type(threads).__name__}")
    if threads < 1:
        raise ValueError("threads must be at least 1")
    return threads


def _per_text(value: Any, convert: Any) -> Any:
    """One value for all texts, or a list of one per text."""
    if isinstance(value, (list, tuple)):
        return [convert(v) for v in value]
    return convert(value)


def parse(
    text: Union[str, bytes],
    *,
    published: Optional[Date] = None,
    outlet_country: Optional[str] = None,
    kinds: Optional[Iterable[str]] = None,
) -> Dict[str, Any]:
    """Parses one article into a report dict (the output contract's JSON shape).

    ``text`` is the article: its first line, when a blank line follows it, is
    read as the headline. Bytes must be UTF-8.

    ``published`` is the publication date, against which "Friday" or
    "yesterday" resolve: a :class:`datetime.date` (or ``datetime``, whose
    date is used), or a string ``YYYY-MM-DD`` or RFC 3339 timestamp.
    ``outlet_country`` is the outlet's ISO 3166-1 alpha-2 code, for "our
    country". ``kinds`` limits the records extracted to some of
    :data:`RECORD_KINDS` (the others stay empty).

    Raises :class:`ParseError` when the text is not UTF-8 (a ``str`` with a
    lone surrogate, bytes that are not UTF-8: ``err.offset`` is the byte
    offset), is over 8 MiB, or when ``published`` or ``outlet_country``
    cannot be read. (In :func:`parse_arrow`, as in the JSON Lines corpus
    interface, unreadable metadata is ignored and reported as a diagnostic
    instead.)
    """
    return _json.loads(
        _milcoop.parse_json(text, _date(published), _country(outlet_country), _kinds(kinds))
    )


def parse_many(
    texts: Iterable[Union[str, bytes]],
    *,
    published: Union[None, Date, Sequence[Optional[Date]]] = None,
    outlet_country: Union[None, str, Sequence[Optional[str]]] = None,
    kinds: Optional[Iterable[str]] = None,
    threads: Optional[int] = None,
) -> List[Dict[str, Any]]:
    """Parses many articles on every core; the reports come in input order.

    The GIL is released while the articles are parsed, on ``threads``
    threads (default: one per core). ``published`` and ``outlet_country``
    are one value for every text, as in :func:`parse`, or a list or tuple
    with one value (or None) per text.

    Raises :class:`ParseError` for the first text, in input order, that
    :func:`parse` would raise it for; ``err.index`` is its position.
    """
    if isinstance(texts, (str, bytes)):
        raise TypeError("texts must be an iterable of texts, not a single text")
    return [
        _json.loads(r)
        for r in _milcoop.parse_many_json(
            texts,
            _per_text(published, _date),
            _per_text(outlet_country, _country),
            _kinds(kinds),
            _threads(threads),
        )
    ]


def parse_arrow(
    batch: Any,
    *,
    tables: bool = False,
    kinds: Optional[Iterable[str]] = None,
    threads: Optional[int] = None,
) -> Any:
    """Parses a ``pyarrow.RecordBatch`` (or ``Table``) of articles in one call.

    Input columns: ``id`` (any type, copied to the output), ``text``
    (string), and optionally ``published`` (string ``YYYY-MM-DD`` or RFC
    3339, date or timestamp) and ``outlet_country`` (string). Each row is
    parsed exactly as the JSON Lines corpus interface (``extract --jsonl``)
    parses the same article: a ``published`` or ``outlet_country`` that
    cannot be read is ignored and reported as a diagnostic; a null text is
    an error of kind ``missing_field``.

    Returns a ``RecordBatch`` with one row per article, in input order:
    ``id``, ``report`` (the report's JSON, null on error), ``error_kind`` and
    ``error_message`` (null when the article was parsed). With
    ``tables=True``, returns a dict of ``RecordBatch``: ``reports`` (that
    batch) and the flat tables of :data:`TABLES` keyed by ``id`` and record
    number (see :func:`table_schemas`).

    The rows are parsed on ``threads`` threads (default: one per core)
    without the GIL. Needs pyarrow.
    """
    from . import _arrow

    return _arrow.parse_arrow(batch, tables=tables, kinds=_kinds(kinds), threads=_threads(threads))


def table_schemas(id_type: Any = None) -> Dict[str, Any]:
    """The ``pyarrow.Schema`` of each table of ``parse_arrow(..., tables=True)``.

    ``id_type`` is the type of the input's ``id`` column (default string).
    Needs pyarrow.
    """
    from . import _arrow

    return _arrow.table_schemas(id_type)
