"""A strict YAML reader that keeps the line and column of every value.

PyYAML's ``safe_load`` keeps the last of two duplicate keys without a word and reads ``no`` or ``on``
as booleans (YAML 1.1), so a client whose line is ``- no`` would silently say ``False``. Instead we
compose the node tree ourselves (nodes carry their marks), build plain Python values from it, and
report duplicates and YAML 1.1 booleans as diagnostics. The :class:`Located` result maps every path
(``("states", "guarded", "lines", 2)``) to where it was written, so later checks can point at it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from simulator.content import diagnostics as dx

try:  # libyaml is several times faster and keeps the same marks
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Path_ = tuple[str | int, ...]

_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
)
_BOOL_12 = re.compile(r"^(true|false|True|False|TRUE|FALSE)$")
_QUOTED = frozenset({"'", '"', "|", ">"})
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"


@dataclass(slots=True)
class Located:
    """A parsed document: its plain value and the (line, col) of every path in it (from 1)."""

    file: str
    data: Any
    marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    """Where the *key* of a mapping entry was written (for "unknown field" errors)."""

    def where(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """The mark of ``path`` or of its nearest written ancestor."""
        table = self.key_marks if key else self.marks
        for cut in range(len(path), -1, -1):
            prefix = tuple(path[:cut])
            if prefix in table:
                return table[prefix]
            if key and prefix in self.marks:
                return self.marks[prefix]
        return (1, 1)


def _mark(node: yaml.Node) -> tuple[int, int]:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


def _scalar(node: yaml.ScalarNode, path: Path_, doc: Located, diags: dx.Diagnostics) -> Any:
    value = node.value
    if node.style in _QUOTED:  # libyaml marks plain scalars with "", PyYAML with None
        return value
    tag = node.tag
    if tag == _BOOL:
        if _BOOL_12.match(value):
            return value.lower() == "true"
        line, col = _mark(node)
        diags.add(
            doc.file,
            line,
            col,
            dx.YAML11_BOOLEAN,
            f"'{value}' is a YAML 1.1 boolean; quote it (\"{value}\") if you mean the word, or write true/false",
        )
        return value
    if tag == _INT:
        try:
            return int(value.replace("_", ""), 0)
        except ValueError:
            return value
    if tag == _FLOAT:
        try:
            return float(value.replace("_", ""))
        except ValueError:
            return value
    if tag == _NULL:
        return None
    return value  # strings, and timestamps kept as the text the author wrote


MAX_NODES = 100_000
"""More values than any client needs; aliases that multiply past it are refused (billion laughs)."""

MAX_DEPTH = 64
"""Deeper than any client needs (they nest about six levels); deeper nesting is refused, not recursed into."""

_MERGE = "tag:yaml.org,2002:merge"


class _TooLarge(Exception):
    pass


class _TooDeep(Exception):
    def __init__(self, node: yaml.Node) -> None:
        super().__init__()
        self.node = node


def _build(node: yaml.Node, path: Path_, doc: Located, diags: dx.Diagnostics, stack: tuple[int, ...] = ()) -> Any:
    if id(node) in stack:
        line, col = _mark(node)
        diags.add(doc.file, line, col, dx.YAML_SYNTAX, "YAML syntax: an alias refers to a value that contains it")
        return None
    if len(doc.marks) >= MAX_NODES:
        raise _TooLarge
    if len(stack) >= MAX_DEPTH:
        raise _TooDeep(node)
    doc.marks[path] = _mark(node)
    if node.tag not in _PLAIN_TAGS:
        line, col = _mark(node)
        diags.add(doc.file, line, col, dx.BAD_VALUE, f"YAML tags such as '{node.tag}' are not supported here")
        return None
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node, path, doc, diags)
    stack = (*stack, id(node))
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, (*path, i), doc, diags, stack) for i, item in enumerate(node.value)]
    assert isinstance(node, yaml.MappingNode)
    result: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            line, col = _mark(key_node)
            diags.add(doc.file, line, col, dx.BAD_VALUE, "a key must be a plain word, not a list or mapping")
            continue
        if key_node.tag == _MERGE:
            line, col = _mark(key_node)
            diags.add(doc.file, line, col, dx.BAD_VALUE, "merge keys (<<) are not supported; write the fields out")
            continue
        key = key_node.value if key_node.tag != _INT else _scalar(key_node, path, doc, diags)
        if key_node.tag == _BOOL and key_node.style not in _QUOTED and not _BOOL_12.match(key_node.value):
            _scalar(key_node, path, doc, diags)
        if key in result:
            line, col = _mark(key_node)
            first_line, _ = doc.key_marks[(*path, key)]
            diags.add(
                doc.file,
                line,
                col,
                dx.DUPLICATE_KEY,
                f"duplicate key '{key}' (first written on line {first_line})",
            )
            continue
        doc.key_marks[(*path, key)] = _mark(key_node)
        result[key] = _build(value_node, (*path, key), doc, diags, stack)
    return result


def _quote_starts_here(line: str, i: int) -> bool:
    """Whether a quote at ``line[i]`` opens a quoted value (YAML reads it so only at a value's start)."""
    before = line[:i].rstrip()
    if not before:
        return True
    if before[-1] == ",":  # a separator only inside [...] or {...}
        return before.count("[") + before.count("{") > before.count("]") + before.count("}")
    return before[-1] in "[{" or (before[-1] in ":-?" and line[i - 1] in " \t")


def _open_quote(line: str) -> bool:
    """Whether ``line`` opens a quoted value it does not close (a rough reading, for hints only)."""
    i, n, prev = 0, len(line), " "
    while i < n:
        c = line[i]
        if c == "#" and prev in " \t":
            return False  # the rest is a comment
        if c in "'\"" and _quote_starts_here(line, i):
            j = i + 1
            while True:
                if j >= n:
                    return True
                if c == '"' and line[j] == "\\":
                    j += 2
                elif line[j] == c and c == "'" and line[j + 1 : j + 2] == "'":
                    j += 2  # '' is an escaped quote
                elif line[j] == c:
                    break
                else:
                    j += 1
            i, prev = j + 1, c
            continue
        i, prev = i + 1, c
    return False


def _syntax_hints(source: str, line: int, *, tab: bool) -> str:
    """Plain-words hints for the usual causes of a YAML syntax error at ``line`` (from 1)."""
    lines = source.splitlines()
    hints = ""
    if tab and 1 <= line <= len(lines) and "\t" in lines[line - 1]:
        hints += " (a tab: YAML indents with spaces only)"
    for number in range(min(line, len(lines) + 1) - 1, 0, -1):
        if _open_quote(lines[number - 1]):
            hints += f" (is the quote on line {number} closed?)"
            break
    return hints


def _line_col(text: str | bytes, offset: int) -> tuple[int, int]:
    """Line and column (from 1) of an offset into text or bytes."""
    newline = "\n" if isinstance(text, str) else b"\n"
    before = text[:offset]
    return before.count(newline) + 1, offset - (before.rfind(newline) + 1) + 1  # type: ignore[arg-type]


def parse(text: str, file: str, diags: dx.Diagnostics) -> Located | None:
    """Parse one YAML document strictly; ``None`` (with a diagnostic) if it cannot be read at all."""
    source = text
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or "cannot be parsed"
        context = exc.context or ""
        # PyYAML's context is either "while parsing X" (reads after the problem) or what was expected
        # ("expected a single document", reads before it)
        text = f"{problem} {context}" if context.startswith("while") or not context else f"{context}, {problem}"
        if "tab" in text:  # libyaml names the tab only sometimes
            text += " (YAML indents with spaces only)"
        hints = _syntax_hints(source, line, tab="tab" not in text)
        diags.add(file, line, col, dx.YAML_SYNTAX, f"YAML syntax: {text}{hints}")
        return None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow, at a string offset
        line, col = _line_col(source, exc.position)
        code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "\0")
        diags.add(file, line, col, dx.YAML_SYNTAX, f"YAML syntax: the control character U+{code:04X} is not allowed")
        return None
    except yaml.YAMLError as exc:
        diags.add(file, 1, 1, dx.YAML_SYNTAX, f"YAML syntax: {exc}")
        return None
    except RecursionError:  # the pure-Python composer recurses; libyaml stops at 1000 levels itself
        diags.add(
            file, 1, 1, dx.YAML_SYNTAX, f"YAML syntax: values are nested too deeply (more than {MAX_DEPTH} levels)"
        )
        return None
    doc = Located(file, None)
    if node is None:
        diags.add(file, 1, 1, dx.NOT_A_MAPPING, "the file is empty; expected a mapping of fields")
        return None
    try:
        doc.data = _build(node, (), doc, diags)
    except _TooLarge:
        diags.add(file, 1, 1, dx.YAML_SYNTAX, f"YAML syntax: the document expands to more than {MAX_NODES} values")
        return None
    except _TooDeep as deep:
        line, col = _mark(deep.node)
        diags.add(
            file, line, col, dx.YAML_SYNTAX, f"YAML syntax: values are nested too deeply (more than {MAX_DEPTH} levels)"
        )
        return None
    if not isinstance(doc.data, dict):
        line, col = _mark(node)
        diags.add(file, line, col, dx.NOT_A_MAPPING, "expected a mapping of fields at the top of the file")
        return None
    return doc


def read(path: Path, diags: dx.Diagnostics, display: str | None = None) -> Located | None:
    """Read and parse a file; unreadable or non-UTF-8 files become diagnostics too."""
    name = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        line, col = _line_col(exc.object, exc.start)
        diags.add(name, line, col, dx.UNREADABLE_FILE, f"not UTF-8 text ({exc.reason} at byte {exc.start})")
        return None
    except OSError as exc:
        diags.add(name, 1, 1, dx.UNREADABLE_FILE, f"cannot read the file: {exc.strerror or exc}")
        return None
    return parse(text, name, diags)
