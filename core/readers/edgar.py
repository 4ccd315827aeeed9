"""EDGAR's SGML envelope: a whole submission (.txt) split into its header and documents.

EDGAR serves a filing as one text file: `<SEC-HEADER>` (who filed what, when, for which period) followed by
one `<DOCUMENT>` per file of the filing (the 8-K, its exhibits, images uuencoded, XBRL parts), each with
`<TYPE>`, `<SEQUENCE>`, `<FILENAME>`, `<DESCRIPTION>` and the file itself between `<TEXT>` and `</TEXT>`.
The envelope is line-oriented SGML that EDGAR writes itself, one tag at the start of a line, so it is read
line by line here; what lies between `<TEXT>` tags (HTML or plain text) is handed on untouched.

Single exhibits saved from a submission often keep their envelope lines (`<DOCUMENT>` / `<TYPE>EX-99.1` /
... / `<TEXT>`), sometimes lower-cased inside `<html><body>` by an HTML tool: `strip_envelope` removes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from core.readers.html import is_html

# Header fields, as EDGAR prints them ("CONFORMED SUBMISSION TYPE:\t8-K"); the same names in the older
# <IMS-HEADER> form.
_FIELD = re.compile(r"^\s*(?P<name>[A-Z][A-Z ]+[A-Z]):\s*(?P<value>.*?)\s*$")
_TAG_LINE = re.compile(r"^\s*<(?P<tag>/?[A-Za-z][\w.-]*)>(?P<value>[^<]*)$")
# Envelope tags a single saved exhibit may open with, possibly behind "<html><body>".
_ENVELOPE_TAGS = frozenset({"document", "type", "sequence", "filename", "description"})
# Exhibit types that hold an earnings release: EX-99 and its numbered parts (EX-99.1, EX-99.01, EX-99-1),
# and EX-20 ("other documents to security holders"), which some filers used before 2004. The part may be
# numbered by digits, letters or parentheses, in any mix ("EX-99.A", "EX-99.(A)", "EX-99.1B", "EX-99(a)":
# round 716, a release filed as EX-99.A had been passed over); digits after the number need their separator
# (no "EX-200").
_RELEASE_TYPE = re.compile(r"^EX-(?:99|20)(?:[.\-]\d+|[.\-]?[A-Z]|[.\-]?\([A-Z0-9.]+\))*$", re.IGNORECASE)
# Documents that never hold a release: images, archives, XBRL (EX-101.*, R files), PDFs of the same.
_NOT_TEXT = re.compile(r"^(?:GRAPHIC|ZIP|EXCEL|XML|JSON|PDF|EX-101\b.*|EX-104\b.*)$", re.IGNORECASE)
_UUENCODE = re.compile(r"^begin [0-7]{3} \S")
# The wrappers EDGAR puts around a binary file's uuencoded text inside <TEXT> ("<PDF>", "<ZIP>", "<XLS>").
_BINARY_WRAPPER = re.compile(r"^<(?:PDF|ZIP|XLS|XLSX|GRAPHIC|JPG|GIF)>", re.IGNORECASE)
# A binary file's name: a PDF copy of a release, its logo.
_BINARY_FILENAME = re.compile(r"\.(?:pdf|gif|jpe?g|png|zip|xlsx?)$", re.IGNORECASE)
# A full uuencoded line: "M" (45 bytes) and up to sixty characters of the encoding's alphabet (its trailing
# spaces may have been cut).
_UUENCODED_LINE = re.compile(r"^M[\x20-\x60]{40,60}$")


@dataclass(frozen=True, slots=True)
class Exhibit:
    """One document of a submission: what EDGAR calls it, and its text."""

    type: str
    sequence: str
    filename: str
    description: str
    text: str
    first_line: int  # 1-based line of the submission where `text` begins

    @property
    def is_html(self) -> bool:
        return is_html(self.text)

    @property
    def label(self) -> str:
        """How the UI names it: "EX-99.1 (dex991.htm): press release"."""
        name = f"{self.type} ({self.filename})" if self.filename else self.type
        return f"{name}: {self.description}" if self.description and self.description != self.type else name


@dataclass(frozen=True, slots=True)
class SubmissionHeader:
    """The filing's facts from `<SEC-HEADER>`; empty where the header does not say."""

    company: str = ""
    cik: str = ""
    form_type: str = ""
    filing_date: date | None = None
    period_of_report: date | None = None
    accession: str = ""


def read_submission(text: str) -> tuple[SubmissionHeader, tuple[Exhibit, ...]]:
    """The header and every document of a whole submission, in filing order."""
    lines = text.split("\n")
    header_end = next((i for i, line in enumerate(lines) if line.strip().upper() == "<DOCUMENT>"), len(lines))
    header = _read_header(lines[:header_end])
    return header, tuple(_documents(lines, header_end))


def _read_header(lines: list[str]) -> SubmissionHeader:
    fields: dict[str, str] = {}
    filers: list[tuple[str, str]] = []
    name = ""
    for line in lines:
        match = _FIELD.match(line)
        if not match:
            continue
        key, value = match.group("name"), match.group("value")
        if key == "COMPANY CONFORMED NAME":
            name = value
        elif key == "CENTRAL INDEX KEY" and name:
            filers.append((name, value))
            name = ""
        elif key not in fields:
            fields[key] = value
    accession = fields.get("ACCESSION NUMBER", "")
    # Several filers (a holding company and its subsidiaries): the one filing for itself is the one whose
    # CIK opens the accession number; an agent's filing names the company first.
    company, cik = next(((n, c) for n, c in filers if accession.startswith(c)), filers[0] if filers else ("", ""))
    return SubmissionHeader(
        company=company,
        cik=cik.lstrip("0"),
        form_type=fields.get("CONFORMED SUBMISSION TYPE", fields.get("FORM TYPE", "")),
        filing_date=_date(fields.get("FILED AS OF DATE", "")),
        period_of_report=_date(fields.get("CONFORMED PERIOD OF REPORT", "")),
        accession=accession,
    )


