"""Type stubs of the native extension (private: use the milcoop package)."""

from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

__version__: str

class ParseError(ValueError):
    kind: str
    offset: Optional[int]
    index: Optional[int]

def parse_json(
    text: Union[str, bytes],
    published: Optional[str] = None,
    outlet_country: Optional[str] = None,
    kinds: Optional[List[str]] = None,
) -> str: ...
def parse_many_json(
    texts: Any,
    published: Union[None, str, Sequence[Optional[str]]] = None,
    outlet_country: Union[None, str, Sequence[Optional[str]]] = None,
    kinds: Optional[List[str]] = None,
    threads: Optional[int] = None,
) -> List[str]: ...
def parse_rows(
    texts: List[Optional[str]],
    published: Optional[List[Optional[str]]] = None,
    outlet_country: Optional[List[Optional[str]]] = None,
    tables: bool = False,
    kinds: Optional[List[str]] = None,
    threads: Optional[int] = None,
) -> Tuple[
    List[Optional[str]],
    List[Optional[str]],
    List[Optional[str]],
    Optional[Dict[str, Dict[str, List[Any]]]],
]: ...
def _panic_in_guard(message: str, threads: int = 2) -> None: ...
