"""A whole EDGAR submission into one Release: which exhibit is the earnings release, and what the header adds.

A filing's release is usually EX-99.1, but not always: older filings number it EX-99 or EX-99.01, some
(before 2004) filed it as EX-20, a data sheet may follow as EX-99.2, and some filers split one release
over exhibits (Southern Company: the narrative in EX-99.01, the tables in EX-99.02 to 99.06). So each
candidate exhibit is read, and the first that holds a financial statement is the release; where its own
text has no narrative, the narrative-only exhibit before it lends its text (company, dateline, prose
figures), and where it holds only a summary, a later exhibit printing the same figures with the lines
between them completes it; where it lacks a balance sheet or cash flow that a later exhibit holds for the same
latest period (a statement of income in EX-99.1, "Supplemental financial information" in EX-99.2), the two are
read together. The others that hold statements are named in `Release.notes`, and `exhibit=`
picks one of them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from core.errors import ReleaseParseError, no_statement
from core.limits import MAX_EXHIBITS, LimitExceeded, refusal
from core.model import FINANCIAL_KINDS, Diagnostic, ExhibitRef, Release
from core.narrative.metadata import spelled_by_the_release, submission_release_date
from core.readers.edgar import Exhibit, SubmissionHeader
from core.readers.submission import Submission
from core.stages import StatementsRead, finish_release, read_statements, titled_a_subsidiarys
from core.vocabulary import CORRECTS_A_RELEASE, NAMES_A_COMPANY, NOT_A_RELEASE_EXHIBIT, name_words


def parse_submission(submission: Submission, exhibit: str | None, sha256: str) -> Release:
    name = submission.name
    if exhibit is not None:
        chosen = submission.find(exhibit)
        if chosen is None:
            names = ", ".join(e.type for e in submission.candidates) or "none"
            raise ReleaseParseError(f"{name} has no exhibit {exhibit} (its release exhibits: {names})")
        try:
            release = finish_release(read_statements(submission.document(chosen)), sha256)
        except LimitExceeded:
            raise
        except ReleaseParseError:
            raise ReleaseParseError(f"no financial statement found in exhibit {chosen.type} of {name}") from None
        return _finish(release, submission.header, chosen, [], None, _refs(submission.candidates, None))
    readings, reasons = _read_each(submission, submission.to_read())
    if not any(r for _, r in readings):
        # No release exhibit holds a statement (a conference-call notice filed as EX-99): the release may be
        # printed in the 8-K's own document ("issued the following press release:"), so the other readable
        # documents are read before giving up (round 716).
        more, more_reasons = _read_each(submission, submission.rest(), len(readings))
        if any(r for _, r in more):  # else the refusal says what the release exhibits held, as before
            readings, reasons = readings + more, reasons + more_reasons
    found = [(e, r) for e, r in readings if r is not None]
    found, superseded = _without_superseded(submission, found)
    # A call's prepared remarks or a presentation holding statements of its own (in millions, rounded) is read
    # only where no exhibit is a release (round 346: a script's summary had been printed as the statements).
    releases = [(e, r) for e, r in found if not _speaks_of_a_release(submission, e)]
    if not found:
        if not readings:  # nothing in it an exhibit: no submission at all to the user (UI-57: "(read no exhibits)")
            raise ReleaseParseError(no_statement(name))
        looked = ", ".join(e.type for e, _ in readings)
        # One exhibit read: what the reader saw in it (a statement whose columns name no period it could
        # read is no exhibit without statements: round 321).
        reason = reasons[0] if len(reasons) == 1 else ""
        raise ReleaseParseError(f"no financial statement found in {name} (read {looked})"
                                + (f": {reason}" if reason else ""),
                                exhibits_read=tuple(e.type for e, _ in readings), reason=reason)
    candidates = releases or found
    chosen, read = _naming_the_filer(candidates, submission.header.company)
    summary = None
    if chosen is candidates[0][0]:
        fuller = _fuller_statements_later(candidates)
        if fuller is not None:
            summary, (chosen, read) = chosen, fuller
    assert read is not None
    completing = None if summary is not None else _completing_later(candidates, chosen, read)
    kinds_added = ""
    held_back = None
    if summary is None and completing is None:
        completing, held_back = _kinds_completing_later(candidates, chosen, read, submission.header.company)
        kinds_added = _named_kinds(_kinds(dict(candidates)[completing]) - _kinds(read)) if completing else ""
    others = [e for e, _ in found if e is not chosen and e is not completing]
    # The lender is told from the statements as read: the later stages keep each statement and its lines,
    # so the chosen exhibit is finished once, alone or below the narrative lent to it.
    lender = _narrative_lender(readings, chosen, read, summary)
    parts = [e for e in (lender, chosen, completing) if e is not None]
    release = finish_release(read if len(parts) == 1 else read_statements(submission.joined(parts, chosen)), sha256)
    if held_back is not None:
        release = dataclasses.replace(release, warnings=(*release.warnings, _held_back(held_back)))
    if submission.candidates and chosen not in submission.candidates:
        looked = ", ".join(e.label for e in submission.candidates)
        release = dataclasses.replace(release, notes=(
            *release.notes, f"no release exhibit holds a statement ({looked}): the release was read from the "
            f"filing's document {chosen.label}"))
    return _finish(release, submission.header, chosen, others, lender, _refs(submission.candidates, readings),
                   completing, superseded, kinds_added)


def _held_back(exhibit: Exhibit) -> Diagnostic:
    """The warning for an exhibit that would complete the release's statements but is titled for another
    entity: its figures are not printed as the company's, and the reader is told where they are."""
    return Diagnostic(f"exhibit {exhibit.label} holds statements the release lacks, but they are titled for "
                      "another entity (a subsidiary or another company); they are not read as the company's "
                      f"(pick it with exhibit={exhibit.type} to read it alone)")


