"""Which releases belong to one company, and in what order: a key from the company's name (its legal
suffixes ignored), the release's end, and line keys that match lines across releases by concept or label."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from core.analysis.periods import day_name
from core.formatting import how_many, possessive, without_marks
from core.model import LineItem, Release, Statement
from core.vocabulary import COMPANY_SUFFIXES

LINE_PREFIX = "line:"

# Words that say nothing about which company a name means ("Allos Therapeutics, Inc." = "Allos Therapeutics").


def normalise(text: str) -> str:
    """Lower case, letters and digits only, single spaces: the form labels and names are matched in."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


def company_key(release: Release) -> str:
    """The ticker when the release names one, else the company name without "Inc." and punctuation,
    else the file name (a release that names no company is a company of its own)."""
    meta = release.metadata
    if meta.ticker:
        return meta.ticker.upper()
    words = [word for word in normalise(meta.company).split() if word not in COMPANY_SUFFIXES]
    return " ".join(words) if words else f"file {release.name}"


def line_key(concept: str | None, label: str) -> str:
    """A line's key across releases: its concept, else its words without footnote marks ("Special items,
    net(1)" in one quarter is "Special items, net" in the next)."""
    return concept if concept else LINE_PREFIX + normalise(without_marks(label))


def statement_line_key(statement: Statement, item: LineItem, concept: str | None = None,
                       last: dict[str, str] | None = None) -> str:
    """`line_key`, told apart from a line of the same words under another heading later in the statement:
    Oracle prints "Cloud services and license support" under its revenues, then under its operating
    expenses, and the expense line's quarters had been drawn with the revenue line's figures (UI-36). The
    last keeps the words alone, as a release printing only the cost line ("Services" under operating
    expenses, its revenue "Services Revenues") keys it, so a company's quarters still line up. `last` is
    `last_sections(statement)`, for a caller keying every line of it."""
    key = line_key(concept, item.label)
    if concept is not None:
        return key
    section = normalise(item.section)
    if (last if last is not None else last_sections(statement)).get(key, section) == section:
        return key
    return f"{key} under {section}"


def last_sections(statement: Statement) -> dict[str, str]:
    """Per key of the lines without a concept, the heading of the last line of those words."""
    return {line_key(None, item.label): normalise(item.section) for item in statement.items if not item.concepts}


@dataclass(frozen=True, slots=True)
class CompanyGroup:
    key: str
    company: str
    ticker: str
    releases: tuple[Release, ...]  # in time order

    @property
    def title(self) -> str:
        who = self.company or self.key
        return f"{who} ({self.ticker})" if self.ticker else who


def release_end(release: Release) -> date:
    """The end of the period a release reports on: its fiscal period, else its latest column."""
    fiscal = release.metadata.fiscal_period
    if fiscal is not None and fiscal.end is not None:
        return fiscal.end
    ends = [period.end for statement in release.statements for period in statement.periods]
    return max(ends) if ends else date.min


def period_said(release: Release) -> str:
    """The period a release reports, as the pages name it: its fiscal period ("Q2 2004"), else the day its
    latest column ends ("period ended Oct 31, 1998": a lone quarter whose place in the fiscal year nothing
    tells, round 732), else nothing."""
    fiscal = release.metadata.fiscal_period
    if fiscal is not None:
        return fiscal.label
    end = release_end(release)
    return f"period ended {day_name(end)}" if end != date.min else ""


def time_order(releases: Iterable[Release]) -> tuple[Release, ...]:
    """Oldest first: by period reported on, then release date, then name (for a stable order)."""
    return tuple(
        sorted(
            releases,
            key=lambda r: (release_end(r), r.metadata.release_date or date.min, r.name),
        )
    )


def group_by_company(releases: Iterable[Release]) -> tuple[CompanyGroup, ...]:
    """Releases grouped by company: by ticker, else by normalised name; a release without a ticker joins
    the group whose company name matches. Groups in order of their latest release, newest first."""
    members: dict[str, list[Release]] = defaultdict(list)
    for release in releases:
        members[company_key(release)].append(release)
    by_name: dict[str, str] = {}
    for key, found in members.items():
        if any(r.metadata.ticker for r in found):
            for release in found:
                by_name.setdefault(_name_key(release), key)
    for key in list(members):
        found = members[key]
        if key in members and not any(r.metadata.ticker for r in found):
            target = by_name.get(key)
            if target is not None and target != key:
                members[target].extend(members.pop(key))
    groups = []
    for key, found in members.items():
        ordered = time_order(found)
        latest = ordered[-1].metadata
        ticker = next((r.metadata.ticker for r in reversed(ordered) if r.metadata.ticker), "")
        groups.append(CompanyGroup(key, latest.company, ticker, ordered))
    return tuple(sorted(groups, key=lambda g: release_end(g.releases[-1]), reverse=True))


def _name_key(release: Release) -> str:
    words = [word for word in normalise(release.metadata.company).split() if word not in COMPANY_SUFFIXES]
    return " ".join(words)


def same_period_pairs(releases: Iterable[Release]) -> tuple[tuple[Release, Release], ...]:
    """Pairs of one company's releases that report the same period, earlier first (an 8-K and its 8-K/A, or
    one release uploaded under two names): a series keeps the later one's figures, and the reader is told
    so even where the two agree (a browser review had found two identical captions and no word of it)."""
    pairs = []
    for group in group_by_company(releases):
        by_end: dict[date, Release] = {}
        for release in group.releases:
            end = release_end(release)
            if end in by_end:
                pairs.append((by_end[end], release))
            by_end[end] = release
    return tuple(pairs)


def amendment(release: Release) -> bool:
    """Whether the release was filed as an amendment ("8-K/A")."""
    return release.metadata.form_type.upper().endswith("/A")


