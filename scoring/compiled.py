"""The coder's compiled regexes, kept between processes the way Python keeps bytecode.

The cue tables of :mod:`scoring.lexicon` come to several hundred regexes, some of them long, and
Python's regex compiler is written in Python: compiling them took a quarter of a second or more at
the start of every ``rapport code``, ``replay`` and ``play``. What it produces is a program of
integers for the regex engine (``_sre``). This module saves those programs, with the cue index built
from the lexicon, in one file, and builds the same pattern objects from it in a few milliseconds.

- The file sits beside the bytecode of :mod:`scoring` (``__pycache__``, or under
  ``sys.pycache_prefix``) and is named after the interpreter's cache tag, so two Pythons never share
  one. It is written only where and when Python itself writes bytecode (not under
  ``PYTHONDONTWRITEBYTECODE``), atomically, by whichever process first compiles the tables.
- Each program is stored under its exact pattern text, and the cue index under a digest of the
  tables it was built from; the file as a whole is tied to the regex engine's version (``MAGIC``,
  code size). A changed lexicon is compiled afresh, and nothing stale is ever used.
- Anything unexpected (no such folder, a file that cannot be read or is truncated, an interpreter
  without CPython's regex internals) falls back to ``re.compile``. The patterns are the same either
  way, so every coding is the same, byte for byte.
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import os
import re
import sys
from array import array
from pathlib import Path
from typing import Any

__all__ = ["digest", "index", "regex", "save"]

try:  # CPython's regex internals: the parser, the code generator and the engine's constructor
    import _sre
    from re import _compiler, _parser

    _ENGINE: tuple[Any, ...] | None = (_sre.MAGIC, _sre.CODESIZE, sys.implementation.cache_tag)
    if array("I").itemsize != _sre.CODESIZE:  # pragma: no cover - the code would not round-trip
        _ENGINE = None
except (ImportError, AttributeError):  # pragma: no cover - another interpreter: plain re.compile
    _ENGINE = None

_Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
"""What the regex engine needs besides the pattern text: flags, code, groups, group names both ways."""


_SOURCE = Path(__file__).with_name("lexicon.py")


def _path() -> Path | None:
    try:
        pyc = importlib.util.cache_from_source(str(_SOURCE))
    except (NotImplementedError, ValueError):  # pragma: no cover - no bytecode cache on this interpreter
        return None
    return Path(pyc).with_suffix(".cues")


def _load() -> tuple[dict[str, _Program], dict[str, Any]]:
    path = _path()
    if _ENGINE is None or path is None:
        return {}, {}
    try:
        stored = marshal.loads(path.read_bytes())
        if stored["engine"] == _ENGINE:
            return stored["programs"], stored["indexes"]
    except (OSError, EOFError, ValueError, TypeError, KeyError):
        pass
    return {}, {}


_STORED, _STORED_INDEXES = _load()
_USED: dict[str, _Program] = {}
_INDEXES: dict[str, Any] = {}
_fresh = False


def regex(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern)``, from the stored program when there is one."""
    global _fresh
    if _ENGINE is None:
        return re.compile(pattern)
    program = _STORED.get(pattern)
    if program is not None:
        try:
            flags, code, groups, groupindex, indexgroup = program
            compiled = _sre.compile(pattern, flags, array("I", code).tolist(), groups, groupindex, indexgroup)
        except (RuntimeError, TypeError, ValueError):  # a damaged entry: compile it afresh
            program = None
        else:
            _USED[pattern] = program
            return compiled
    # the steps of re._compiler.compile, keeping the program it builds
    parsed = _parser.parse(pattern, 0)
    code = [int(op) for op in _compiler._code(parsed, 0)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    flags, groups = int(parsed.state.flags), parsed.state.groups - 1
    program = (flags, array("I", code).tobytes(), groups, groupindex, tuple(indexgroup))
    _USED[pattern] = program
    _fresh = True
    return _sre.compile(pattern, flags, code, groups, groupindex, program[4])


def digest(*parts: object) -> str:
    """A digest of the tables an index is built from (their ``repr``: strings, tuples, dicts in order)."""
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


def index(key: str, build) -> Any:
    """``build()``, or what it returned when last run on the same tables (``key`` is their digest).

    The result must be made of what :mod:`marshal` writes: strings, numbers, tuples, lists, dicts.
    """
    global _fresh
    if key in _STORED_INDEXES:
        value = _STORED_INDEXES[key]
    else:
        value = build()
        _fresh = True
    _INDEXES[key] = value
    return value


def save() -> None:
    """Write the programs and indexes this process used, if any was new and Python writes bytecode."""
    global _fresh
    path = _path()
    if not _fresh or _ENGINE is None or path is None or sys.dont_write_bytecode:
        return
    _fresh = False
    import tempfile  # only the process that writes the file needs it

    data = marshal.dumps({"engine": _ENGINE, "programs": _USED, "indexes": _INDEXES})
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.chmod(tmp, _SOURCE.stat().st_mode & 0o666)  # readable like the bytecode beside it
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:  # a read-only install: every process compiles, as before
        pass
