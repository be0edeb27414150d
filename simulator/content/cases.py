"""Test cases for a client, written as data: student replies and what should happen after them.

An instructor who changes a line, an effect or a guard wants to know at once whether the client can
still be won over by patient replies and still be lost by pressure, the way a programmer reruns
tests. A *case file* (``cases/<persona>.yaml`` in a content root) names a persona and lists cases;
each case is a list of replies, any of which may carry expectations about the turn it produces,
and an expected end:

.. code-block:: yaml

    persona: jayden
    cases:
      - name: patient replies win him over
        replies:
          - "You didn't choose to be here, and you're not happy about it."
          - say: "It sounds like everyone's already decided it was your fault."
            state: testing              # the state after this reply
            defensiveness: [40, 70]     # low and high, inclusive
            client_says: fault          # words the client's line (or cue) contains, any case
        outcome: breakthrough           # breakthrough, walked_out or ongoing

The files are read by the same strict reader and validated by pydantic models like the rest of the
content, so a mistake gets ``file:line:col`` and a stable code; ``rapport schema cases`` prints the
JSON Schema editors use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import Field, GetJsonSchemaHandler, WithJsonSchema, field_validator, model_validator
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from simulator.content import diagnostics as dx
from simulator.content.load import load_file
from simulator.content.models import Graph, Persona, Points, Word, _Strict
from simulator.content.yamlsource import Located

if TYPE_CHECKING:
    from simulator.content.library import Library

CASES_DIR = "cases"

Range = Annotated[list[Points], Field(min_length=2, max_length=2)]
"""``[low, high]``: defensiveness between the two, inclusive."""
Words = Annotated[
    list[Word],
    WithJsonSchema({"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}),
]


def _ordered(value: list[int] | None) -> list[int] | None:
    if value is not None and value[0] > value[1]:
        raise ValueError(f"a range is [low, high] with low <= high; found [{value[0]}, {value[1]}]")
    return value


class Reply(_Strict):
    """One student reply, with what should be true after it (every expectation is optional).

    Written as a plain string when nothing is checked on that turn.
    """

    say: Word = Field(description="What the student says.")
    state: str | None = Field(None, description="The state the client should be in after this reply.")
    defensiveness: Range | None = Field(
        None, description="[low, high]: the client's defensiveness after this reply, inclusive."
    )
    client_says: Words | None = Field(
        None, description="Words the client's answer (line or cue) should contain, any case; all of them if a list."
    )

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, value: Any) -> Any:
        if isinstance(value, str):
            return {"say": value}
        if isinstance(value, dict) and isinstance(value.get("client_says"), str):
            return {**value, "client_says": [value["client_says"]]}
        return value

    @field_validator("defensiveness")
    @classmethod
    def _range(cls, value: list[int] | None) -> list[int] | None:
        return _ordered(value)

    @property
    def expects(self) -> bool:
        """Whether anything is checked after this reply."""
        return self.state is not None or self.defensiveness is not None or bool(self.client_says)

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        return {"anyOf": [{"type": "string"}, handler(core_schema)]}


class Case(_Strict):
    """A scripted session and its expected end."""

    name: str = Field(description="What the case shows, e.g. 'patient replies win him over'.")
    seed: int | None = Field(None, description="Seed for the client's line choices (default: the file's, else 0).")
    replies: list[Reply] = Field(min_length=1, description="The student's replies, in order.")
    outcome: Literal["breakthrough", "walked_out", "ongoing"] | None = Field(
        None, description="How the session should end after the last reply ('ongoing': not ended)."
    )
    state: str | None = Field(None, description="The state the client should be in at the end.")
    defensiveness: Range | None = Field(None, description="[low, high]: the defensiveness at the end, inclusive.")

    @field_validator("defensiveness")
    @classmethod
    def _range(cls, value: list[int] | None) -> list[int] | None:
        return _ordered(value)


class CaseFile(_Strict):
    """A file of test cases for one persona (a file in ``cases/``)."""

    persona: str = Field(description="The id of the persona the cases play.")
    seed: int = Field(0, description="Seed for every case that does not give its own.")
    cases: list[Case] = Field(min_length=1, description="The cases, run in order.")


@dataclass(slots=True)
class LoadedCases:
    """A case file that validated, with the marks to point back into it."""

    path: Path
    cases: CaseFile
    doc: Located


@dataclass(slots=True)
class Failure:
    """Where a case parted from its expectations."""

    where: str
    """``file:line:col`` of the reply (or case) whose expectation failed."""
    turn: int | None
    reply: str | None
    problems: list[str]
    client: str | None = None


@dataclass(slots=True)
class CaseResult:
    """One case run: ``failure`` is ``None`` when every expectation held."""

    file: str
    persona: str
    name: str
    turns: int
    outcome: str
    defensiveness: int
    failure: Failure | None = None
    unplayed: int = 0
    """Replies after the end of the session, not played."""
    said: tuple[str, ...] = ()
    """The lines the client said, by their place in the content (``persona:states.testing.lines[0]``)."""

    @property
    def ok(self) -> bool:
        return self.failure is None

    def to_json(self) -> dict[str, Any]:
        failure = self.failure
        return {
            "file": self.file,
            "persona": self.persona,
            "name": self.name,
            "ok": self.ok,
            "turns": self.turns,
            "outcome": self.outcome,
            "defensiveness": self.defensiveness,
            "unplayed": self.unplayed,
            "failure": None
            if failure is None
            else {
                "where": failure.where,
                "turn": failure.turn,
                "reply": failure.reply,
                "problems": failure.problems,
                "client": failure.client,
            },
        }


@dataclass(slots=True)
class Suite:
    """Every case file found, their diagnostics and the results of running them."""

    files: list[LoadedCases] = field(default_factory=list)
    diagnostics: dx.Diagnostics = field(default_factory=dx.Diagnostics)
    results: list[CaseResult] = field(default_factory=list)
    checked: int = 0
    library: Library | None = None
    """The clients the cases were played on (for coverage)."""


def case_files(paths: list[Path]) -> list[Path]:
    """The case files under content roots (``root/cases/*.yaml``) or given directly."""
    found: dict[Path, Path] = {}
    for path in paths:
        if path.is_dir():
            folder = path if path.name == CASES_DIR else path / CASES_DIR
            if folder.is_dir():
                for file in sorted(folder.iterdir()):
                    if file.suffix in (".yaml", ".yml") and file.is_file():
                        found.setdefault(file.resolve(), file)
        elif path.is_file():
            found.setdefault(path.resolve(), path)
    return list(found.values())


def is_case_path(path: Path) -> bool:
    """Whether a path given on the command line is a case file or a ``cases/`` folder."""
    return path.name == CASES_DIR if path.is_dir() else path.parent.name == CASES_DIR


def root_of(path: Path) -> Path | None:
    """The content root a case file or folder belongs to (the folder holding ``cases/``), if any."""
    if path.is_dir():
        return path.parent if path.name == CASES_DIR else path
    return path.parent.parent if path.parent.name == CASES_DIR else None


def load_cases(
    files: list[Path],
    personas: dict[str, Persona],
    graphs: dict[str, Graph],
    display: Callable[[Path], str],
    rejected: dict[str, dx.Diagnostic],
) -> Suite:
    """Read and validate case files, then check the names they use against the loaded clients
    (``rejected``: personas held back by content errors, with their first error)."""
    suite = Suite(checked=len(files))
    for path in files:
        local = dx.Diagnostics()
        cases, doc = load_file(path, CaseFile, local, display(path))
        if cases is not None and doc is not None:
            _cross_check(cases, doc, personas, graphs, rejected, local)
            if not local.errors:
                suite.files.append(LoadedCases(path, cases, doc))
        suite.diagnostics.extend(local)
    return suite


def _cross_check(
    cases: CaseFile,
    doc: Located,
    personas: dict[str, Persona],
    graphs: dict[str, Graph],
    rejected: dict[str, dx.Diagnostic],
    diags: dx.Diagnostics,
) -> None:
    persona = personas.get(cases.persona)
    if persona is None:
        line, col = doc.where(("persona",))
        if cases.persona in rejected:
            message = f"persona '{cases.persona}' has content errors; run 'rapport check' ({rejected[cases.persona]})"
        else:
            message = f"unknown persona '{cases.persona}'{dx.did_you_mean(cases.persona, tuple(personas))}"
        diags.add(doc.file, line, col, dx.UNKNOWN_PERSONA, message)
        return
    states = tuple(graphs[persona.graph].states)
    for i, case in enumerate(cases.cases):
        named = [(("cases", i, "state"), case.state)]
        named += [(("cases", i, "replies", j, "state"), r.state) for j, r in enumerate(case.replies)]
        for path, sid in named:
            if sid is not None and sid not in states:
                line, col = doc.where(path)
                hint = dx.did_you_mean(sid, states)
                message = f"unknown state '{sid}' in graph '{persona.graph}'{hint}"
                diags.add(doc.file, line, col, dx.UNKNOWN_STATE, message)
