"""Rows of a text table too wide for the page, wrapped onto the next line: "Revenue   $45,120   $41,880"
over "    $88,432   $80,120", the figures of the last columns carried over as an 80-column editor or EDGAR's
line limit left them. Each such pair is set back on one line, the carried figures after the page width,
so that the columns read as the author typed them.

Only where the release shows the habit: its lines run to one width and stop, and two or more rows of
figures are each followed by a line of figures alone, starting at the left margin (a row of its own, a
total, stands under the columns instead). Two, not three: lynx wraps only the rows whose labels run long,
and a statement may hold two (round 487: an insurer's balance sheet, its header left unread; round 490: a
row's figures read one column off, 24 facts held back).
"""

from __future__ import annotations

import re
from collections import Counter

from core.tables.numbers import Cell, split_cells, without_footnote_mark
from core.vocabulary import ENDS_ON_A_MONTH, MONTH_RE, NUMBER_WORD_RE

# Widths a page of text was cut or wrapped at: the typewriter's and EDGAR's 80 columns, a little less, or a
# printer's 132 (a text copied from a printed page wraps where that page did).
_MIN_WIDTH, _MAX_WIDTH = 64, 132
# A PDF page's lines as its text is read: a wide landscape page in a small type, or a narrow column of a
# large one.
_MIN_PAGE_WIDTH, _MAX_PAGE_WIDTH = 40, 240
# A carried line starts at the margin or near it; a row of figures of its own stands under its columns.
_MARGIN = 8
# A row that wrapped reached nearly to the page's edge before it did.
_NEAR_EDGE = 14
# ... or, where a word processor wrapped the last word (the gap before it) to the margin, this near.
_NEAR_EDGE_WORD_WRAPPED = 24
_MIN_PAIRS = 2
_CARRIED = re.compile(r"[\s$()%,.\d\u2014\u2013=_-]+")
_CARRIED_CHARACTERS = frozenset("$()%,.0123456789\u2014\u2013=_-")
_RULE = re.compile(r"[\s=_\u2014\u2013-]+")
# Words a carried header line holds: a period ("Fifty-two Weeks Ended", "January 29, 2000"), or the
# words over each column of a group ("Amount   %").
_HEADER_WORDS = re.compile(
    rf"\b(?:weeks?|months?|quarters?|years?|ended|ending|amount|{MONTH_RE})\b|%|\b(?:19|20)\d{{2}}\b", re.IGNORECASE)

# "Fourteen   Thirteen   Fifty-three" over "Fifty-two": each column's length in words, the last one carried.
_LENGTH_WORDS_ONLY = re.compile(rf"(?:{NUMBER_WORD_RE})(?:\s+(?:{NUMBER_WORD_RE}))*", re.IGNORECASE)

# A column's date wrapped after its month ("Dec. 31,        June" / "30,"): the day carried to the margin,
# alone or before the next columns' dates ("November 1,   February" / "1,   November 2,").
_DAY_START = re.compile(r"\d{1,2},?(?:\s+(?:19|20)\d{2})?(?:\s{2,}\S.*)?$")


def _date_carried(line: str, carried: str) -> bool:
    return ENDS_ON_A_MONTH.search(line) is not None and _DAY_START.match(carried.strip()) is not None


def _carried(line: str) -> bool:
    """Figures (or a rule's dashes, or "nil" for a zero) alone, starting at the margin; a figure may carry
    the footnote's mark the table's cells carry ("9,232(b)       7,356", round 668: the line had been left
    unread, its row's last columns lost)."""
    stripped = line.lstrip()
    if not stripped or len(line) - len(stripped) > _MARGIN:
        return False
    figures = _NIL.sub("0", line) if "il" in line or "IL" in line else line
    if _CARRIED.fullmatch(figures) is None:
        if figures.lstrip()[0] not in _CARRIED_CHARACTERS:
            return False  # a label's word: no mark starts a line (every line is asked, the marks' pattern is dear)
        if _THREE_LETTERS.search(figures):
            return False  # words: three letters in a row stay letters once a mark is taken off (a call a word, spared)
        figures = _WORD.sub(lambda word: without_footnote_mark(word.group()), figures)
        if _CARRIED.fullmatch(figures) is None:
            return False
    return any(c.isdigit() for c in figures) or _is_rule(line)


