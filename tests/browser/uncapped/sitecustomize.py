"""Test-only: with RELEASE_LENS_TEST_UNCAPPED=1, every Python started with this folder on its path (the
dashboard server of test_budget_in_chromium, and the parse children it starts) runs without the caps of
core.limits. A wide row then takes the parser tens of seconds, as it did before the caps, which is what
the browser test needs: a parse that only the budget (core.budget) can stop. Never on a real path."""

from __future__ import annotations

import os

if os.environ.get("RELEASE_LENS_TEST_UNCAPPED") == "1":
    from core import limits
    from core.tables import find as text_tables
    from core.tables import flattened, numbers

    HUGE = 10**12
    # Each module reads the cap it imported from core.limits under its own name, so the cap is replaced there
    # (by setattr: those names are the modules' private imports, not attributes they export); the HTML caps
    # are read from core.limits itself.
    for module, names in (
        (numbers, ("MAX_LINE_VALUES",)),
        (text_tables, ("MAX_VALUES", "MAX_TABLE_COLUMNS")),
        (flattened, ("MAX_VALUES",)),
        (limits, ("MAX_LINES", "MAX_HTML_ELEMENTS", "MAX_HTML_CELLS", "MAX_HTML_GRID")),
    ):
        for name in names:
            setattr(module, name, HUGE)
