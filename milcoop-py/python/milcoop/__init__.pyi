"""Type stubs of the milcoop package (see the docstrings for the behaviour)."""

import datetime
from typing import Any, Dict, Iterable, List, Literal, Optional, Sequence, Tuple, Union, overload

__version__: str

RECORD_KINDS: Tuple[str, ...]
TABLES: Tuple[str, ...]

Date = Union[datetime.date, str]
Report = Dict[str, Any]

class ParseError(ValueError):
    """An article or an argument milcoop cannot read."""

    kind: str
    """The library's stable name: invalid_utf8, input_too_large, unknown_country, invalid_date, internal."""
    offset: Optional[int]
    """The byte offset of invalid UTF-8, else None."""
    index: Optional[int]
    """The failing text's position in parse_many, else None."""

def parse(
    text: Union[str, bytes],
    *,
    published: Optional[Date] = None,
    outlet_country: Optional[str] = None,
    kinds: Optional[Iterable[str]] = None,
) -> Report: ...
def parse_many(
    texts: Iterable[Union[str, bytes]],
    *,
    published: Union[None, Date, Sequence[Optional[Date]]] = None,
    outlet_country: Union[None, str, Sequence[Optional[str]]] = None,
    kinds: Optional[Iterable[str]] = None,
    threads: Optional[int] = None,
) -> List[Report]: ...
@overload
def parse_arrow(
    batch: Any,
    *,
    tables: Literal[False] = False,
    kinds: Optional[Iterable[str]] = None,
    threads: Optional[int] = None,
) -> Any: ...
@overload
def parse_arrow(
    batch: Any,
    *,
    tables: Literal[True],
    kinds: Optional[Iterable[str]] = None,
    threads: Optional[int] = None,
) -> Dict[str, Any]: ...
def table_schemas(id_type: Any = None) -> Dict[str, Any]: ...