_NIL = re.compile(r"\b(?:nil|Nil|NIL)\b")
_WORD = re.compile(r"\S+")
# Three letters in a row: a mark a figure carries holds two at most ("(ab)", "[a]", ")b"), so a word holding three
# keeps a letter once its mark is taken off, and no carried line holds a letter.
_THREE_LETTERS = re.compile(r"[A-Za-z]{3}")


def _is_rule(line: str) -> bool:
    """Dashes, equals signs or underscores ("-----", "=====", "_____"), the rules typists drew."""
    return ("-" in line or "=" in line or "_" in line) and _RULE.fullmatch(line) is not None


def _wrapped(line: str, carried: str, width: int) -> bool:
    """A row of figures (perhaps left with a dangling "$") that ran to the page's edge, its figures carried
    on; or a rule under such rows, its dashes carried on. A word processor wraps the last word whole, gap
    and all, to the very margin: the row before may stop further from the edge."""
    near = _NEAR_EDGE_WORD_WRAPPED if carried[:1] not in (" ", "") else _NEAR_EDGE
    if len(line.rstrip()) < width - near:
        return False
    if _is_rule(line):
        return _is_rule(carried)
    if _is_rule(carried):
        return False
    label, _, cells = split_cells(line.rstrip().removesuffix("$").rstrip())
    return bool(label) and bool(cells)


def _header_wrapped(line: str, carried: str, width: int) -> bool:
    """Column headers set right of the labels' width, and header words carried to the margin (or the rest
    of a year cut at the width: "1999   1998   199" / "8")."""
    indent = len(line) - len(line.lstrip())
    stripped = carried.strip()
    date_carried = _date_carried(line, carried)
    return (bool(stripped) and indent >= width // 4 and len(line.rstrip()) >= width // 2
            and len(carried) - len(carried.lstrip()) <= _MARGIN
            and (date_carried or _cut_through(line, carried, width, _YEAR) or _length_words_carried(line, carried)
                 or (_HEADER_WORDS.search(stripped) is not None and not _amounts_alone(line)
                     and not any(c.isdigit() for c in split_cells(carried)[0][:1]))
                 or _a_heads_tail(line, carried, width)))


# A header line's tail a page wrapped to the margin is a few words: a cell, or the end of one.
_TAIL_WORDS = 4
_CELL_GAP = re.compile(r"\s{2,}")
_NUMBER = re.compile(r"\d+")
_MONTH = re.compile(rf"\b(?:{MONTH_RE})\b\.?", re.IGNORECASE)


def _a_heads_tail(line: str, carried: str, width: int) -> bool:
    """A few words at the very margin under a header line that ran near the page's wrap width, which, alone
    or ending the line's last cell, print the words of another of its cells, numbers and months aside:
    column heads repeat across a table's groups ("For the 13         For" / "the 26", "Pretax   Per Share
    Pretax" / "Per Share", "July 3, 2004 and   July" / "3, 2004 and"). Left at the margin, such a tail had
    been read as a section heading, its group's columns lost and "Per Share" making a pretax amount a
    figure a share (round 727). A section heading under the header repeats none of its cells."""
    words = carried.split()
    if carried[:1].isspace() or not 0 < len(words) <= _TAIL_WORDS or not any(c.isalpha() for c in carried):
        return False
    if len(line.rstrip()) < width - _NEAR_EDGE_WORD_WRAPPED:
        return False
    cells = [_cell_shape(cell) for cell in _CELL_GAP.split(line.strip())]
    return _cell_shape(carried) in cells or _completes_its_last_cell(line, carried)


def _completes_its_last_cell(line: str, carried: str) -> bool:
    """Whether the carried words end the line's last cell, which then prints the words of an earlier cell
    ("For the 13         For" / "the 26"): the cell was cut at a word, and the words go right after it."""
    if carried[:1].isspace() or not any(c.isalpha() for c in carried):
        return False
    cells = _CELL_GAP.split(line.strip())
    whole = _cell_shape(f"{cells[-1]} {carried.strip()}")
    return len(cells) > 1 and whole in {_cell_shape(cell) for cell in cells[:-1]}


def _cell_shape(cell: str) -> str:
    """A header cell's words, numbers and months aside: the shape each group's heads repeat."""
    return " ".join(_NUMBER.sub("#", _MONTH.sub("M", cell)).lower().split())


