"""Bad input raises milcoop.ParseError with the library's message; no panic crosses into Python."""

from __future__ import annotations

import subprocess
import sys

import pytest

import milcoop


def test_parse_error_is_a_value_error() -> None:
    assert issubclass(milcoop.ParseError, ValueError)
    assert milcoop.ParseError.__module__ == "milcoop"


def test_lone_surrogate_gives_the_byte_offset() -> None:
    text = "Astana é \ud800 talks"
    with pytest.raises(milcoop.ParseError) as e:
        milcoop.parse(text)
    offset = len("Astana é ".encode("utf-8"))
    assert str(e.value) == f"input is not valid UTF-8 at byte {offset}"
    assert (e.value.kind, e.value.offset, e.value.index) == ("invalid_utf8", offset, None)


def test_invalid_utf8_bytes() -> None:
    with pytest.raises(milcoop.ParseError) as e:
        milcoop.parse(b"Astana \xff talks")
    assert str(e.value) == "input is not valid UTF-8 at byte 7"
    assert (e.value.kind, e.value.offset) == ("invalid_utf8", 7)


def test_input_over_the_limit() -> None:
    limit = 8 * 1024 * 1024
    with pytest.raises(milcoop.ParseError) as e:
        milcoop.parse("a" * (limit + 1))
    assert str(e.value) == f"input is {limit + 1} bytes, over the limit of {limit} bytes"
    assert (e.value.kind, e.value.offset) == ("input_too_large", None)
    assert milcoop.parse("a" * 1000)["headline"] is None


def test_not_a_text() -> None:
    with pytest.raises(TypeError, match="text must be str or bytes, not int"):
        milcoop.parse(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        milcoop.parse_many(["ok", None])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        milcoop.parse_many("a single text")


def test_parse_many_raises_for_the_first_bad_text_in_order() -> None:
    texts = ["fine"] * 40 + ["bad \ud800"] + ["fine"] * 10 + [b"\xff"]
    with pytest.raises(milcoop.ParseError) as e:
        milcoop.parse_many(texts, threads=2)
    assert (e.value.kind, e.value.index, e.value.offset) == ("invalid_utf8", 40, 4)
    with pytest.raises(milcoop.ParseError) as e:
        milcoop.parse_many(["a", "b", "c"], published=[None, None, "not a date"])
    assert (e.value.kind, e.value.index) == ("invalid_date", 2)


@pytest.mark.parametrize("threads", [1, 2])
def test_a_panic_becomes_parse_error_and_python_goes_on(threads: int) -> None:
    with pytest.raises(milcoop.ParseError) as e:
        milcoop._milcoop._panic_in_guard("boom in the parser", threads)
    err = e.value
    assert err.kind == "internal"
    assert str(err).startswith("internal error: milcoop panicked on this article (boom in the parser)")
    assert "please report it" in str(err)
    assert err.index == 17
    # The interpreter and the module are fine.
    assert milcoop.parse("Talks\n\nNothing.")["headline"] == "Talks"


def test_a_panic_does_not_abort_the_interpreter() -> None:
    """In a fresh interpreter: the panic is a Python exception, the process exits 0."""
    code = (
        "import milcoop\n"
        "try:\n"
        "    milcoop._milcoop._panic_in_guard('boom', 2)\n"
        "except Exception as e:\n"
        "    print(type(e).__name__, e.kind)\n"
        "print(milcoop.parse('Talks\\n\\nNothing.')['headline'])\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split("\n")[:2] == ["ParseError internal", "Talks"]
    assert "boom" in proc.stderr  # the panic hook's message, as in the CLI


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="threads must be at least 1"):
        milcoop.parse_many(["a"], threads=0)
    with pytest.raises(ValueError, match="published has 1 values for 2 texts"):
        milcoop.parse_many(["a", "b"], published=["2020-01-01"])
    with pytest.raises(ValueError, match="unknown record kind"):
        milcoop.parse_many(["a"], kinds=["everything"])
