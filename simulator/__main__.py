"""``python -m simulator``: the same command line as ``rapport``."""

from simulator.cli import main

main()