def _length_words_carried(line: str, carried: str) -> bool:
    """The first words of each column's length over its columns, the last column's carried alone (round 668:
    left at the margin, the 52 weeks' column had been named by the 53 weeks' words beside it)."""
    return _LENGTH_WORDS_ONLY.fullmatch(line.strip()) is not None and (
        _LENGTH_WORDS_ONLY.fullmatch(carried.strip()) is not None)


def _amounts_alone(line: str) -> bool:
    """A row's figures on a line of their own ("(254 )     (164 )" under its wrapped label): no column header,
    so the words under it ("Cash ... at beginning of year") start the next row, never the header's carried
    words (round 650: the row's figures were set into the label and the next row's taken for them). Years
    alone ("2022   2021") may head columns."""
    numbers = re.findall(r"\d[\d,.]*", line)
    return (_CARRIED.fullmatch(line) is not None and bool(numbers)
            and any(_YEAR.fullmatch(number) is None for number in numbers))


# A figure as printed whole ("41,022", "$(1,234)", "12.5%"), and a year: what a token cut at the page's
# width and the carried piece make together, where the token alone is not one ("41,02" / "2")
_WHOLE_FIGURE = re.compile(r"\$?\(?\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)?%?")
_YEAR = re.compile(r"(?:19|20)\d{2}")


def _cut_through(line: str, carried: str, width: int, whole: re.Pattern[str] = _WHOLE_FIGURE) -> bool:
    """Whether the line was cut at the page's width inside a figure (or a year) that the carried line
    finishes: the line runs to the width with no space before the cut, the carried piece starts at the very
    margin, and only the two pieces together make a figure (round 442: "$ 41,02" / "2" had been read as
    41.02 thousand beside a dropped "2", its checks passing on the figures so cut)."""
    head, rest = line.rstrip(), carried.rstrip()
    if len(head) < width - 1 or not rest or rest[:1].isspace() or head[-1:].isspace():
        return False
    token, piece = head.split()[-1], rest.split()[0]
    if not any(c.isdigit() for c in token):
        return False  # "$" left at the break: its figure wrapped whole, a gap between them
    if whole is _WHOLE_FIGURE and whole.fullmatch(token) and "." in token and piece.isdigit():
        # "$ 0.41   $ 0.2" / "8": a figure a share cut after its first decimal, the row's others printing two
        places = [_places(t) for t in head.split()[:-1] if "." in t and whole.fullmatch(t)]
        return bool(places) and all(p == _places(token) + len(piece) for p in places)
    return whole.fullmatch(token) is None and whole.fullmatch(token + piece) is not None


def _places(figure: str) -> int:
    return len(figure.rsplit(".", 1)[1].rstrip(")%"))


def rejoin_wrapped_rows(lines: tuple[str, ...], page: bool = False) -> tuple[str, ...]:
    """The lines with each wrapped row set back on its first line (the carried line left blank, so that
    every line keeps its number); the lines as they were where the release shows no such habit.
    `page`: the lines are a PDF's, wrapped at whatever width its page and type size allow (a text release
    printed in a large type wraps at 91 characters), not at a typewriter's."""
    width = max((len(line) for line in lines), default=0)
    if not ((_MIN_PAGE_WIDTH <= width <= _MAX_PAGE_WIDTH) if page else (_MIN_WIDTH <= width <= _MAX_WIDTH)):
        return lines
    pairs = [i for i in range(len(lines) - 1) if _carried(lines[i + 1]) and _wrapped(lines[i], lines[i + 1], width)]
    if sum(1 for i in pairs if not _is_rule(lines[i])) < _MIN_PAIRS:
        return lines
    lines, broken = _carried_over_a_page_break(lines, pairs, width)
    pairs = sorted([*pairs, *broken])
    # (a row over a row of its own is set back on no line, but leaves the habit as it was seen)
    pairs = [i for i in pairs if i not in _full_rows_over_a_row(lines, pairs)]
    # Where rows wrapped, so did the column headers over them: "Thirteen Weeks Ended" set far right, then
    # "Fifty-two Weeks Ended" (or the dates, or "Amount  %") at the margin.
    rows = set(pairs)
    pairs += [i for i in range(len(lines) - 1) if i not in rows and _header_wrapped(lines[i], lines[i + 1], width)]
    # Cut at the width, spaces and all ("$41,880" / "  $88,432", "Si" / "x months"), the carried text goes
    # right after it; wrapped at a word (the carried line starts with its word), a space parts them.
    cut = any(lines[i + 1][:1] == " " for i in pairs)
    lines = _set_under_their_columns(lines, rows - {i for i in rows if _is_rule(lines[i])})
    rejoined = list(lines)
    # The width the rows were cut at: the length most of them reach (a longer line, a header the page
    # did not cut, can make the widest line longer than the cut)
    edge = Counter(len(lines[i].rstrip()) for i in rows).most_common(1)[0][0]
    through = {i for i in pairs if _cut_through(lines[i], lines[i + 1], edge)
               or _cut_through(lines[i], lines[i + 1], edge, _YEAR)}
    for i in pairs:
        if _date_carried(lines[i], lines[i + 1]) or _completes_its_last_cell(lines[i], lines[i + 1]):
            # "Feb." / "1,", "For" / "the 26": the day goes right after its month, a cell's words after its first
            rejoined[i] = f"{lines[i].rstrip()} {lines[i + 1].strip()}"
        elif i in through:  # "41,02" / "2": the figure's rest goes right after it, the next columns too
            rejoined[i] = lines[i].rstrip() + lines[i + 1].rstrip()
        else:
            rejoined[i] = lines[i].rstrip().ljust(width) + ("" if cut else " ") + lines[i + 1].rstrip()
        rejoined[i + 1] = ""
    if not cut:
        _right_align_full_rows(lines, rows - through, rejoined)
    return tuple(rejoined)