def figures_differ(first: Release, second: Release) -> bool:
    """Whether two releases of one period print a different figure for some line and period they share (an
    amendment that corrects one, or a copy edited by hand): said beside the pair, since the series keeps only
    the later one's (UI-13: "both stay loaded" had said nothing of a figure the two disagree on)."""
    def figures(release: Release) -> dict[tuple[str, str, str], object]:
        return {(statement.kind, normalise(item.label), period.key): value
                for statement in release.statements for item in statement.items
                for period, value in zip(statement.periods, item.values, strict=True) if value is not None}

    mine, theirs = figures(first), figures(second)
    return any(theirs[key] != value for key, value in mine.items() if key in theirs)


def library_copies(session: Sequence[Release], library: Sequence[Release]) -> tuple[Release, ...]:
    """The library's releases that report a period the session loaded of the same company (a copy, or the exhibit
    extracted from the submission uploaded): left out of a series, so an uploaded release's figures are never
    replaced by the library's. UI-55: Apple's Q3 FY2004 extract, kept in the library by another session, had
    replaced the uploaded submission's figures, the later of two releases of one period winning."""
    own = {id(release) for release in session}
    copies: list[Release] = []
    for group in group_by_company([*session, *library]):
        ends = {release_end(release) for release in group.releases if id(release) in own}
        copies.extend(release for release in group.releases
                      if id(release) not in own and release_end(release) in ends)
    return tuple(copies)


# Said once on Compare, wherever the library's releases may be counted or drawn (UI-55: a new session had been told
# the library "adds 20 more", other browser sessions' uploads among them, with no word of whose they were)
LIBRARY_SHARED = ("The library is shared by everyone using this server: it keeps the releases other visitors "
                  "uploaded too.")


# A release's form, in the words that tell two files of one release apart (UI-64: Apple's Q3 FY2004 as its HTML
# exhibit and as its whole EDGAR submission had been "Apple · Q3 FY2004" twice in the sidebar and the library)
FORM_WORDS = {"html": "HTML exhibit", "edgar": "EDGAR submission", "text": "text file", "pdf": "PDF"}


def form_words(form: str) -> str:
    return FORM_WORDS.get(form, form)


def release_label(company: str, period: str, form: str) -> str:
    """A release as the sidebar, the library and Compare's menu name it, the words telling two of one company's
    files apart first: "Q2 2008 · HTML exhibit · Kronberg Maschinenbau AG". UI-68: at 390 px the library's rows and
    its picker, "Kronberg Maschinenbau AG · Q2 2008 · HTML exhibit", had cut the period and the form off the end
    of a long name, where a name cut short still says whose it is. Parts left empty are left out."""
    return " · ".join(part for part in (period, form_words(form) if form else "", company) if part)


def repeated_periods(releases: Iterable[Release]) -> tuple[tuple[Release, ...], ...]:
    """The releases of one company reporting one period, grouped, where a period is loaded more than once (the same
    release as its HTML exhibit and its EDGAR submission, or an 8-K and its 8-K/A), oldest group first."""
    groups: dict[tuple[str, date], list[Release]] = {}
    for release in time_order(releases):
        groups.setdefault((company_key(release), release_end(release)), []).append(release)
    return tuple(tuple(group) for group in groups.values() if len(group) > 1)


def repeated_said(group: Sequence[Release]) -> str:
    """ "Apple Computer, Inc.'s Q3 FY2004 twice: its HTML exhibit and its EDGAR submission"."""
    first = group[0]
    who = first.metadata.company or first.name
    period = period_said(first) or release_end(first).isoformat()
    times = "twice" if len(group) == 2 else f"{len(group)} times"
    forms = [form_words(release.format) for release in group]
    said = (" and ".join(f"its {form}" for form in forms) if len(set(forms)) == len(forms)
            else " and ".join(release.name for release in group))
    return f"{possessive(who)} {period} {times}: {said}"


def releases_counted(releases: Sequence[Release]) -> str:
    """One company's releases counted by the periods they report, the files of a period loaded twice said beside:
    "2 releases", "1 release, in 2 files" (UI-64: Compare's menu had read "Apple · 2 releases" for one quarter)."""
    distinct = len({release_end(release) for release in releases})
    said = how_many(distinct, "release")
    return said if distinct == len(releases) else f"{said}, in {len(releases):,} files"


def loaded_said(session: Sequence[Release], library: Sequence[Release]) -> str:
    """Compare's count of what it works on, the session's own apart from the library's: "4 releases of 4
    companies loaded in this session; the library (sidebar) adds 4 more, of 3 other companies." UI-52: "8 releases
    of 7 companies: those loaded in this session and 4 more kept in the library" had counted other sessions'
    releases among a visitor's own."""
    own = {company_key(release) for release in session}
    # a period loaded twice (as its HTML exhibit and its EDGAR submission) counted once and named (UI-64: "3 releases
    # of 2 companies" for two quarters)
    repeated = repeated_periods(session)
    count = len(session) - sum(len(group) - 1 for group in repeated)
    said = (f"{how_many(count, 'release')} of {how_many(len(own), 'company', 'companies')} loaded in this "
            "session" + (f" ({'; '.join(repeated_said(group) for group in repeated)})" if repeated else ""))
    if not library:
        return said + "."
    others = {company_key(release) for release in library} - own
    whose = (f" ({how_many(len(others), 'other company', 'other companies')} among them)" if others
             else ", of the same companies")
    if not session:
        return f"{how_many(len(library), 'release')} kept in the library (sidebar), none loaded in this session."
    return f"{said}; the library (sidebar) adds {len(library):,} more{whose}."