def _read_each(submission: Submission, exhibits: Sequence[Exhibit], already: int = 0
               ) -> tuple[list[tuple[Exhibit, StatementsRead | None]], list[str]]:
    """Each exhibit as far as its statements (None where it holds none), and why each that holds none holds
    none; `already` counts the exhibits read before, which share the cap on how many are read."""
    if already + len(exhibits) > MAX_EXHIBITS:
        raise refusal(f"{already + len(exhibits):,} exhibits that may hold its release",
                      f"submissions with more than {MAX_EXHIBITS}", "MAX_EXHIBITS")
    readings: list[tuple[Exhibit, StatementsRead | None]] = []
    reasons: list[str] = []
    for exhibit in exhibits:
        try:
            readings.append((exhibit, read_statements(submission.document(exhibit))))
        except LimitExceeded:
            raise  # too big to read is no "holds no statement": the next exhibit is not tried instead
        except ReleaseParseError as error:
            readings.append((exhibit, None))
            reasons.append(error.reason)
    return readings, reasons


def _without_superseded(submission: Submission, found: list[tuple[Exhibit, StatementsRead]]
                        ) -> tuple[list[tuple[Exhibit, StatementsRead]], list[Exhibit]]:
    """The exhibits holding statements less those a later one of the same type says it corrects ("CORRECTED
    PRESS RELEASE", "This corrected release replaces the release issued earlier today"): a corrected release
    filed beside the first in one submission. The first had been read, its checks passing on its own wrong
    figures (round 384); the correction is the release."""
    superseded: list[Exhibit] = []
    for at, (exhibit, _) in enumerate(found):
        if _corrects(submission, exhibit):
            superseded += [e for e, _ in found[:at] if _type_family(e) == _type_family(exhibit) and e not in superseded]
    return [(e, r) for e, r in found if e not in superseded], superseded


def _type_family(exhibit: Exhibit) -> str:
    """An exhibit's type without a letter after its number: "EX-99.1A" files a correction of "EX-99.1"."""
    return re.sub(r"(?<=\d)[a-z]$", "", exhibit.type.strip().lower())


def _corrects(submission: Submission, exhibit: Exhibit) -> bool:
    """Whether the exhibit's description or its first lines say it corrects or replaces an earlier release."""
    if CORRECTS_A_RELEASE.search(exhibit.description):
        return True
    head = [line for line in submission.document(exhibit).lines[:_CORRECTION_LINES * 3] if line.strip()]
    return any(CORRECTS_A_RELEASE.search(line) for line in head[:_CORRECTION_LINES])


# The lines of an exhibit's head a correction's notice stands among: the exhibit's number, the company, the
# headline, the notice.
_CORRECTION_LINES = 20