def _date(value: str) -> date | None:
    if len(value) == 8 and value.isdigit():
        try:
            return date(int(value[:4]), int(value[4:6]), int(value[6:]))
        except ValueError:
            return None
    return None


def _documents(lines: list[str], start: int) -> list[Exhibit]:
    documents: list[Exhibit] = []
    index = start
    while index < len(lines):
        if lines[index].strip().upper() != "<DOCUMENT>":
            index += 1
            continue
        fields: dict[str, str] = {}
        index += 1
        while index < len(lines) and lines[index].strip().upper() != "<TEXT>":
            match = _TAG_LINE.match(lines[index])
            if match:
                fields[match.group("tag").upper()] = match.group("value").strip()
            if lines[index].strip().upper() == "</DOCUMENT>":
                break
            index += 1
        body_start = index + 1
        end = body_start
        while end < len(lines) and lines[end].strip().upper() not in ("</TEXT>", "</DOCUMENT>"):
            end += 1
        documents.append(
            Exhibit(
                type=fields.get("TYPE", ""),
                sequence=fields.get("SEQUENCE", ""),
                filename=fields.get("FILENAME", ""),
                description=fields.get("DESCRIPTION", ""),
                text="\n".join(lines[body_start:end]),
                first_line=body_start + 1,
            )
        )
        index = end + 1
    return documents


def release_candidates(exhibits: tuple[Exhibit, ...]) -> tuple[Exhibit, ...]:
    """The exhibits that may hold the earnings release, in filing order; images, XBRL and uuencoded
    files are never candidates."""
    return tuple(e for e in exhibits if _RELEASE_TYPE.match(e.type) and not _binary(e))


def readable(exhibit: Exhibit) -> bool:
    """Text or HTML a person could read (not an image, archive, XBRL part or uuencoded file)."""
    return not _binary(exhibit)


def _binary(exhibit: Exhibit) -> bool:
    """Whether the document is a file no one reads as text: by its type (GRAPHIC, XBRL), its name (a PDF copy
    filed under the release's own type, "hex991.pdf"), EDGAR's wrapper ("<PDF>") or its lines, mostly
    uuencoded however it opens (round 716: a PDF copy typed EX-99.1 had been borrowed as the narrative)."""
    if _NOT_TEXT.match(exhibit.type) or _BINARY_FILENAME.search(exhibit.filename.strip()):
        return True
    first = exhibit.text.lstrip()[:200]
    return (bool(_UUENCODE.match(first) or _BINARY_WRAPPER.match(first)) or _mostly_uuencoded(exhibit.text)
            or (first.startswith("<?xml") and "<html" not in exhibit.text[:2000].lower()))


def _mostly_uuencoded(text: str) -> bool:
    """Whether most of the first lines with text are full uuencoded lines."""
    lines = [line.rstrip() for line in text.split("\n", _SAMPLED_LINES)[:_SAMPLED_LINES] if line.strip()]
    return len(lines) >= _MIN_ENCODED and 2 * sum(1 for line in lines if _UUENCODED_LINE.match(line)) > len(lines)


# The lines sampled for uuencoding, and the fewest with text for the sample to tell anything.
_SAMPLED_LINES = 60
_MIN_ENCODED = 4


def strip_envelope(text: str) -> tuple[str, str, int]:
    """A single saved exhibit without its envelope lines: (text, exhibit type, lines removed at the top).

    Only leading lines made of envelope tags count (`<document>`, `<type>EX-99.1`, ..., `<text>`, maybe
    behind `<html><body>`); a document without them comes back unchanged.
    """
    lines = text.split("\n", 40)
    exhibit_type = ""
    for index, line in enumerate(lines[:40]):
        tags = _leading_tags(line)
        if tags is None:
            return text, "", 0
        if any(tag == "text" for tag, _ in tags):
            if not exhibit_type and not any(tag in ("document", "type") for tag, _ in tags):
                return text, "", 0
            rest = text.split("\n", index + 1)[-1] if index + 1 < len(lines) else ""
            closing = rest.lower().rfind("</text>")
            if closing >= 0:
                rest = rest[:closing]
            return rest, exhibit_type, index + 1
        for tag, value in tags:
            if tag == "type":
                exhibit_type = value.strip()
    return text, "", 0


def _leading_tags(line: str) -> list[tuple[str, str]] | None:
    """The envelope tags a line is made of, or None when it holds anything else."""
    tags: list[tuple[str, str]] = []
    rest = line.strip()
    if not rest:
        return tags
    while rest:
        if not rest.startswith("<"):
            return None
        close = rest.find(">")
        if close < 0:
            return None
        tag = rest[1:close].strip().lower()
        value_end = rest.find("<", close)
        value = rest[close + 1 : value_end if value_end >= 0 else len(rest)]
        rest = rest[value_end:] if value_end >= 0 else ""
        if tag in ("html", "body"):
            if value.strip():
                return None
            continue
        if tag not in _ENVELOPE_TAGS and tag != "text":
            return None
        tags.append((tag, value))
    return tags