def _carried_over_a_page_break(lines: tuple[str, ...], pairs: list[int],
                               width: int) -> tuple[tuple[str, ...], list[int]]:
    """The lines with each row's figures carried past a page break (the break's blank lines between them) moved
    up under the row, and the rows so wrapped. A row that ran to the page's edge, then only blank lines, then
    figures alone at the margin that complete it: as many figures together as the rows wrapped on the page
    print, more than the row alone ("Net cash provided by operating activities   9,600" / form feed / "6,151",
    a text re-wrapped at 72 columns and printed: round 688, the prior year's figure had been lost without a
    word). A row printing its figures whole over a page number prints more than the wrapped rows do."""
    totals = Counter(_figures_printed(lines[i]) + _figures_printed(lines[i + 1])
                     for i in pairs if not _is_rule(lines[i]))
    full = totals.most_common(1)[0][0] if totals else 0
    paired = set(pairs) | {i + 1 for i in pairs}
    moved, broken = list(lines), []
    for i in range(len(lines) - 2):
        if i in paired or lines[i + 1].strip() or _is_rule(lines[i]):
            continue
        j = i + 1
        while j < len(lines) and j - i <= _BREAK_BLANKS and not lines[j].strip():
            j += 1
        if (j >= len(lines) or j - i > _BREAK_BLANKS or j in paired or not _carried(lines[j]) or _is_rule(lines[j])
                or not _wrapped(lines[i], lines[j], width)):
            continue
        own = _figures_printed(lines[i])
        if own < full and own + _figures_printed(lines[j]) == full:
            moved[i + 1], moved[j] = lines[j], ""
            broken.append(i)
    return tuple(moved), broken


# A page break between a row and its carried figures leaves a few blank lines at most (the page's foot and
# head, blanked where they are furniture).
_BREAK_BLANKS = 3


def _full_rows_over_a_row(lines: tuple[str, ...], pairs: list[int]) -> set[int]:
    """The pairs whose first line prints as many figures as most rows of its block do, and whose "carried"
    line as many again, the two together more than any other row of the block: a row printed whole over a
    row of its own (an unlabelled total, lynx's "Total shareholders' equity   1,366,600   1,193,160
    1,314,780" over "$ 2,824,830   $ 2,552,890 ..."), never one row wrapped, its figures run on into a row
    twice the table's width (round 675: one true wrap far above had made the habit, and the equity row, its
    figures set into its label, took the grand total's). The block's rows count each other pair's carried
    figures: rows wrapped alike vouch for each other, whatever the rows printing only their first columns."""
    paired = set(pairs)
    whole: set[int] = set()
    for first, last in _blocks_holding(lines, pairs):
        printed = {j: _figures_printed(lines[j]) for j in range(first, last + 1)}
        rows = {j: printed[j] + printed[j + 1] if j in paired else printed[j]
                for j in range(first, last + 1) if j - 1 not in paired}
        tally = Counter(count for count in rows.values() if count)
        for i in (j for j in rows if j in paired):
            others = tally - Counter([rows[i]])
            if not others or rows[i] <= max(others):
                continue
            most = max(others, key=lambda count: (others[count], count))
            if most <= min(printed[i], printed[i + 1]):
                whole.add(i)
    return whole


