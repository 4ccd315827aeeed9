"""Which of several groups of columns, each printing the same periods under another entity's name ("Prairie
Basin Electric | Prairie Basin Energy" over the same two quarters), is the company's: never the first by its
place. A utility holding company and its subsidiary, a REIT and its operating partnership, file one release
whose statement prints both side by side, either one first."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from core.tables.headers import names_a_column_group
from core.tables.numbers import says_no_value
from core.tables.raw import RawTable
from core.vocabulary import PER_SHARE_HEADING, name_words


@dataclass(frozen=True, slots=True)
class EntityGroup:
    """A run of columns under one entity's name."""

    name: str
    columns: tuple[int, ...]


def entity_groups(columns: Sequence[tuple[int, str, date, int | None]]) -> list[EntityGroup]:
    """The groups of columns that print the same periods, each under a name of its own: the words a column's
    header prints before those every column of its period shares ("Prairie Basin Electric Three Months
    Ended June 30, 2012" beside "Prairie Basin Energy Three Months Ended June 30, 2012"). None where a
    period stands once, where a group's name is no entity's (a version of the figures, a currency, a
    total: `names_a_column_group`), where two groups print different periods, or where a group's columns
    do not stand together."""
    by_period: dict[tuple[date, int | None], list[tuple[int, list[str]]]] = {}
    for index, text, end, months in columns:
        by_period.setdefault((end, months), []).append((index, text.split()))
    if len(by_period) == len(columns) or any(len(alike) < 2 for alike in by_period.values()):
        return []
    named: dict[int, tuple[str, tuple[date, int | None]]] = {}
    for period, alike in by_period.items():
        shared = _shared_ending([words for _, words in alike])
        for index, words in alike:
            named[index] = (" ".join(words[: len(words) - shared]), period)
    groups: list[tuple[str, list[int]]] = []
    for index in sorted(named):
        name = named[index][0]
        if groups and groups[-1][0] == name:
            groups[-1][1].append(index)
        else:
            groups.append((name, [index]))
    names = [name for name, _ in groups]
    periods = {frozenset(named[index][1] for index in indexes) for _, indexes in groups}
    if (len(groups) < 2 or len(set(names)) != len(names) or len(periods) != 1
            or not all(names_a_column_group(name) for name in names)):
        return []
    return [EntityGroup(name, tuple(indexes)) for name, indexes in groups]


def _shared_ending(headers: Sequence[list[str]]) -> int:
    """How many words every header ends on alike."""
    shared = 0
    while all(len(words) > shared for words in headers) and len({words[-1 - shared].lower() for words in headers}) == 1:
        shared += 1
    return shared


def the_companys_group(groups: Sequence[EntityGroup], table: RawTable, company: str) -> EntityGroup | None:
    """The group whose figures are the company's: the one whose name is the company's (its words all among
    those the release names itself by: "Prairie Basin Energy" of Prairie Basin Energy Corporation, never
    "Prairie Basin Electric"), else the one alone printing figures a share (a wholly owned subsidiary has no
    shares of its own to print them for: "N/A" under it). Where the two disagree, or neither tells one group,
    None: no group is read by its place."""
    by_name = _one(group for group in groups if _names_the_company(group.name, company))
    printing = [group for group in groups if _prints_figures_a_share(table, group.columns)]
    by_share = printing[0] if len(printing) == 1 and _per_share_rows(table) else None
    if by_name is not None and by_share is not None and by_name is not by_share:
        return None
    return by_name or by_share


def _one(groups: Iterable[EntityGroup]) -> EntityGroup | None:
    """The only group of `groups`, or None where they are none or several."""
    found = list(groups)
    return found[0] if len(found) == 1 else None


def _names_the_company(name: str, company: str) -> bool:
    """Whether a group's name is the company's: its words all among the company's (a suffix or "and
    Subsidiaries" aside)."""
    words, own = set(name_words(name)), set(name_words(company))
    return bool(words) and words <= own


def _per_share_rows(table: RawTable) -> list[int]:
    """The rows printing figures a share ("Earnings per common share - diluted", or "Diluted" under "Earnings
    per share:")."""
    return [at for at, row in enumerate(table.rows)
            if PER_SHARE_HEADING.search(row.label) or PER_SHARE_HEADING.search(row.section)]


def _prints_figures_a_share(table: RawTable, columns: Sequence[int]) -> bool:
    """Whether any of the columns prints a figure a share (not "N/A", not blank)."""
    for at in _per_share_rows(table):
        cells = table.rows[at].cells
        if any(index < len(cells) and (cell := cells[index]) is not None and not cell.is_blank
               and cell.value is not None and not says_no_value(cell.text) for index in columns):
            return True
    return False


def another_entitys_columns(groups: Sequence[EntityGroup], table: RawTable, company: str) -> dict[int, str]:
    """The columns of the groups that are not the company's, each with its reason; every group's, where which
    is the company's cannot be told (the statement's figures held back, the warning naming the groups)."""
    if not groups:
        return {}
    chosen = the_companys_group(groups, table, company)
    if chosen is not None:
        return {index: f"another entity's column: it stands under {group.name!r}, the company's figures for the "
                       f"same period under {chosen.name!r}"
                for group in groups if group is not chosen for index in group.columns}
    named = ", ".join(repr(group.name) for group in groups)
    return {index: f"the groups of columns under {named} print the same periods, and neither the company's name "
                   "nor figures a share say which group is the company's"
            for group in groups for index in group.columns}
