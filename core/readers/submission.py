"""A whole EDGAR submission as documents: its header, the exhibits that may hold the earnings release,
and each exhibit as the Document the text reader reads (an HTML exhibit rendered once, however often it is
read). Which of them is the release is the pipeline's choice (core.exhibit_choice), not the reader's.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.model import Diagnostic
from core.readers.edgar import Exhibit, SubmissionHeader, read_submission, readable, release_candidates
from core.readers.text import Document, decode, decode_with_warnings, html_document, split_lines


class Submission:
    """A decoded submission. Documents are made on first use and kept: the exhibit chosen is read again
    below the narrative another exhibit lends it, and rendering HTML costs more than parsing it."""

    def __init__(self, name: str, header: SubmissionHeader, documents: tuple[Exhibit, ...], encoding: str,
                 lost: tuple[Diagnostic, ...]) -> None:
        self.name = name
        self.header = header
        self.documents = documents
        self.encoding = encoding
        self.lost = lost  # what decoding the whole file lost: every document carries it
        self.candidates = release_candidates(documents)
        self._read: dict[int, Document] = {}

    def to_read(self) -> tuple[Exhibit, ...]:
        """The exhibits that may hold the release; failing any, every readable document."""
        return self.candidates or tuple(d for d in self.documents if readable(d))

    def rest(self) -> tuple[Exhibit, ...]:
        """The readable documents that are no release exhibit (the 8-K's own document): read where no release
        exhibit holds a statement, for a release printed in the 8-K itself (round 716)."""
        return tuple(d for d in self.documents if readable(d) and d not in self.candidates) if self.candidates else ()

    def find(self, wanted: str) -> Exhibit | None:
        """The document named by type ("EX-99.2"), file name or sequence number."""
        key = wanted.strip().lower()
        return next((d for d in self.documents if key in (d.type.lower(), d.filename.lower(), d.sequence)), None)

    def document(self, exhibit: Exhibit) -> Document:
        if id(exhibit) not in self._read:
            self._read[id(exhibit)] = (
                html_document(exhibit.text, self.name, self.encoding, self.lost, "edgar", require_tables=False)
                if exhibit.is_html
                else Document(name=self.name, format="edgar", lines=split_lines(exhibit.text),
                              encoding=self.encoding, warnings=self.lost))
        return self._read[id(exhibit)]

    def joined(self, exhibits: Sequence[Exhibit], chosen: Exhibit) -> Document:
        """The exhibits one after another, one blank line between, as one document with the chosen one's
        warnings: a lender's narrative above the chosen exhibit's tables, and a later exhibit's statement
        that completes them (core.exhibit_choice)."""
        documents = [self.document(exhibit) for exhibit in exhibits]
        lines = [line for index, document in enumerate(documents)
                 for line in ((*([""] if index else []), *document.lines))]
        return Document(name=self.name, format="edgar", lines=tuple(lines), encoding=self.encoding,
                        warnings=self.document(chosen).warnings)


def read_submission_file(data: bytes, name: str) -> Submission:
    text, encoding, lost = decode_with_warnings(data, name)
    return read_submission_text(text, name, encoding, lost)


def read_submission_text(text: str, name: str, encoding: str, lost: tuple[Diagnostic, ...] = ()) -> Submission:
    """A submission from its text, however that was had: a PDF printed from the .txt holds the same
    envelope, and its header is no table (round 652: "FILED AS OF DATE: 20051102" printed as an amount)."""
    header, documents = read_submission(text)
    return Submission(name, header, documents, encoding, lost)


def list_exhibits(data: bytes, name: str = "submission.txt") -> tuple[Exhibit, ...]:
    """The exhibits of a submission that may hold its earnings release (EX-99*, EX-20*), in filing order."""
    text, _ = decode(data, name)
    _, documents = read_submission(text)
    return release_candidates(documents)
