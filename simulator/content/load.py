"""From YAML files to validated models, with every problem kept as a located diagnostic.

``load_file`` reads one file strictly (:mod:`simulator.content.yamlsource`), then validates it with the
pydantic models and turns each validation error back into ``file:line:col`` using the marks the
reader kept. A file that fails validation yields no model, but all its problems are reported.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from simulator.content import diagnostics as dx
from simulator.content.models import Defensiveness, Graph, Guard, Line, Persona, State, Topic, Transition, Voice
from simulator.content.yamlsource import Located, read

M = TypeVar("M", bound=BaseModel)

_KNOWN_FIELDS: tuple[str, ...] = tuple(
    sorted(
        {
            name
            for model in (Graph, Persona, State, Voice, Topic, Guard, Transition, Line, Defensiveness)
            for name in model.model_fields
        }
    )
)


def _dotted(loc: tuple[Any, ...]) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        else:
            parts.append(f".{item}" if parts else str(item))
    return "".join(parts) or "(top level)"


_PATTERN_WORDS = {
    r"^[a-z][a-z0-9_-]*$": "lowercase letters, digits, '_' and '-', starting with a letter",
    r"^[a-z][a-z0-9_]*$": "lowercase letters, digits and '_', starting with a letter",
}


def _pattern_words(error: dict[str, Any]) -> str:
    pattern = error.get("ctx", {}).get("pattern", "")
    return f"'{error['input']}' must be {_PATTERN_WORDS.get(pattern, f'written as {pattern}')}"


def _describe(error: dict[str, Any]) -> tuple[str, str, bool]:
    """The diagnostic code, message and whether it points at a key rather than a value."""
    loc = tuple(error["loc"])
    kind = error["type"]
    if kind == "missing":
        parent = _dotted(loc[:-1])
        where = "" if not loc[:-1] else f" in {parent}"
        return dx.MISSING_FIELD, f"missing field '{loc[-1]}'{where}", False
    if kind == "extra_forbidden":
        name = str(loc[-1])
        return dx.UNKNOWN_FIELD, f"unknown field '{name}'{dx.did_you_mean(name, _KNOWN_FIELDS)}", True
    if loc and loc[-1] == "[key]":
        return dx.BAD_VALUE, f"{_dotted(loc[:-2]) + '.' if loc[:-2] else ''}{loc[-2]}: {_pattern_words(error)}", True
    if kind == "string_pattern_mismatch":
        return dx.BAD_VALUE, f"{_dotted(loc)}: {_pattern_words(error)}", False
    message = error["msg"]
    if message.startswith("Value error, "):
        message = message[len("Value error, ") :]
    if kind == "literal_error":
        message = f"must be one of {error['ctx']['expected']}"
    return dx.BAD_VALUE, f"{_dotted(loc)}: {message[0].lower()}{message[1:]}", False


def validate(doc: Located, model: type[M], diags: dx.Diagnostics) -> M | None:
    """Validate a parsed document against ``model``; errors become diagnostics."""
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            code, message, at_key = _describe(error)
            loc = tuple(error["loc"])
            if error["type"] == "missing":
                loc, at_key = loc[:-1], True  # point at the key of the mapping that lacks the field
            elif loc and loc[-1] == "[key]":
                loc = loc[:-1]
            line, col = doc.where(loc, key=at_key)
            diags.add(doc.file, line, col, code, message)
        return None


def load_file(
    path: Path, model: type[M], diags: dx.Diagnostics, display: str | None = None
) -> tuple[M | None, Located | None]:
    """Read, parse and validate one content file."""
    doc = read(path, diags, display)
    if doc is None:
        return None, None
    return validate(doc, model, diags), doc
