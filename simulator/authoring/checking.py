"""What ``rapport check`` reads: content roots and files, their case files and drills, errors and
warnings (the content's own and the engine's, :mod:`simulator.authoring.audit`).

The command line stays a thin shell over this: it chooses the output format and the exit status.
"""

from __future__ import annotations

from pathlib import Path

from simulator.authoring.audit import audit
from simulator.authoring.testing import check_cases
from simulator.content.cases import is_case_path
from simulator.content.diagnostics import Diagnostic
from simulator.content.drill_load import check_drill_paths, is_drill_path
from simulator.content.library import load_library


def check_paths(paths: list[Path]) -> tuple[list[Diagnostic], int]:
    """Every diagnostic (errors and warnings, sorted) for ``paths``, and how many files were read.

    With no paths, the bundled content and its cases. Otherwise only the files under ``paths`` are
    reported, though the bundled clients are loaded so that ids and graphs they use are known.
    """
    if paths:
        content_paths = [path for path in paths if not is_case_path(path) and not is_drill_path(path)]
        lib = load_library(content_paths, report_bundled=False, warnings=True)
    else:
        lib = load_library(warnings=True)
    lib.diagnostics.extend(audit(lib))
    cases = check_cases(paths, lib)
    drills = check_drill_paths(paths, lib)
    lib.diagnostics.extend(cases.diagnostics)
    lib.diagnostics.extend(drills.diagnostics)
    return lib.diagnostics.sorted(), lib.checked + cases.checked + drills.checked
