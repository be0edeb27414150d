"""The debrief: how the session went, the summary scores, the turns that mattered, better replies.

Everything here comes from :func:`scoring.report.build_report` on the session's transcript, the same
report ``rapport score`` prints, so the app and the command line never disagree about a session.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from scoring.moves import label
from scoring.report import OUTCOME_WORDS, Report, build_report, hints_text
from simulator.engine import Session
from simulator.tui.app import TRANSCRIPT
from simulator.tui.widgets.curve import GuardCurve
from simulator.tui.widgets.literal import literal


def new_seed(old: int) -> int:
    """A seed for playing a client again, other than ``old`` (recorded in the transcript, so the session
    stays reproducible)."""
    seed = random.SystemRandom().randrange(1, 10_000)
    return seed if seed != old else seed % 9_999 + 1


BAND_STYLE = {"good": "bold green", "fair": "yellow", "below fair": "red"}


def _quote(text: str) -> Content:
    return Content.assemble('"', literal(text), '"')


def scores_table(report: Report) -> Table:
    """The MITI-style summary scores against their fair and good thresholds."""
    table = Table(box=None, pad_edge=False, header_style="bold", expand=False)
    for column, justify in (("score", "left"), ("value", "right"), ("fair", "right"), ("good", "right")):
        table.add_column(column, justify=justify)
    table.add_column("band")
    for s in report.scores:
        table.add_row(
            Text(s.name), Text(s.display), Text(s.fair), Text(s.good), Text(s.band, BAND_STYLE.get(s.band, ""))
        )
    return table


class DebriefScreen(Screen):
    """What the student reads when a session ends."""

    BINDINGS = [
        Binding("r", "again", "Again, new seed"),
        Binding("s", "again(True)", "Same seed", show=False),
        Binding("n", "pick", "Another client"),
        Binding("h", "app.history", "History"),
        Binding("d", "download", "Download the transcript"),
        Binding("q", "app.quit", "Quit", show=False),
    ]

    def __init__(self, session: Session | None, *, report: Report | None = None, read_from: Path | None = None) -> None:
        """The debrief of ``session`` as it ends, or (``session`` ``None``) a saved one's ``report``,
        read again from the file ``read_from``."""
        super().__init__()
        self.session = session
        self.read_from = read_from
        if report is None:
            assert session is not None
            report = build_report(session.transcript, session.client.persona.alternatives)
        self.report = report

    def compose(self) -> ComposeResult:
        r = self.report
        with VerticalScroll(id="debrief"):
            yield Static(Content.assemble(("Debrief: ", "bold"), literal(r.persona_name)), classes="title")
            yield Static(OUTCOME_WORDS.get(r.outcome, r.outcome), id="outcome", classes=f"-{r.outcome}")
            d0, d1 = r.start_defensiveness, r.end_defensiveness
            taken = f", {len(r.rewound)} taken back" if r.rewound else ""
            exam = " (exam mode)" if r.exam else ""
            turns = f"{r.turns} turn{'' if r.turns == 1 else 's'}"
            yield Static(
                f"Guard {d0} → {d1} ({d1 - d0:+d}) over {turns}{taken}{exam} · seed {r.seed}", id="guard-summary"
            )
            yield GuardCurve(r.curve, id="curve")
            yield Static("Summary scores", classes="heading")
            yield Static(scores_table(r), id="scores")
            yield Static(
                f"MI-adherent {r.adherent}, MI-non-adherent {r.non_adherent}. Thresholds: MITI 4.2.1 (R:Q, %CR, "
                "relational) and 3.1.1 (%OQ, %MIA); expert opinion, not norms.",
                classes="note",
            )
            if r.partnership is None:
                yield Static(f"Relational: {r.globals_note}", classes="note")
            else:
                yield Static(
                    f"Relational: partnership {r.partnership}, empathy {r.empathy} ({r.globals_note})", classes="note"
                )
            if r.ending:
                e = r.ending
                yield Static("How it ended", classes="heading")
                yield Static(Content.assemble((f"Turn {e.n}: ", "bold"), _quote(e.student)), classes="item")
                detail = [literal(e.why).stylize("italic")] if e.why else []
                detail.append(Content.assemble("The client: ", _quote(e.client)))
                yield Static(Content("\n").join(detail), classes="detail")
            yield Static("Moves", classes="heading")
            used = [f"{label(c)} {n}" for c, n in r.counts.items() if n]
            yield Static(", ".join(used) if used else "No replies coded.", id="counts", classes="item")
            for title, points in (
                ("Turns that lowered the guard most", r.lowered),
                ("Turns that raised the guard most", r.raised),
            ):
                if not points:
                    continue
                yield Static(title, classes="heading")
                for p in points:
                    yield Static(
                        Content.assemble((f"Turn {p.n} ({p.delta:+d}): ", "bold"), _quote(p.student)), classes="item"
                    )
                    detail = [literal(reason) for reason in p.reasons]
                    if p.client:
                        detail.append(Content.assemble("The client: ", _quote(p.client)))
                    yield Static(Content("\n").join(detail), classes="detail")
            if r.alternatives:
                yield Static("Replies that pushed, and what might have worked better", classes="heading")
                for a in r.alternatives:
                    yield Static(Content.assemble((f"Turn {a.n}: ", "bold"), _quote(a.student)), classes="item")
                    yield Static(
                        Content.assemble(literal(a.why), "\nTry: ", _quote(a.instead).stylize("italic")),
                        classes="detail",
                    )
            if r.rewound:
                yield Static("Replies you took back", classes="heading")
                for n, student in r.rewound:
                    yield Static(Content.assemble(f"Turn {n}: ", _quote(student)), classes="item")
            if r.hints:
                yield Static(f"Hints asked for: {hints_text(r.hints)}", classes="item")
            if r.traps:
                yield Static("Traps", classes="heading")
                for trap in r.traps:
                    yield Static(Content.assemble("- ", literal(trap)), classes="item")
            yield Static(self._saved(), id="saved", classes="note")
        yield Footer()

    def _saved(self) -> Content:
        session = self.session
        if session is None:
            return Content.assemble("Read from ", literal(str(self.read_from)))
        if session.save_to is None:
            return Content("This session was not saved.")
        if session.save_error:
            return Content.assemble(
                ("Not saved: ", "bold"), literal(session.save_error), ". Press d to download a copy of the transcript."
            )
        return Content.assemble("Transcript saved to ", literal(str(session.save_to)))

    def on_mount(self) -> None:
        self.query_one("#debrief").focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "download":  # offered only when the transcript is nowhere else
            return self.session is not None and self.session.save_error is not None
        return True

    def action_download(self) -> None:
        """A copy of the transcript by another way than the folder that failed: a download in a browser
        (``rapport serve``), the downloads folder in a terminal."""
        from simulator.records.store import dumps

        session = self.session
        if session is None:
            return
        name = session.save_to.name if session.save_to else f"{session.client.id}-s{session.seed}.json"
        self.app.deliver_text(
            io.StringIO(dumps(session.transcript)), save_filename=name, mime_type="application/json", name=TRANSCRIPT
        )

    def action_again(self, same_seed: bool = False) -> None:
        """The same client again: on a new seed (other lines where the client has a choice), or on
        this one (``s``) to try other replies against the same client."""
        seed = self.report.seed if same_seed else new_seed(self.report.seed)
        self.app.call_later(self.app.start_session, self.report.persona, seed)

    def action_pick(self) -> None:
        self.app.call_later(self.app.show_picker)
