"""The one error the parser raises, and how it says where."""

from __future__ import annotations

# A file holding no statement the reader can read (a README, a letter, a release told in prose alone, a page laid
# out without tables): said as what was not found and what to upload, with what was seen in brackets. Never "not an
# earnings release": a release printing no tables is one (UI-57: "none of its 17 tables of figures is a statement
# ...", "(read no exhibits)" had been the reader's words, not the user's next step).
NO_STATEMENT = ("has no statement Release Lens can read: no statement of operations, balance sheet or cash flow "
                "found{seen}; upload the 8-K's Exhibit 99.1")


def no_statement(name: str, seen: str = "") -> str:
    """ "notes.md has no statement Release Lens can read: no statement of operations, balance sheet or cash flow
    found (it holds no table of figures); upload the 8-K's Exhibit 99.1". `seen`: what the file held, in brackets."""
    return f"{name} " + NO_STATEMENT.format(seen=f" ({seen})" if seen else "")


# A file cut off in transfer, said as what its bytes show (UI-57: half of Horizon's HTML had been refused as holding
# "none of its 17 tables of figures", which said nothing of the cut).
CUT_OFF_HTML = ("ends mid-document (no closing </html>, last table cut off), and no statement was read from the part "
                "that arrived; upload the whole file")


class ReleaseParseError(ValueError):
    """A release could not be read. The message names what was wrong and, where known, where.

    `str(error)` reads like tomli's: "no financial statement found in allos.txt (at line 12, column 5)".
    """

    def __init__(self, message: str, *, line: int | None = None, column: int | None = None,
                 exhibits_read: tuple[str, ...] = (), reason: str = "") -> None:
        self.message = message
        self.line = line
        self.column = column
        # A whole submission none of whose exhibits holds a statement: the exhibits read, for a page to name
        # them in its own words without taking the message apart.
        self.exhibits_read = exhibits_read
        # Where a document held a statement the reader could not read, what stopped it ("the table at lines
        # 20-58 has no column whose header says both when its period ended and how long it was"): carried
        # whole, so that a submission's refusal, and a page, can say it of the exhibit read.
        self.reason = reason
        super().__init__(self._render())

    def _render(self) -> str:
        if self.line is None:
            return self.message
        if self.column is None:
            return f"{self.message} (at line {self.line})"
        return f"{self.message} (at line {self.line}, column {self.column})"