def _figures_printed(line: str) -> int:
    """How many figures the line ends on; none for a rule or a line of years (a header's)."""
    if _is_rule(line):
        return 0
    cells = split_cells(line)[2]
    return 0 if any(_YEAR.fullmatch(cell.text) for cell in cells) else len(cells)


def _blocks_holding(lines: tuple[str, ...], pairs: list[int]) -> list[tuple[int, int]]:
    """The first and last line of each run of lines, no blank line among them, that holds a pair."""
    blocks: list[tuple[int, int]] = []
    for i in sorted(pairs):
        if blocks and blocks[-1][0] <= i <= blocks[-1][1]:
            continue
        first = last = i
        while first > 0 and lines[first - 1].strip():
            first -= 1
        while last + 1 < len(lines) and lines[last + 1].strip():
            last += 1
        blocks.append((first, last))
    return blocks


def _set_under_their_columns(lines: tuple[str, ...], rows: set[int]) -> tuple[str, ...]:
    """The lines with each row whose label ran past the label column, pushing its figures right, set back
    under the columns the wrapped rows' first lines print: a row's first line holds the figures of those
    columns, as many as the other first lines hold, however far right a long label set them ("  Acquired
    in-process research and development          --          --" over "3,400(a)          --", round 668:
    its second dash had been read in the next period's column, as zero, and its columns shifted)."""
    if len(rows) < _MIN_PAIRS:
        return lines
    firsts = [split_cells(lines[i]) for i in rows]
    count = Counter(len(cells) for _, _, cells in firsts).most_common(1)[0][0]
    full = [cells for _, _, cells in firsts if len(cells) == count]
    if not count or len(full) < _MIN_PAIRS:
        return lines
    anchors = [Counter(cells[k].anchor for cells in full).most_common(1)[0][0] for k in range(count)]
    first_column = min(cells[0].start for cells in full)
    laid = list(lines)
    for i in range(min(rows), max(rows) + 1):
        label, label_end, cells = split_cells(lines[i])
        if (label and len(cells) == count and label_end > first_column
                and all(cell.anchor > anchor for cell, anchor in zip(cells, anchors, strict=True))):
            laid[i] = _laid_under(lines[i], label_end, cells, anchors)
    return tuple(laid)


def _laid_under(line: str, label_end: int, cells: list[Cell], anchors: list[int]) -> str:
    """The row with each figure moved left to end at its column's anchor (a mark after them kept after them);
    the row as printed where the label leaves no room for that (a column's gap kept before the first figure)."""
    laid = line[:label_end]
    for cell, anchor in zip(cells, anchors, strict=True):
        start = anchor - (cell.anchor - cell.start)
        if start < len(laid) + 2:
            return line
        laid = laid.ljust(start) + line[cell.start : cell.end]
    return laid + line[cells[-1].end :]


def _right_align_full_rows(lines: tuple[str, ...], rows: set[int], rejoined: list[str]) -> None:
    """Wrapped at a word, each row lost the gap before its carried figures, and rows broke at different
    columns ("(166,862)" / "(154,173)   (625,272)   (567,830)" beside "994,705   1,099,347" / "4,228,009
    4,606,896"). A row printing a figure in every column ended where the widest did: its carried figures
    are set right-aligned there. A row with columns left empty ("Basic  $ 0.46  $ 0.52  $" / "1.19   $
    1.18" beside percent columns) may not have, and keeps its figures after the page's width."""
    counts = {i: len(split_cells(rejoined[i])[2]) for i in rows}
    # The most cells two or more rows print: a single row of more (a footnote's figure) sets no width.
    tally = Counter(counts.values())
    full = max((count for count, rows_of in tally.items() if rows_of >= 2 and count), default=0)
    end = max((len(lines[i].rstrip()) + 1 + len(lines[i + 1].strip()) for i in rows if counts[i] == full),
              default=0)
    for i in rows:
        if counts[i] != full:
            continue
        head, carried = lines[i].rstrip(), lines[i + 1].strip()
        if head.endswith("$"):  # a "$" left dangling at the break goes with its figure
            head, carried = head[:-1].rstrip(), f"$ {carried}"
        rejoined[i] = f"{head} {carried.rjust(end - len(head) - 1)}"
