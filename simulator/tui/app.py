"""The app: the clients on offer, the screen for each step, and the session being played.

Screens do not create sessions or pick screens for each other; they ask the app
(:meth:`RapportApp.show_picker`, :meth:`RapportApp.show_briefing`, :meth:`RapportApp.start_session`),
which owns the one live :class:`~simulator.engine.Session` and so can save it as ``abandoned`` when
the student quits from anywhere.

Start-up is kept short by doing first only what the picker needs: a quick index of the clients
(no pydantic). The validated library, the engine and the move coder load in a worker thread while
the student reads the list; opening a client waits for them if it has to.
"""

from __future__ import annotations

import asyncio
import os
import signal
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on
from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from simulator.records.store import TranscriptFile, new_transcript_path
from simulator.tui.keyboard import forgive_bad_bytes

if TYPE_CHECKING:
    from simulator.classroom.run import DrillStart
    from simulator.client import Client
    from simulator.content.library import Library
    from simulator.engine import Session

TRANSCRIPT = "transcript"
"""The name a download of the transcript goes by (:meth:`App.deliver_text`), so the app can say how it went."""

EXIT_WITHIN_SECONDS = 10.0
"""How long the app may take to restore the terminal after SIGTERM or SIGHUP before it just stops."""

SavePath = Callable[[str, int], Path | None]
"""Where a new session for (persona id, seed) is autosaved; ``None`` keeps it in memory only."""


