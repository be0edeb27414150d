"""The app: a library of clients, the screen for each step, and the session being played.

Screens do not create sessions or pick screens for each other; they ask the app
(:meth:`RapportApp.show_picker`, :meth:`RapportApp.show_briefing`, :meth:`RapportApp.start_session`),
which owns the one live :class:`~simulator.engine.Session` and so can save it as ``abandoned`` when
the student quits from anywhere.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from simulator.client import Client
from simulator.content.library import Library
from simulator.store import new_transcript_path

if TYPE_CHECKING:
    from simulator.engine import Session

SavePath = Callable[[str, int], Path | None]
"""Where a new session for (persona id, seed) is autosaved; ``None`` keeps it in memory only."""


class RapportApp(App["Session | None"]):
    """Pick a client, hold a session, read the debrief; the return value is the last session."""

    CSS_PATH = "rapport.tcss"
    TITLE = "rapport"
    COMMAND_PALETTE_BINDING = "ctrl+p"
    """Textual's command palette: change theme (light or dark), show keys, quit."""
    BINDINGS = [
        Binding("f1", "keys", "Keys"),
        Binding("question_mark", "keys", "Keys", show=False),
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(
        self,
        library: Library,
        *,
        persona: str | None = None,
        seed: int = 0,
        exam: bool = False,
        save_path: SavePath = new_transcript_path,
    ) -> None:
        super().__init__()
        self.library = library
        self.first_persona = persona
        self.seed = seed
        self.exam = exam
        self.save_path = save_path
        self.session: Session | None = None

    async def on_mount(self) -> None:
        # awaited, so keys typed ahead of start-up (queued behind this handler) find the screen ready
        if self.first_persona is not None:  # named on the command line: straight to the session
            await self.start_session(self.first_persona)
        else:
            await self.show_picker()
            # the engine and the move coder take a few hundred ms to import: do it while the student reads
            self.call_after_refresh(self.run_worker, _import_engine, thread=True, exit_on_error=False)

    def _show(self, screen: Screen) -> Awaitable[object]:
        """Put ``screen`` in place of the current one; awaiting the result waits for it to mount."""
        if len(self.screen_stack) > 1:
            return self.switch_screen(screen)
        return self.push_screen(screen)

    def client(self, persona_id: str) -> Client:
        persona = self.library.personas[persona_id]
        return Client(persona, self.library.graphs[persona.graph])

    def show_picker(self) -> Awaitable[object]:
        from simulator.tui.screens.picker import PickerScreen

        return self._show(PickerScreen(self.library))

    def show_briefing(self, persona_id: str) -> Awaitable[object]:
        from simulator.tui.screens.briefing import BriefingScreen

        return self._show(BriefingScreen(self.client(persona_id), exam=self.exam))

    def start_session(self, persona_id: str) -> Awaitable[object]:
        """A new session with this client (same seed and mode as the app was started with)."""
        from simulator.engine import Session
        from simulator.tui.screens.chat import ChatScreen

        self._abandon()
        self.session = Session(
            self.client(persona_id), self.seed, save_to=self.save_path(persona_id, self.seed), exam=self.exam
        )
        return self._show(ChatScreen(self.session))

    def _abandon(self) -> None:
        if self.session is not None:
            self.session.end("abandoned")

    def action_keys(self) -> None:
        from simulator.tui.screens.keys import KeysScreen

        if not isinstance(self.screen, KeysScreen):
            self.push_screen(KeysScreen())

    async def action_quit(self) -> None:
        """Quit from anywhere; a session still in progress is saved with the outcome ``abandoned``."""
        self._abandon()
        self.exit(self.session)


def _import_engine() -> None:
    import simulator.tui.screens.chat  # noqa: F401  (imports the engine and the move coder)