def _naming_the_filer(found: Sequence[tuple[Exhibit, StatementsRead | None]], filer: str
                      ) -> tuple[Exhibit, StatementsRead | None]:
    """The first exhibit whose statements are the filer's: where an exhibit in front holds another company's
    (an acquired business's interim statements, filed as EX-99.2 or before the release), the one whose
    statement titles name the filer is the release. Without a name to go by, the first in filing order."""
    words = name_words(filer)
    if not words or len(found) < 2:
        return found[0]

    def names_filer(read: StatementsRead | None) -> bool:
        if read is None or not read.statements:
            return False
        first = min(s.span.first for s in read.statements)
        # The statement's title block: the company's name may stand over a title and a dated subtitle.
        area = " ".join(read.document.lines[max(0, first - _TITLE_REACH) : first + 8]).lower()
        return re.search(rf"\b{re.escape(words[0])}\b", area) is not None

    def names_another(read: StatementsRead | None) -> bool:
        """Whether the first statement's title block names a company at all (an acquired business's "ACME
        WIDGETS, INC."): a release's statements often stand under their title alone."""
        if read is None or not read.statements:
            return False
        first = min(s.span.first for s in read.statements)
        block = read.document.lines[max(0, first - _TITLE_REACH) : first + 3]
        return any(NAMES_A_COMPANY.search(line) for line in block)

    naming = [(e, r) for e, r in found if names_filer(r)]
    # (round 346: a release whose statements name no company had lost to a script's table naming the filer)
    return naming[0] if naming and not names_filer(found[0][1]) and names_another(found[0][1]) else found[0]


def _speaks_of_a_release(submission: Submission, exhibit: Exhibit) -> bool:
    """Whether the exhibit's description or its head (its first lines, before any sentence) calls it prepared
    remarks, a transcript, a presentation or a commentary."""
    if NOT_A_RELEASE_EXHIBIT.search(exhibit.description):
        return True
    head = [line for line in submission.document(exhibit).lines[:_HEAD_LINES * 3] if line.strip()][:_HEAD_LINES]
    return any(NOT_A_RELEASE_EXHIBIT.search(line) for line in head)


# The lines of an exhibit's head: "Exhibit 99.2", the company, what the document is, its date.
_HEAD_LINES = 6


# How far above a statement's first line its title block (company, title, dated subtitle) may start.
_TITLE_REACH = 6
# A release whose first table starts this close to its top has no narrative of its own.
_NARRATIVE_LINES = 5
# A summary ("Financial Highlights": sales, net income, EPS) carries a few concepts; statements carry many.
_FULL_STATEMENTS = 8


def _concepts(read: StatementsRead | None) -> set[str]:
    return {c for s in (read.statements if read else ()) for item in s.items for c in item.concepts}


def _latest_end(read: StatementsRead | None) -> date | None:
    return max((p.end for s in (read.statements if read else ()) for p in s.periods), default=None)


def _fuller_statements_later(found: Sequence[tuple[Exhibit, StatementsRead | None]]
                             ) -> tuple[Exhibit, StatementsRead | None] | None:
    """A later exhibit holding the statements of which the first holds only a summary: a narrative
    exhibit's "Financial Highlights" table (four lines), or a CFO's commentary in millions, before the
    statements filed as EX-99.2. For the same latest period, only where the later one carries at least
    twice the concepts; for a later period (a dividend notice repeating last quarter's statement of income
    in EX-99.1, this quarter's release in EX-99.2), where it carries more. Either way the later one holds
    nearly all the first one's concepts (a summary's "Cash and investments" may stand for its two lines)."""
    first = _concepts(found[0][1])
    first_end = _latest_end(found[0][1])
    for exhibit, read in found[1:]:
        later = _concepts(read)
        end = _latest_end(read)
        if (end is None or first_end is None or end < first_end or len(first - later) > len(first) // _MOSTLY
                or _a_subsidiarys(read)):
            continue
        if len(later) >= max(_FULL_STATEMENTS, 2 * len(first) if end == first_end else len(first) + 1):
            return exhibit, read
    return None


# All but a third of a summary's concepts are among the statements that stand for it.
_MOSTLY = 3


