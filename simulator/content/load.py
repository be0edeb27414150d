"""From YAML files to validated models, with every problem kept as a located diagnostic.

``load_file`` reads one file strictly (:mod:`simulator.content.yamlsource`), then validates it with the
pydantic models and turns each validation error back into ``file:line:col`` using the marks the
reader kept. A file that fails validation yields no model, but all its problems are reported.
"""

from __future__ import annotations

from pathlib import Path
from types import UnionType
from typing import Annotated, Any, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from simulator.content import diagnostics as dx
from simulator.content.yamlsource import Located, read

M = TypeVar("M", bound=BaseModel)


def _unwrap(annotation: Any) -> Any:
    """Strip ``Annotated`` and ``X | None`` down to the type that holds the values."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, UnionType):
            rest = [arg for arg in get_args(annotation) if arg is not type(None)]
            if len(rest) != 1:
                return annotation
            annotation = rest[0]
        else:
            return annotation


def model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model whose fields belong at ``loc`` (a validation error's location), if there is one.

    Walks the field annotations: a model field leads to its type, a list to its items (skipping the
    index), a dict to its values (skipping the key).
    """
    current: Any = model
    items = list(loc)
    while items:
        current = _unwrap(current)
        item = items.pop(0)
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(str(item))
            if field is None:
                return None
            current = field.annotation
            continue
        origin = get_origin(current)
        if origin is list:
            current = get_args(current)[0]
        elif origin is dict:
            current = get_args(current)[1]
        else:
            return None
    current = _unwrap(current)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _dotted(loc: tuple[Any, ...]) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        else:
            parts.append(f".{item}" if parts else str(item))
    return "".join(parts) or "(top level)"


_PATTERN_WORDS = {
    r"^[a-z][a-z0-9_-]*$": "must be lowercase letters, digits, '_' and '-', starting with a letter",
    r"^[a-z][a-z0-9_]*$": "must be lowercase letters, digits and '_', starting with a letter",
    r"\S": "must not be blank",
}


def _pattern_words(error: dict[str, Any]) -> str:
    pattern = error.get("ctx", {}).get("pattern", "")
    return f"'{error['input']}' {_PATTERN_WORDS.get(pattern, f'must be written as {pattern}')}"


def _got(value: Any) -> str:
    """What the author wrote, in words: ``the number 5``, ``true``, ``nothing``, ``a list``."""
    if value is None:
        return "an empty value"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text '{value}'"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__  # pragma: no cover - YAML yields only the kinds above


_EXPECTED = {
    "int_type": "a whole number",
    "string_type": "text",
    "list_type": "a list",
    "dict_type": "a mapping",
    "bool_type": "true or false",
    "float_type": "a number",
}


def _model_expected(name: str, loc: tuple[Any, ...]) -> str:
    """What a value of model ``name`` is written as, for "expected ..." messages."""
    owner = str(loc[-1]) if loc else ""
    if name == "Line":
        return "a line is a string or a mapping with 'say' (and 'cue')"
    if name in ("State", "Voice") and len(loc) >= 2 and loc[-2] == "states":
        return f"expected a mapping of fields for state '{owner}'"
    if name == "Topic" and len(loc) >= 2:
        return f"expected a mapping with 'words', 'defended' and 'open' for topic '{owner}'"
    if name == "Guard":
        return "'when' is a mapping of conditions, e.g. {defensiveness_below: 40}"
    if name == "Transition":
        return "a transition is a mapping with 'to' (and 'when', 'why')"
    if name == "Defensiveness":
        return "expected a mapping with 'start', e.g. {start: 60}"
    return "expected a mapping of fields"


def _describe(error: dict[str, Any], model: type[BaseModel]) -> tuple[str, str, bool]:
    """The diagnostic code, message and whether it points at a key rather than a value."""
    loc = tuple(error["loc"])
    kind = error["type"]
    if kind == "missing":
        parent = _dotted(loc[:-1])
        where = "" if not loc[:-1] else f" in {parent}"
        return dx.MISSING_FIELD, f"missing field '{loc[-1]}'{where}", False
    if kind == "extra_forbidden":
        return (
            dx.UNKNOWN_FIELD,
            f"unknown field '{loc[-1]}'{dx.did_you_mean(str(loc[-1]), _fields_at(model, loc))}",
            True,
        )
    if kind == "invalid_key" or (loc and loc[-1] == "[key]"):
        key_loc = loc[:-1] if loc and loc[-1] == "[key]" else loc
        where = ".".join(str(part) for part in (_dotted(key_loc[:-1]), key_loc[-1]) if part != "(top level)")
        if kind == "string_pattern_mismatch":
            return dx.BAD_VALUE, f"{where}: {_pattern_words(error)}", True
        key = error["input"]
        if isinstance(key, int):
            return dx.BAD_VALUE, f"{where}: a key must be a name, not the number {key}", True
        return dx.BAD_VALUE, f"{where}: this key is not allowed ({error['msg'].lower()})", True
    if kind == "string_pattern_mismatch":
        return dx.BAD_VALUE, f"{_dotted(loc)}: {_pattern_words(error)}", False
    if kind == "model_type":
        expected = _model_expected(error.get("ctx", {}).get("class_name", ""), loc)
        return dx.BAD_VALUE, f"{_dotted(loc)}: {expected}; found {_got(error['input'])}", False
    if kind in _EXPECTED:
        message = f"expected {_EXPECTED[kind]}, not {_got(error['input'])}"
        if kind == "string_type" and isinstance(error["input"], int | float | bool):
            message += " (put it in quotes if you mean the text)"
        return dx.BAD_VALUE, f"{_dotted(loc)}: {message}", False
    message = error["msg"]
    if message.startswith("Value error, "):
        message = message[len("Value error, ") :]
    if kind == "literal_error":
        message = f"must be one of {error['ctx']['expected']}"
    return dx.BAD_VALUE, f"{_dotted(loc)}: {message[0].lower()}{message[1:]}", False


def _fields_at(model: type[BaseModel], loc: tuple[Any, ...]) -> tuple[str, ...]:
    """The field names allowed in the mapping holding ``loc[-1]`` (for did-you-mean)."""
    owner = model_at(model, loc[:-1])
    return tuple(owner.model_fields) if owner is not None else ()


def validate(doc: Located, model: type[M], diags: dx.Diagnostics) -> M | None:
    """Validate a parsed document against ``model``; errors become diagnostics.

    A misspelt field is reported once, as unknown with its suggestion: the "missing field" error for
    the very field suggested, in the same mapping, would only repeat it.
    """
    try:
        return model.model_validate(doc.data)
    except RecursionError:  # pragma: no cover - the reader refuses deep nesting first
        diags.add(doc.file, 1, 1, dx.YAML_SYNTAX, "YAML syntax: values are nested too deeply")
        return None
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        suggested = set()
        for error in errors:
            loc = tuple(error["loc"])
            if error["type"] == "extra_forbidden":
                close = dx.closest(str(loc[-1]), _fields_at(model, loc))
                if close is not None:
                    suggested.add((*loc[:-1], close))
        for error in errors:
            loc = tuple(error["loc"])
            if error["type"] == "missing" and loc in suggested:
                continue
            code, message, at_key = _describe(error, model)
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
