"""``rapport serve`` answers a browser on a loopback port, and a browser session gets the app."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator

import aiohttp
import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[int, str]]:
    """A running ``rapport serve`` on a free port, and its first page."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "simulator", "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as response:
                    assert response.status == 200
                    page = response.read().decode()
                break
            except (urllib.error.URLError, ConnectionError):
                assert server.poll() is None, server.stderr.read()
                assert time.monotonic() < deadline, "rapport serve did not answer within 30 s"
                time.sleep(0.2)
        yield port, page
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert f"Serving rapport on http://127.0.0.1:{port}" in server.stdout.read()


def test_serve_answers_http_200_with_the_terminal_page(served: tuple[int, str]) -> None:
    port, page = served
    assert f'data-session-websocket-url="ws://127.0.0.1:{port}/ws"' in page


def test_a_browser_session_gets_the_client_picker(served: tuple[int, str]) -> None:
    port, _ = served

    async def first_screen() -> bytes:
        received = b""
        async with aiohttp.ClientSession() as http, http.ws_connect(f"http://127.0.0.1:{port}/ws") as ws:
            await ws.send_str(json.dumps(["resize", {"width": 100, "height": 30}]))
            deadline = time.monotonic() + 20
            while b"Choose a client" not in received and time.monotonic() < deadline:
                try:
                    message = await ws.receive(timeout=1)
                except TimeoutError:
                    continue
                if message.type not in (aiohttp.WSMsgType.BINARY, aiohttp.WSMsgType.TEXT):
                    break
                received += message.data if isinstance(message.data, bytes) else message.data.encode()
        return received

    screen = asyncio.run(first_screen())
    assert b"Choose a client" in screen and b"Dana Okafor" in screen


def test_serve_refuses_a_port_out_of_range() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "simulator", "serve", "--port", "70000"], capture_output=True, text=True, timeout=30
    )
    assert out.returncode == 2 and out.stderr.startswith("rapport: error: Invalid value for '--port'")


def test_serve_on_a_port_in_use_says_so_in_one_line() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out = subprocess.run(
            [sys.executable, "-m", "simulator", "serve", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=30,
        )
    assert out.returncode == 2
    assert out.stderr.startswith(f"rapport: error: cannot listen on 127.0.0.1:{port}: ") and out.stderr.count("\n") == 1


def test_under_serve_an_unsaved_transcript_stays_out_of_the_browsers_data_channel(
    tmp_path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from pathlib import Path

    from simulator.cli.base import report_saved
    from simulator.client import Client
    from simulator.content.library import load_library
    from simulator.engine import Session
    from simulator.records.store import TranscriptFile

    library = load_library([Path(__file__).parent / "fixtures" / "tiny"])
    client = Client(library.personas["pat"], library.graphs["tiny"])
    (tmp_path / "file").write_text("")
    session = Session(client, autosave=TranscriptFile(tmp_path / "file" / "pat.json"))
    session.submit("that sounds hard")
    monkeypatch.setenv("TEXTUAL_DRIVER", "textual.drivers.web_driver:WebDriver")  # as textual-serve runs the app
    report_saved(session)
    out, err = capsys.readouterr()
    assert out == ""  # stdout is the data channel: text there never reaches the student
    assert json.loads(err[err.index("{") :])["turns"][0]["student"] == "that sounds hard"