def _completing_later(found: Sequence[tuple[Exhibit, StatementsRead | None]], chosen: Exhibit,
                      read: StatementsRead) -> Exhibit | None:
    """A later exhibit whose statement of operations completes the chosen exhibit's summary: a filer that
    splits one release over exhibits (a utility's "Financial Highlights" with the net income, EPS and
    shares, then its "Analysis of Consolidated Earnings" with the operating lines: round 378). Read together
    where the summary carries few concepts and the later statement, over the same latest period, prints the
    same figure for every concept and period both print (at least one) and adds several of its own; figures
    that differ anywhere are another entity's or basis's, and the exhibits stay apart."""
    mine = _amounts(read)
    if len(_concepts(read)) >= _FULL_STATEMENTS or not mine:
        return None
    position = [e for e, _ in found].index(chosen)
    for exhibit, later in found[position + 1 :]:
        theirs = _amounts(later)
        shared = mine.keys() & theirs.keys()
        if _latest_end(later) != _latest_end(read) or not shared or _a_subsidiarys(later):
            continue
        # The same figure to the coarser printed digit: "1,234.5" (millions) is 1,234,500 thousand, give or
        # take half a digit; a subsidiary's 1,234,212 is not (round 387: merged, its lines printed as the
        # company's, when a whole unit of the coarser scale had been allowed)
        if any(abs(mine[key][0] - theirs[key][0]) > max(mine[key][1], theirs[key][1]) / 2 for key in shared):
            return None
        added = {key[0] for key in theirs} - {key[0] for key in mine}
        if len(added) >= _COMPLETES:
            return exhibit
    return None


def _kinds(read: StatementsRead | None) -> set[str]:
    """The kinds of financial statement an exhibit holds (its other tables are no statement it lacks)."""
    return {s.kind for s in (read.statements if read else ()) if s.kind in FINANCIAL_KINDS}


def _kinds_completing_later(found: Sequence[tuple[Exhibit, StatementsRead | None]], chosen: Exhibit,
                            read: StatementsRead, filer: str) -> tuple[Exhibit | None, Exhibit | None]:
    """A later exhibit holding the kinds of statement (balance sheet, cash flow) the chosen one lacks, over the
    same latest period: a filer that prints its statement of operations in the release (EX-99.1) and its balance
    sheet and cash flow as "Supplemental financial information" (EX-99.2) splits one release over two exhibits
    (round 709: the balance sheet and cash flow had been left out, named only as another exhibit to pick).
    Never where the later one holds a kind the chosen one holds too: two statements of operations are two
    readings of the company (a segment's, a restated year's), and the exhibits stay apart. Nor where the later
    one's statements are titled for another entity (`_another_entitys`): that one is returned second, held back
    for a warning (round 716: a finance subsidiary's balance sheet had been printed as the company's)."""
    mine = _kinds(read)
    if not mine or not _COMPLETED_KINDS - mine:
        return None, None
    held_back = None
    position = [e for e, _ in found].index(chosen)
    for exhibit, later in found[position + 1 :]:
        theirs = _kinds(later)
        if theirs & mine or not theirs & _COMPLETED_KINDS or _latest_end(later) != _latest_end(read):
            continue
        if not _another_entitys(later, filer):
            return exhibit, held_back
        held_back = held_back or exhibit
    return None, held_back


def _named_kinds(kinds: set[str]) -> str:
    """The kinds as a note names them, in the order a release prints them."""
    return " and ".join(_KIND_NAMES[k] for k in FINANCIAL_KINDS if k in kinds)


_KIND_NAMES = {"operations": "statement of operations", "balance": "balance sheet", "cash_flow": "cash flow statement"}
# The kinds of statement a later exhibit may add to the chosen one's: a release's balance sheet and cash flow.
_COMPLETED_KINDS = frozenset({"balance", "cash_flow"})


def _a_subsidiarys(read: StatementsRead | None) -> bool:
    """Whether any of the exhibit's statements, of whatever kind, is titled a subsidiary's ("CARDINAL
    MANUFACTURING COMPANY (a wholly owned subsidiary of Cardinal Industrial Corporation)"): its figures may
    round to the parent's and still be another entity's (round 393). A balance sheet alone counts as much as a
    statement of operations (round 716: a finance subsidiary's balance sheet had been read as the company's). A
    statement's span may open at its exhibit's top, above its title block ("EXHIBIT 99.2", a heading), so the
    block is looked for that far below its first line too."""
    return read is not None and any(
        titled_a_subsidiarys(statement, read.document.lines, before=_TITLE_REACH + 1, after=_TITLE_REACH)
        for statement in read.statements)


def _another_entitys(read: StatementsRead | None, filer: str) -> bool:
    """Whether the exhibit's statements are titled for an entity other than the filer: a subsidiary's
    ("(a wholly owned subsidiary of ...)"), or a company named over the first statement's title that is not
    the filer ("ACME WIDGETS, INC." in a filing of Harbor Industries). Such an exhibit never completes the
    release, whatever statements it holds."""
    if _a_subsidiarys(read):
        return True
    words = name_words(filer)
    if read is None or not read.statements or not words:
        return False
    first = min(s.span.first for s in read.statements)
    block = read.document.lines[max(0, first - _TITLE_REACH) : first + _TITLE_REACH]
    return any(NAMES_A_COMPANY.search(line) and not _AMOUNT.search(line)
               and not re.search(rf"\b{re.escape(words[0])}\b", line.lower()) for line in block)


