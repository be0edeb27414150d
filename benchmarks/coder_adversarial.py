"""How the move coder's time grows with the length of hostile input: it must grow linearly.

A regex that backtracks (an unbounded run tried at every position, a lookahead that scans to the end)
turns a long reply into seconds of work. Each family below repeats a piece that once triggered such
behaviour, or that could (filler words, adverbs, punctuation runs, stutters, one endless sentence),
to 1,000, 10,000 and 100,000 characters, codes it once with a client line, and prints the time and
the time per 1,000 characters; linear growth keeps the last column flat.

Run: ``uv run python benchmarks/coder_adversarial.py [--quick]`` (``--quick`` stops at 10,000).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scoring.coding import code, read  # noqa: E402

FAMILIES: tuple[tuple[str, str, str], ...] = (
    ("'of course you do ' repeated", "of course you do ", ""),
    ("'...' repeated, then '-you'", "...", "-you"),
    ("'!?' repeated", "!?", ""),
    ("'.' repeated", ".", ""),
    ("', ' repeated", ", ", ""),
    ("'so ' repeated", "so ", ""),
    ("'really ' repeated", "really ", ""),
    ("'you ' repeated", "you ", ""),
    ("'but ' repeated", "but ", ""),
    ("'it is ' repeated", "it is ", ""),
    ("'i-i ' stutters", "i-i ", ""),
    ("'a-' repeated", "a-", ""),
    ("one long word", "x", ""),
    ("'\"' repeated", '"', ""),
    ("one unpunctuated sentence", "you need to stop drinking and you know it because ", ""),
    ("short sentences", "you need to stop. ", ""),
    ("a mixed reply", "ok so u admit it, ur just lazy tbh!!! you could of died... what do you think? ", ""),
)
SIZES = (1_000, 10_000, 100_000)
CLIENT = "I don't know, it's not that bad."


def make(piece: str, tail: str, size: int) -> str:
    """``piece`` repeated to ``size`` characters in all, ending with ``tail``."""
    body = (piece * (size // len(piece) + 1))[: size - len(tail)]
    return body + tail


def timed(fn, *args) -> float:
    t0 = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t0


def main() -> None:
    sizes = SIZES[:2] if "--quick" in sys.argv else SIZES
    code("warm up", CLIENT)
    head = "".join(f"{n:>12,d} ch" for n in sizes)
    print(f"{'input':36s}{head}   ms per 1k chars (first -> last)")
    worst = 0.0
    for name, piece, tail in FAMILIES:
        times = [timed(code, make(piece, tail, n), CLIENT) for n in sizes]
        per_k = [t * 1e3 / (n / 1000) for t, n in zip(times, sizes, strict=True)]
        worst = max(worst, times[-1])
        cells = "".join(f"{t * 1e3:12.1f} ms" for t in times)
        print(f"{name:36s}{cells}   {per_k[0]:.2f} -> {per_k[-1]:.2f}")
    n = sizes[-1]
    explain = timed(read, make("you need to stop. ", "", n), CLIENT)
    print(f"\nread() with its trace (rapport code --explain), {n:,} chars of short sentences: {explain * 1e3:.1f} ms")
    print(f"slowest single reply above: {worst * 1e3:.1f} ms")


if __name__ == "__main__":
    main()
