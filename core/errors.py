"""The one error the parser raises, and how it says where."""

from __future__ import annotations


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