# A printed amount: a line holding one is a row of the statement, not its title block.
_AMOUNT = re.compile(r"\d[\d,]{2,}")


# The concepts a later statement adds to a summary for the two to be one release's.
_COMPLETES = 3


def _amounts(read: StatementsRead | None) -> dict[tuple[str, date, int | None], tuple[Decimal, Decimal]]:
    """The amounts of the statements of operations by concept and period, each with its statement's printed
    digit."""
    amounts: dict[tuple[str, date, int | None], tuple[Decimal, Decimal]] = {}
    for s in (read.statements if read else ()):
        if s.kind != "operations":
            continue
        unit = s.printed_unit()  # once a statement: it reads every amount of it (issue 12)
        amounts.update({(concept, period.end, period.months): (value, unit)
                        for item in s.items if item.kind == "amount" for concept in item.concepts
                        for period, value in zip(s.periods, item.values, strict=True) if value is not None})
    return amounts


def _narrative_lender(
    readings: list[tuple[Exhibit, StatementsRead | None]], chosen: Exhibit, read: StatementsRead,
    summary: Exhibit | None = None,
) -> Exhibit | None:
    """The narrative exhibit just before the chosen one, when the chosen one is all tables: one that holds
    no statement, or only the summary the chosen one's statements set aside. Asked of the statements as
    read (core.stages.finish_release rescales and re-dates them but keeps each one and its span)."""
    first_table = min(s.span.first for s in read.statements)
    if sum(1 for line in read.document.lines[: first_table - 1] if line.strip()) > _NARRATIVE_LINES:
        return None
    before = [e for e, r in readings[: [e for e, _ in readings].index(chosen)] if r is None or e is summary]
    return before[-1] if before else None


def _refs(candidates: tuple[Exhibit, ...], readings: list[tuple[Exhibit, StatementsRead | None]] | None
          ) -> tuple[ExhibitRef, ...]:
    """The candidates as the model keeps them; whether each holds statements is known where all were read."""
    holding = {id(e) for e, r in readings or () if r is not None}
    return tuple(ExhibitRef(key=e.filename or e.type, type=e.type, label=e.label,
                            statements=readings is None or id(e) in holding) for e in candidates)


def _finish(
    release: Release, header: SubmissionHeader, chosen: Exhibit, others: list[Exhibit], lender: Exhibit | None,
    exhibits: tuple[ExhibitRef, ...], completing: Exhibit | None = None, superseded: Sequence[Exhibit] = (),
    kinds_added: str = "",
) -> Release:
    """The release with the submission's header and notes naming the exhibits read (`kinds_added`: the kinds of
    statement a completing exhibit adds, where it adds whole statements rather than a summary's lines)."""
    metadata = dataclasses.replace(
        release.metadata,
        company=release.metadata.company or spelled_by_the_release(header.company, release.lines),
        cik=header.cik,
        form_type=header.form_type,
        filing_date=header.filing_date,
        period_of_report=header.period_of_report,
        exhibit=chosen.type,
        release_date=release.metadata.release_date or submission_release_date(
            header.form_type, header.period_of_report, header.filing_date, release.statements),
    )
    rendered = " as rendered from its HTML" if chosen.is_html else ""
    if lender is None:
        notes = [f"read from exhibit {chosen.label}; line numbers are those of the exhibit{rendered}"]
    else:
        notes = [f"read from exhibit {chosen.label}, with the narrative of exhibit {lender.label} above its "
                 "tables; line numbers count from the start of that narrative"]
    if completing is not None:
        notes.append(f"the statement of exhibit {completing.label} is read below it: it prints the same figures "
                     "and the lines the exhibit leaves out" if not kinds_added else
                     f"the statements of exhibit {completing.label} are read below it: it holds the "
                     f"{kinds_added} the exhibit leaves out, for the same period")
    if others:
        names = ", ".join(e.type for e in others)
        notes.append(f"other exhibits also hold statements: {names} (pick one with exhibit=...)")
    if superseded:
        named = ", ".join(e.label for e in superseded)
        notes.append(f"not read: {named}, which a later exhibit of its type says it corrects or replaces")
    return dataclasses.replace(release, format="edgar", metadata=metadata, notes=(*release.notes, *notes),
                               exhibits=exhibits)