class RapportApp(App["Session | None"]):
    """Pick a client, hold a session, read the debrief; the return value is the last session.

    Give it a loaded ``library``, or the content ``roots`` beside the bundled clients and let it
    load them itself (faster to the first screen).
    """

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
        library: Library | None = None,
        *,
        roots: list[Path] | None = None,
        persona: str | None = None,
        seed: int = 0,
        exam: bool = False,
        save_path: SavePath = new_transcript_path,
        drill: DrillStart | None = None,
        session: Session | None = None,
    ) -> None:
        super().__init__()
        forgive_bad_bytes()
        self.drill = drill
        """A drill to run instead of the picker (``rapport drill``): its screens take over from here."""
        self.first_session = session
        """A session picked up again (``rapport resume``): shown at once, instead of the picker."""
        self.library = library
        self.roots = roots or []
        self.first_persona = persona
        self.seed = seed
        self.exam = exam
        self.save_path = save_path
        self.session: Session | None = None
        self._loaded = asyncio.Event()

    async def on_mount(self) -> None:
        self._catch_signals()
        if self.first_persona is not None and self.library is None:  # a session needs validated content
            from simulator.content.library import load_library

            self.library = load_library(self.roots)
        if self.library is None:
            self.call_after_refresh(self.run_worker, self._load, thread=True)
        else:
            self._loaded.set()
            self.call_after_refresh(self.run_worker, _import_engine, thread=True)
        # awaited, so keys typed ahead of start-up (queued behind this handler) find the screen ready
        if self.drill is not None:
            from simulator.tui.screens.drill import DrillScreen

            await self._show(DrillScreen(self.drill))
        elif self.first_session is not None:
            await self.show_session(self.first_session)
        elif self.first_persona is not None:  # named on the command line: straight to the session
            await self.start_session(self.first_persona)
        else:
            await self.show_picker()

    def _catch_signals(self) -> None:
        """SIGTERM (a kill, a logout) and SIGHUP (the terminal closed) end the app the way ctrl+q does.

        Left to Python's default, either stops the process on the spot: the terminal stays in the
        alternate screen with mouse tracking on, and the transcript says ``ongoing``.
        """
        loop = asyncio.get_running_loop()
        for name in ("SIGTERM", "SIGHUP"):
            signum = getattr(signal, name, None)
            if signum is None:  # pragma: no cover - Windows has no SIGHUP
                continue
            try:
                loop.add_signal_handler(signum, self._signalled, signum)
            except (NotImplementedError, RuntimeError, ValueError):  # pragma: no cover - not the main thread
                return

    def _signalled(self, signum: int) -> None:
        self._abandon()  # saved first: whatever happens to the terminal now, the transcript is safe
        status = 128 + signum  # the shell's code for "stopped by a signal"
        self.exit(self.session, return_code=status)
        # After a hang-up the terminal is gone: Textual's output thread dies on the first failed write
        # and the next writes wait for it forever. The session is saved, so then stop regardless.
        watchdog = threading.Timer(EXIT_WITHIN_SECONDS, os._exit, (status,))
        watchdog.daemon = True
        watchdog.start()

    def _load(self) -> None:
        """In a worker thread: validate the content, then import the engine and the move coder."""
        from simulator.content.library import load_library

        library = load_library(self.roots)
        try:
            self.call_from_thread(self._library_loaded, library)
        except RuntimeError:  # the student quit before the library arrived
            return
        _import_engine()

    def _library_loaded(self, library: Library) -> None:
        from simulator.tui.screens.picker import PickerScreen

        self.library = library
        self._loaded.set()
        if isinstance(self.screen, PickerScreen):
            self.screen.show_library(library)

    async def loaded_library(self) -> Library:
        """The validated library, once it has loaded."""
        await self._loaded.wait()
        assert self.library is not None
        return self.library

    def _show(self, screen: Screen) -> Awaitable[object]:
        """Put ``screen`` in place of the current one; awaiting the result waits for it to mount."""
        if len(self.screen_stack) > 1:
            return self.switch_screen(screen)
        return self.push_screen(screen)

    async def client(self, persona_id: str) -> Client | None:
        """The client to play, or ``None`` (with a notice) when its files failed validation."""
        from simulator.client import Client

        library = await self.loaded_library()
        persona = library.personas.get(persona_id)
        if persona is None:
            problem = library.rejected.get(persona_id)
            message = f"{persona_id} cannot be played: {problem or 'not found'}"
            self.notify(message, severity="error", timeout=10, markup=False)  # quotes YAML: never markup
            return None
        return Client(persona, library.graphs[persona.graph])

    async def show_picker(self) -> None:
        from simulator.content.index import index
        from simulator.content.roots import bundled_root
        from simulator.tui.screens.picker import PickerScreen

        if self.library is not None:
            await self._show(PickerScreen(self.library.personas.values(), self.library.diagnostics.errors))
        else:
            entries, problems = index([bundled_root(), *self.roots])
            await self._show(PickerScreen(entries, problems.errors))

    async def show_briefing(self, persona_id: str) -> None:
        from simulator.tui.screens.briefing import BriefingScreen

        client = await self.client(persona_id)
        if client is not None:
            await self._show(BriefingScreen(client, exam=self.exam))

    async def start_session(self, persona_id: str, seed: int | None = None) -> None:
        """A new session with this client, on ``seed`` (default: the seed the app was started with)."""
        from simulator.engine import Session
        from simulator.tui.screens.chat import ChatScreen

        client = await self.client(persona_id)
        if client is None:
            return
        self._abandon()
        seed = self.seed if seed is None else seed
        path = self.save_path(persona_id, seed)
        autosave = TranscriptFile(path) if path is not None else None
        self.session = Session(client, seed, autosave=autosave, exam=self.exam)
        await self._show(ChatScreen(self.session))

    async def show_session(self, session: Session) -> None:
        """Put a session made elsewhere (an unfinished one picked up again) on screen."""
        from simulator.tui.screens.chat import ChatScreen

        if session is not self.session:
            self._abandon()
        self.session = session
        await self._show(ChatScreen(session))

    async def resume_session(self, path: Path) -> None:
        """Pick up the unfinished session saved in ``path`` (asking first if its client has changed)."""
        from simulator.records.resume import CannotResume, find_unfinished
        from simulator.tui.screens.history import ChangedScreen

        try:
            found = find_unfinished(path, await self.loaded_library())
        except CannotResume as exc:
            self.notify(str(exc), severity="error", timeout=10, markup=False)
            return
        if not found.changed:
            await self._resume(found, "same")
            return

        def chosen(choice: str | None) -> None:
            if choice is not None:
                self.call_later(self._resume, found, choice)

        self.push_screen(ChangedScreen(found.client.persona.name), chosen)

    async def _resume(self, found, choice: str) -> None:
        from simulator.records.resume import CannotResume, continue_session, start_over

        try:
            session = start_over(found) if choice == "over" else continue_session(found)
        except CannotResume as exc:
            self.notify(str(exc), severity="error", timeout=10, markup=False)
            return
        await self.show_session(session)

    async def show_history(self) -> None:
        from simulator.tui.screens.history import HistoryScreen

        await self._show(HistoryScreen())

    async def action_history(self) -> None:
        """Past sessions and progress (``ctrl+o`` in the picker, ``h`` in the debrief)."""
        await self.show_history()

    def _abandon(self) -> None:
        if self.session is not None:
            self.session.end("abandoned")
        if self.drill is not None and self.drill.run is not None:  # an exercise of a drill in progress
            self.drill.run.abandon()

    @on(events.DeliveryComplete)
    def _delivered(self, event: events.DeliveryComplete) -> None:
        if event.name == TRANSCRIPT:
            where = f"saved to {event.path}" if event.path else "sent to your browser's downloads"
            self.notify(f"A copy of the transcript was {where}.", timeout=20, markup=False)

    @on(events.DeliveryFailed)
    def _not_delivered(self, event: events.DeliveryFailed) -> None:
        if event.name == TRANSCRIPT:
            self.notify(f"The copy could not be saved either: {event.exception}", severity="error", markup=False)

    def action_keys(self) -> None:
        from simulator.tui.screens.keys import KeysScreen

        if not isinstance(self.screen, KeysScreen):
            self.push_screen(KeysScreen())

    async def action_quit(self) -> None:
        """Quit from anywhere; a session still in progress is saved with the outcome ``abandoned``."""
        self._abandon()
        self.exit(self.session)


def _import_engine() -> None:
    """Import what the first reply needs, so the student does not wait for it."""
    import scoring.coding  # noqa: F401  (compiles the cue tables)
    import simulator.tui.screens.chat  # noqa: F401  (imports the engine)
