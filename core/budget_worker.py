"""The child process of core.budget: `python -m core.budget_worker` reads one pickled parse request on stdin
and writes the pickled outcome on stdout. A module of its own, so the child imports only the parser (not
pandas, not Streamlit) and runs as `__main__` without a second copy of core.budget."""

from __future__ import annotations

import sys

from core.budget import run_child

if __name__ == "__main__":
    run_child(sys.stdin.buffer, sys.stdout.buffer)
