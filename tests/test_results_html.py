"""The HTML report is one self-contained page that renders in a real browser: every student, the
charts as inline SVG, no script and nothing fetched, names shown exactly as typed."""

from __future__ import annotations

import re
from pathlib import Path

from simulator.classroom.catalogue import load_catalogue
from simulator.classroom.htmlreport import render_html
from simulator.classroom.results import read_results
from simulator.classroom.run import DrillRun
from tests.browser import chromium, render
from tests.classroom import ALLIANCE, AUTONOMY, PUSH, FakeClock

BLAME = "You're tired of being the one who always gets the blame."
NAMES = ("Ana Lima", '<b>Eve</b> & "Co"', "Zoë Ng")


def make_class(folder: Path) -> None:
    catalogue = load_catalogue([])
    loaded = catalogue.drills.drills["rolling-with-discord"]
    clock = FakeClock()
    for i, (name, replies) in enumerate(
        zip(NAMES, ([ALLIANCE, AUTONOMY, ALLIANCE], [PUSH, PUSH, PUSH, PUSH], [ALLIANCE, PUSH]), strict=True)
    ):
        counter = iter(range(100))
        run = DrillRun(
            loaded,
            catalogue.clients_for(loaded),
            name,
            clock=clock,
            save_path=lambda kind, seed, i=i, counter=counter: folder / f"s{i}-{kind}-{next(counter)}.json",
        )
        skills = run.start(0)
        skills.answer(BLAME if i != 1 else PUSH)
        skills.end("ended")
        session = run.start(1)
        for reply in replies:
            if not session.is_over:
                session.submit(reply)
                clock.advance(20)
        session.end("ended")


def test_the_report_renders_with_its_charts_and_fetches_nothing(tmp_path: Path) -> None:
    chromium()  # skips where no browser is installed
    folder = tmp_path / "class"
    folder.mkdir()
    make_class(folder)
    page = tmp_path / "report.html"
    page.write_text(render_html(read_results([folder], load_catalogue([]))), encoding="utf-8")
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html and not re.search(r"""(src|href)\s*=""", html)
    assert set(re.findall(r"https?://[^\s\"'<>]+", html)) == {"http://www.w3.org/2000/svg"}  # a namespace, not fetched
    assert "&lt;b&gt;Eve&lt;/b&gt; &amp; &quot;Co&quot;" in html

    shown = render(page, tmp_path)
    assert "Uncaught" not in shown.console and "Failed to load" not in shown.console
    assert shown.dom.count("<svg") >= 3  # outcomes, guard curves, skills heat map
    for name in ("Ana Lima", "Zoë Ng"):
        assert name in shown.dom
    assert "&lt;b&gt;Eve&lt;/b&gt;" in shown.dom and "<b>Eve</b>" not in shown.dom
    assert "Where paths split" in shown.dom and "polyline" in shown.dom
    assert shown.screenshot.stat().st_size > 20_000
