"""Threads a client opens and the student picks up, ignores, or lets close (as ink's threads run beside
the main flow).

A thread opens when a line with ``opens:`` is said. Each pick-up that draws one of its steps moves it
one step on; the last step pays it off. Every turn it is left alone counts; after ``wait`` of them the
client brings it back once (a ``returns`` line), and left alone as long again it closes. A thread
without ``returns`` lines closes after ``wait`` turns.
"""

from __future__ import annotations

from dataclasses import dataclass

from simulator.client import Client
from simulator.engine.lines import Entry

THREAD_KINDS = ("step", "deflect", "returns")


@dataclass(slots=True)
class ThreadState:
    """Where one thread stands in a session."""

    step: int = 0
    """The step the next pick-up draws."""
    ignored: int = 0
    """Turns since the thread was last said or picked up."""
    returned: bool = False
    status: str = "open"
    """``open``, ``paid_off`` or ``closed``."""


class Threads:
    """The threads of one session, in the persona's order."""

    def __init__(self, client: Client) -> None:
        self.specs = client.persona.threads
        self.states: dict[str, ThreadState] = {}

    def open_ones(self) -> list[str]:
        return [name for name, st in self.states.items() if st.status == "open"]

    def step_of(self, name: str) -> int:
        return self.states[name].step

    def returning(self) -> tuple[str, ...]:
        """Open threads left alone long enough for the client to bring them back."""
        return tuple(
            name
            for name, st in self.states.items()
            if st.status == "open"
            and not st.returned
            and self.specs[name].returns
            and st.ignored >= self.specs[name].wait
        )

    def after_turn(self, said: list[Entry], picked: str | None) -> tuple[str, ...]:
        """Move the threads on after the lines ``said`` in a turn whose reply picked up ``picked``;
        returns the threads the turn's lines belong to (what a follow-up reply can pick up)."""
        touched: list[str] = []
        opened: list[str] = []
        for entry in said:
            if entry.kind in THREAD_KINDS:
                st = self.states[entry.key]
                st.ignored = 0
                touched.append(entry.key)
                if entry.kind == "step":
                    st.step += 1
                    if st.step >= len(self.specs[entry.key].steps):
                        st.status = "paid_off"
                elif entry.kind == "returns":
                    st.returned = True
            name = entry.line.opens
            if name is not None and name not in self.states:
                self.states[name] = ThreadState()
                opened.append(name)
        for name, st in self.states.items():
            if st.status != "open" or name in touched or name in opened:
                continue
            if name == picked:
                st.ignored = 0
                continue
            st.ignored += 1
            wait = self.specs[name].wait
            if st.ignored >= 2 * wait or (st.ignored >= wait and (st.returned or not self.specs[name].returns)):
                st.status = "closed"
        return tuple(dict.fromkeys(touched + opened))
