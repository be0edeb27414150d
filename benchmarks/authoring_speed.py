"""How fast the authoring commands answer: explore to depth 8 per bundled persona, check, test, graph.

Run with ``uv run python benchmarks/authoring_speed.py``. Figures go in the README; the test suite
only asserts the explorer's budget (depth 8 under 2 s per persona), which leaves room for slow
machines.
"""

from __future__ import annotations

import time

from whole_process import command

from simulator.authoring.explore import explore
from simulator.client import Client
from simulator.content.library import load_library


def best(fn, repeats: int = 5) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    lib = load_library()
    for pid, persona in sorted(lib.personas.items()):
        client = Client(persona, lib.graphs[persona.graph])
        positions = explore(client, 8).positions
        seconds = best(lambda client=client: explore(client, 8))
        print(f"explore {pid} --depth 8 (in process): {seconds * 1e3:.0f} ms, {positions} positions")
    print(f"load + check + warnings, bundled (in process): {best(lambda: load_library(warnings=True)) * 1e3:.0f} ms")
    for args in (("check",), ("explore", "jayden"), ("test",), ("graph", "jayden")):
        print(f"rapport {' '.join(args)}: best of 5 {command(*args) * 1e3:.0f} ms (whole process)")


if __name__ == "__main__":
    main()
