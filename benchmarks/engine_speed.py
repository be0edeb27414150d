"""How fast the engine plays a turn and how fast ``rapport check`` reads the bundled content.

Run with ``uv run python benchmarks/engine_speed.py``. Figures go in the README; nothing here runs in
the test suite (timings on a shared machine make poor assertions).
"""

from __future__ import annotations

import statistics
import time

from whole_process import command

from simulator.client import Client
from simulator.content.library import load_library
from simulator.engine import Session

REPLIES = [
    "It sounds like coming here wasn't your idea.",
    "What would make this feel less like a waste of your time?",
    "You need to take this seriously.",
    "It makes sense that you'd be wary, given what happened last time.",
    "You showed up today even though you didn't want to. That counts.",
    "It's up to you what we talk about.",
    "Have you tried just talking to your boss?",
    "Part of you wants things to change, and part of you is tired of people telling you how.",
]


def per_turn(repeats: int = 200) -> list[float]:
    lib = load_library()
    samples: list[float] = []
    for persona in lib.personas.values():
        client = Client(persona, lib.graphs[persona.graph])
        for seed in range(repeats // 10):
            session = Session(client, seed)
            for reply in REPLIES:
                if session.is_over:
                    break
                t0 = time.perf_counter()
                session.submit(reply)
                samples.append(time.perf_counter() - t0)
    return samples


def main() -> None:
    samples = per_turn()
    print(
        f"engine turn: median {statistics.median(samples) * 1e3:.3f} ms, "
        f"p95 {sorted(samples)[int(len(samples) * 0.95)] * 1e3:.3f} ms over {len(samples)} turns"
    )
    t0 = time.perf_counter()
    for _ in range(10):
        load_library()
    print(f"load + check bundled content (in process): {(time.perf_counter() - t0) / 10 * 1e3:.1f} ms")
    for args in (("--help",), ("list",), ("check",)):
        print(f"rapport {' '.join(args)}: best of 5 {command(*args) * 1e3:.0f} ms (whole process)")


if __name__ == "__main__":
    main()
