"""The reader's shortcuts give what the general code gives, to the byte (issue 12: faster, never different).

Why: a release's common case is read by shortcuts (a plain number cell read with one match, the whitespace
between words skipped in C, a submission's exhibits rendered once); a shortcut that differs from the code
it stands in for would print a wrong figure, the worst outcome. So each is compared with the general path
on generated inputs here, and the whole fixture corpus is compared before and after in review.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.fast_regex import word_alternation
from core.readers.edgar import read_submission
from core.readers.text import decode
from core.tables import numbers
from core.vocabulary import MONTHS
from core.vocabulary import NUMBER_WORDS as NUMBER_WORDS_OF_VOCABULARY
from tests.conftest import FIXTURES

# Words of the characters number cells are made of, so that most generated words are near misses.
NUMBER_WORDS = st.text(alphabet="0123456789,.()%$-*a\u0663", min_size=1, max_size=10)
PREFIXES = st.sampled_from(["", "$", "(", "$(", "((", "Ps.", "RMB("])


@settings(max_examples=2000, deadline=None)
@given(word=st.one_of(NUMBER_WORDS, NUMBER_WORDS.map(lambda word: "$" + word)), prefix=PREFIXES)
def test_plain_cell_is_the_general_cell(word: str, prefix: str) -> None:
    start = 40
    prefix_start = start - 2 if prefix else None
    fast = numbers._plain_cell(word, start, start + len(word), prefix, prefix_start)
    if fast is None:
        return  # not a shape the shortcut reads: the general path reads it, and nothing is compared
    general = numbers._value_cell(word, start, start + len(word), prefix, prefix_start)
    assert repr(fast) == repr(general)  # repr tells Decimal("-0") from Decimal("0")


@pytest.mark.parametrize("word", sorted(numbers._ZERO_DASHES | {"-0-", "nil", "(\u2014)%", "\u2014%", "----"}))
@pytest.mark.parametrize("prefix", ["", "$", "("])
def test_plain_cell_reads_a_dash_as_the_general_cell(word: str, prefix: str) -> None:
    """Every dash the shortcut reads as a zero is the general reading's zero, to its anchor."""
    fast = numbers._plain_cell(word, 40, 40 + len(word), prefix, 38 if prefix else None)
    general = numbers._value_cell(word, 40, 40 + len(word), prefix, 38 if prefix else None)
    assert fast is None or repr(fast) == repr(general)
    assert (fast is not None) == (word in numbers._ZERO_DASHES and prefix != "(")


def test_plain_cell_reads_the_common_shapes() -> None:
    """The shortcut is taken where it pays: grouped, plain, negative, percent and dollar cells."""
    for word, prefix in (("2,345", "$"), ("578", ""), ("(0.23)", ""), ("10.5%", ""), ("(7,151)", "$"), ("$(7,151)", ""),
                         ("$3,446", ""), ("$0.23", "")):
        assert numbers._plain_cell(word, 0, len(word), prefix, None) is not None


@settings(max_examples=500, deadline=None)
@given(line=st.text(alphabet=" \t1a", max_size=300), position=st.integers(min_value=0, max_value=300))
def test_end_of_word_before_skips_spaces_and_tabs(line: str, position: int) -> None:
    position = min(position, len(line))
    expected = position
    while expected > 0 and line[expected - 1] in " \t":
        expected -= 1
    assert numbers._end_of_word_before(line, position) == expected


def test_a_submission_renders_each_exhibit_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Southern Company's 2006 submission lends the narrative of its HTML EX-99.01 to the tables of
    EX-99.02: the HTML is rendered once, though the exhibit is read twice (alone, then joined)."""
    import core.readers.submission
    from core.parse import parse_release

    data = (FIXTURES / "edgar" / "southern-company_q4-fy2006.txt").read_bytes()
    _, documents = read_submission(decode(data, "x")[0])
    html_exhibits = sum(1 for d in documents if d.is_html and d.type.startswith("EX-99"))
    rendered: list[int] = []
    original = core.readers.submission.html_document

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        rendered.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(core.readers.submission, "html_document", counting)
    release = parse_release(data, "southern-company_q4-fy2006.txt")
    assert release.metadata.exhibit == "EX-99.02"
    assert len(rendered) == html_exhibits == 1


# Words period phrases are made of, in mixed case, with the characters re.IGNORECASE folds unexpectedly.
PHRASE_WORDS = st.sampled_from([
    "three", "Six", "13", "weeks", "months", "ended", "June", "30,", "2004", "first", "SECOND", "quarter", "of",
    "fiscal", "year", "same", "period", "last", "prior", "year-ago", "comparable", "previous", "full", "for", "in",
    "the", "net", "loss", "was", "\u017fame", "\u212aey", "\u0130n", "ﬁrst", "-", "'s", "a",
])


@settings(max_examples=1500, deadline=None)
@given(words=st.lists(PHRASE_WORDS, max_size=14), glue=st.sampled_from([" ", "  ", "-", ""]))
def test_period_phrase_initials_change_no_match(words: list[str], glue: str) -> None:
    """The look-ahead on a phrase's first letter only skips positions where no phrase starts."""
    from core.narrative import prose

    without = re.compile(re.sub(r"\(\?=\[[^\]]*\]\)", "", prose.PERIOD_PHRASE.pattern, count=1),
                         prose.PERIOD_PHRASE.flags)
    assert without.pattern != prose.PERIOD_PHRASE.pattern
    text = glue.join(words)
    assert ([(m.span(), m.groupdict()) for m in prose.PERIOD_PHRASE.finditer(text)]
            == [(m.span(), m.groupdict()) for m in without.finditer(text)])


def _wrapped_patterns() -> dict[str, re.Pattern[str]]:
    """Every pattern of the core that core.fast_regex put a look-ahead in front of."""
    import importlib
    import pkgutil

    import core

    found: dict[str, re.Pattern[str]] = {}
    for module in pkgutil.walk_packages(core.__path__, "core."):
        if module.name.startswith(("core.charts", "core.analysis")):
            continue
        loaded = importlib.import_module(module.name)
        for name, value in vars(loaded).items():
            if isinstance(value, re.Pattern) and value.pattern.startswith("(?=[") and "])(?:" in value.pattern:
                found.setdefault(f"{module.name}.{name}", value)
    return found


def _unwrapped(pattern: re.Pattern[str]) -> re.Pattern[str]:
    body = pattern.pattern[pattern.pattern.index("])(?:") + len("])(?:") :]
    body = body[: -2] if pattern.flags & re.VERBOSE else body[:-1]  # the ")" (after "\n" when verbose)
    return re.compile(body, pattern.flags)


def test_the_vocabulary_patterns_are_sped_up() -> None:
    """The patterns the profile named (issue 12) carry the look-ahead; a change that drops it is seen."""
    names = _wrapped_patterns()
    for wanted in ("core.tables.period_headers.DURATION", "core.tables.period_headers.DATE",
                   "core.tables.period_headers.PERIOD_WORDS", "core.vocabulary.UNIT_LINE",
                   "core.tables.lines._ANY_TITLE", "core.narrative.prose.PERIOD_PHRASE"):
        assert wanted in names


def test_look_ahead_changes_no_match_on_the_fixtures() -> None:
    """Each sped-up pattern finds the same matches, spans and groups as the pattern alone, line by line
    and over whole narratives, in every plain-text fixture and EDGAR submission."""
    files = [p for p in FIXTURES.rglob("*.txt") if p.stat().st_size < 1_000_000]
    texts: set[str] = set()
    for path in files:
        text = decode(path.read_bytes(), path.name)[0][:60_000]
        texts.add(" ".join(text.split()))  # a narrative as prose.find_figures reads it
        texts.update(line.strip() for line in text.splitlines() if line.strip())
    for name, fast in _wrapped_patterns().items():
        plain = _unwrapped(fast)
        for text in texts:
            assert ([(m.span(), m.groups()) for m in fast.finditer(text)]
                    == [(m.span(), m.groups()) for m in plain.finditer(text)]), (name, text[:80])


def test_starting_fast_keeps_what_it_cannot_tell() -> None:
    from core.fast_regex import starting_fast

    for kept in (r"a*", r"(?:x|)", r".b", r"[^a]b", r"(?i:a)b"):
        assert starting_fast(kept).pattern == kept
    assert starting_fast("ab|cd").pattern.startswith("(?=[")
    verbose = starting_fast("ab | cd  # a trailing comment", re.VERBOSE)
    assert verbose.findall("xx cd ab") == ["cd", "ab"]
    folded = starting_fast(r"same|kelvin", re.IGNORECASE)
    assert [m.group() for m in folded.finditer("\u017fame \u212aelvin SAME")] == ["\u017fame", "\u212aelvin", "SAME"]


def _reference_trailing_run(line: str) -> tuple[list[tuple[str, int, int]], int]:
    """core.tables.numbers._trailing_run as it was written before the shortcuts: a word at a time, the gap
    before it a character at a time."""
    def in_run(word: str) -> bool:
        return (bool(numbers._NUMBER_WORD.match(word) or numbers._DASH_WORD.match(word))
                or word in numbers._LONE_CURRENCY or word in numbers._LONE_CLOSERS or word == "("
                or word.lower() in numbers._NO_VALUE)

    run: list[tuple[str, int, int]] = []
    position = len(line.rstrip())
    while position > 0:
        start = max(line.rfind(" ", 0, position), line.rfind("\t", 0, position)) + 1
        word = line[start:position]
        if not in_run(word):
            return numbers._attached_to_label(line, run[::-1], position)
        run.append((word, start, position))
        position = start
        while position > 0 and line[position - 1] in " \t":
            position -= 1
    return run[::-1], 0


LINE_WORDS = st.sampled_from(["Net", "loss", "of", "and", "$", "(", ")", "%", "1,234", "(0.23)", "--", "n/a", "NM",
                              "2004", "12.5%", "$(7,151)", "\u2014", "x1", "1,23"])


@settings(max_examples=1500, deadline=None)
@given(words=st.lists(LINE_WORDS, max_size=12), gaps=st.lists(st.sampled_from([" ", "  ", " " * 70, "\t", " \t "]),
                                                              min_size=12, max_size=12))
def test_trailing_run_is_the_reference(words: list[str], gaps: list[str]) -> None:
    line = "".join(gap + word for gap, word in zip(gaps, words, strict=False)) + gaps[-1]
    assert numbers._trailing_run(line) == _reference_trailing_run(line)


def test_remembered_lines_are_classified_as_anew() -> None:
    """Within `remembering_lines`, a line seen before (at another number) classifies as it would alone."""
    from core.tables.find import _classify_all, remembering_lines
    from core.tables.lines import classify

    text = (FIXTURES / "text" / "allos_q2_2004.txt").read_text()
    lines = tuple(text.splitlines())
    twice = (*lines, "", *lines)
    with remembering_lines():
        _classify_all(lines)
        remembered = _classify_all(twice)
    assert remembered == [classify(number, line) for number, line in enumerate(twice, 1)]


@settings(max_examples=1500, deadline=None)
@given(cuts=st.lists(st.integers(min_value=0, max_value=120), min_size=2, max_size=14, unique=True),
       cell=st.tuples(st.integers(min_value=0, max_value=130), st.integers(min_value=1, max_value=12)))
def test_column_of_disjoint_shortcut_is_the_general_answer(cuts: list[int], cell: tuple[int, int]) -> None:
    """With disjoint columns, the one-overlap shortcut names the column the full comparison names."""
    from decimal import Decimal

    from core.tables.columns import column_of as _column_of
    from core.tables.columns import disjoint_ends as _disjoint_ends
    from core.tables.lines import Column
    from core.tables.numbers import Cell

    edges = sorted(cuts)
    columns = [Column(start, end) for start, end in zip(edges[::2], edges[1::2], strict=False)]
    ends = _disjoint_ends(columns)
    assert ends is not None
    starts = [column.start for column in columns]
    start, width = cell
    probe = Cell(text="1", start=start, end=start + width, anchor=start + width, value=Decimal(1))
    assert _column_of(probe, columns, starts, ends) == _column_of(probe, columns, starts)


@settings(max_examples=3000, deadline=None)
@given(word=NUMBER_WORDS)
def test_parse_number_shortcut_is_the_general_reading(word: str) -> None:
    def outcome(read: Callable[[str], object], text: str) -> str:
        try:
            return repr(read(text))
        except ArithmeticError as error:  # neither reading may raise (see the test below); say so if one does
            return type(error).__name__

    assert outcome(numbers.parse_number, word) == outcome(numbers._parse_word, word.replace(" ", ""))


@pytest.mark.parametrize("word", ["0*)", "1*)", "(2*)", "$3**)"])
def test_a_mark_inside_a_number_word_is_no_number(word: str) -> None:
    """Once found by the property test above: "0*)" passed the word pattern and reached Decimal("0*"),
    which raised, so one odd cell failed the whole release."""
    assert numbers.parse_number(word) is None


WORD_LISTS = {"number words": sorted(NUMBER_WORDS_OF_VOCABULARY, key=len, reverse=True),
              "months": sorted(MONTHS, key=len, reverse=True)}


@pytest.mark.parametrize("name", sorted(WORD_LISTS))
@pytest.mark.parametrize("after", ["", r"[\s-]+(?:months?|weeks?)", r"\w*", r"\.?\s+\d{1,2}"])
@pytest.mark.parametrize("flags", [re.IGNORECASE, re.IGNORECASE | re.VERBOSE])
@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(["sixteen", "six", "Twenty Four", "twenty-four", "Sept.", "September", "Sep",
                                      "June", "jun", " ", "  ", "-", "weeks", "months", "12", "x", "ma", "y"]),
                     max_size=12).map("".join))
def test_a_word_tree_matches_where_the_word_list_does(name: str, after: str, flags: int, text: str) -> None:
    """The vocabulary's long alternations as trees of prefixes (core.fast_regex.word_alternation) find the
    same matches as the lists they are built from, in VERBOSE patterns too (where a space is no space)."""
    words = WORD_LISTS[name]
    listed = re.compile(f"(?:{'|'.join(words)}){after}", flags)
    tree = re.compile(f"(?:{word_alternation(words)}){after}", flags)
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in listed.finditer(text)]


def test_a_word_tree_takes_its_words_longest_first() -> None:
    with pytest.raises(ValueError, match="longest first"):
        word_alternation(["six", "sixteen"])


@pytest.mark.parametrize(("word", "value"), [("(318,412(1))", -318412), ("$(318,412(1))", -318412),
                                             ("318,412(1)", 318412), ("(318,412)(1)", -318412)])
def test_a_footnote_mark_is_no_digit_of_its_figure(word: str, value: int) -> None:
    """Round 115: "(318,412(1)" with its ")" in the next cell had been read as -3,184,121."""
    assert numbers.parse_number(word) == value


@functools.cache
def _fixture_lines_and_phrases() -> frozenset[str]:
    """Every line of the text fixtures, and each phrase of it between runs of spaces, as headers hold them."""
    texts: set[str] = set()
    for path in FIXTURES.rglob("*"):
        if path.suffix in (".txt", ".htm", ".html", ".md") and path.stat().st_size < 1_000_000:
            for line in decode(path.read_bytes(), path.name)[0][:60_000].splitlines():
                texts.add(line)
                texts.update(phrase.strip() for phrase in line.split("  ") if phrase.strip())
    return frozenset(texts)


# (the pattern, the function answering its search with a word test first, texts beyond the fixtures'): the
# unit note's words, the durations' (outside ASCII too: IGNORECASE folds "\u017f" into "s", "\u212a" into "k")
PREFILTERED = [
    # (a unit note: UNIT_LINE's, else a currency's code before a short scale, CODE_UNIT_NOTE's)
    ("vocabulary.UNIT_LINE vocabulary.CODE_UNIT_NOTE", "vocabulary.unit_line",
     {"(\u00a3m)", "in \u20ac thousands", "(in thou\u017fands)", "($ in millions)", "US$m", "(000s omitted)",
      "Dollars in MM", "in lakhs", "(Rs. in crores)", "$bn", "in thousands of shares", "(EUR m)", "(TEUR)",
      "kSEK", "(in EUR m, except per share data)", "SEK m   Q2 2025", "(\u20ac m)", "(\u00a3m) (SEK m)"}),
    ("tables.period_headers.DURATION", "tables.period_headers.duration_in",
     {"9M 2013", "12m", "Three Quarters Ended", "Month Ended", "current month", "Qtr.", "Q3", "First Half", "H2",
      "Year to Date", "YTD", "Fiscal Years", "Annual", "Full-Year", "FY24", "Twelve Months", "TTM", "LTM",
      "13 Wks.", "6 mos.", "Thirteen Weeks", "\u212aey", "\u017fix months", "\u0130n 3 months", "THIS YEAR",
      "last year", "Year ago", "fy"}),
    ("vocabulary.NOT_A_STATEMENT", "vocabulary.not_a_statement",
     {"Free Cash Flow", "RECONCILIATION OF GAAP TO NON-GAAP", "Supplemental Information", "Adjusted EBITDA",
      "Non GAAP", "Impact of FX", "Pro-Forma", "PROFORMA", "Segment Results", "Effect of the Restatement",
      "Excluding Special Items", "EXCL. SPECIAL ITEMS", "Before one time charges", "Cash Earnings",
      "Core earnings", "Recurring operations", "Constant-Currency", "Normalised", "Underlying", "Comparable",
      "Managed Basis", "GAAP Basis", "Basis of presentation", "Consolidating", "Average Balance Sheet",
      "Parent Company Only", "Outlook", "Guidance", "As a Percentage of Revenues", "Percent of net sales",
      "% of Revenues", "  % of total sales  ", "\u017fegment results", "Comparable \u212a"}),
    ("vocabulary.PERCENT_LABEL", "vocabulary.percent_label",
     {"Gross margin %", "Gross margin (%)", "Operating margin as a percentage of sales", "% of sales",
      "Growth percent", "Annualized return on average tangible common equity", "Return on Assets",
      "Efficiency Ratio", "Net Interest Margin", "Average yields on loans", "Yield on loans",
      "Effective income tax rate", "Allowance for credit losses to total loans", "Tier 1 capital to risk weighted "
      "assets", "Reconciliation to total assets", "Nonperforming assets to total deposits",
      "\u212aey ratio", "Return on \u017fhareholders equity"}),
    ("vocabulary.PER_SHARE_LINE", "vocabulary.per_share_line",
     {"Net income per share", "Dividends per common share", "Revenue per available room", "Cost per Boe",
      "Average daily rate", "Average Day Rate", "Diluted EPS", "Rent per square foot", "Sales per patient day",
      "Revenue p\u212ar share", "Earnings per \u017fhare"}),
    ("narrative.metadata._HIGHLIGHTS", "narrative.metadata._names_highlights",
     {"Recent Developments", "KEY FIGURES", "At a Glance", "\u212aey Figures", "Achievements", "rEcEnT EvEnTs"}),
    ("vocabulary.LONG_PERIOD_ENDED", "vocabulary.long_period_ended",
     {"the fourteen-week fourth quarter and fifty-three-week fiscal year ended January 2, 2024",
      "the 53 WEEKS ended", "14-wee\u212a period ended", "fifty three weeks ended"}),
    ("vocabulary.LONG_FISCAL_YEAR", "vocabulary.long_fiscal_year",
     {"Fiscal 2006 was a 53-week year", "fiscal year 2023 included an extra week, a 53-week year",
      "FISCAL 2012 HAS FIFTY-THREE WEE\u212aS"}),
    ("vocabulary.FORWARD_LOOKING", "narrative.metadata._forward_looking",
     {"Forward-Looking Statements", "SAFE HARBOR", "Cautionary Note", "\u017fafe harbor",
      "forward looking information"}),
]


@pytest.mark.parametrize(("pattern", "fast", "extra"), PREFILTERED, ids=[fast for _, fast, _ in PREFILTERED])
def test_a_prefilter_changes_no_match_on_the_fixtures(pattern: str, fast: str, extra: set[str]) -> None:
    """A search answered by a word test first (fast_regex.search_holding: skipped for an ASCII text holding
    none of the words every match holds) finds what the pattern finds (the first of the patterns, asked in turn,
    that finds one), on every line and phrase of the fixtures, and outside ASCII."""

    def resolve(dotted: str) -> Any:
        module, name = dotted.rsplit(".", 1)
        return getattr(importlib.import_module(f"core.{module}"), name)

    patterns, quick = [resolve(name) for name in pattern.split()], resolve(fast)
    for text in _fixture_lines_and_phrases() | extra:
        found, answered = next((m for p in patterns if (m := p.search(text))), None), quick(text)
        assert (found and (found.span(), found.groups())) == (
            answered and (answered.span(), answered.groups())), text[:80]


def test_a_quotation_and_a_definition_are_the_searches_on_the_fixtures() -> None:
    """metadata._quoted and _defines, a character or word test before the search, answer what the search
    does on every line and phrase of the fixtures (and items of lines joined, as the highlights are)."""
    from core.narrative import metadata

    texts = _fixture_lines_and_phrases() | {
        "\u201cWe grew,\u201d said the CEO", "'Tis", "Adjusted EBITDA is defined as net income", "We define it",
        "Free cash flow. We use it", "Backlog. Our backlog", "\"Results,\" says"}
    lines = sorted(texts)
    texts |= {" ".join(lines[i : i + 3]) for i in range(0, len(lines), 3)}
    for text in texts:
        assert metadata._quoted(text) == (metadata._QUOTED.search(text) is not None), text[:80]
        assert metadata._defines(text) == (metadata._DEFINITION.search(text) is not None), text[:80]


@settings(max_examples=1500, deadline=None)
@given(text=st.text(alphabet="0123456789/ a-\u0663", max_size=40))
def test_wire_date_is_the_search(text: str) -> None:
    """metadata._wire_date, trying only the starts one or two characters before a "/", finds what the
    search over the whole text finds."""
    from core.narrative import metadata

    found, fast = metadata._WIRE_DATE.search(text), metadata._wire_date(text)
    assert (found and (found.span(), found.groups())) == (fast and (fast.span(), fast.groups())), text


def test_wire_date_is_the_search_on_the_fixtures() -> None:
    """... and in every fixture's text, whole and line by line."""
    from core.narrative import metadata

    texts: set[str] = {"7/22/2004", "a7/22/2004", "117/22/2004", "1/2/2004 and 07/22/04", "http://x/y 7/22/2004"}
    for path in FIXTURES.rglob("*"):
        if path.suffix in (".txt", ".htm", ".html", ".md") and path.stat().st_size < 1_000_000:
            text = decode(path.read_bytes(), path.name)[0][:60_000]
            texts.add(text)
            texts.update(text.splitlines())
    for text in texts:
        found, fast = metadata._WIRE_DATE.search(text), metadata._wire_date(text)
        assert (found and (found.span(), found.groups())) == (fast and (fast.span(), fast.groups())), text[:80]


# Cells a fixture may not hold: a mark in small type alone, after a figure, before one, beside a dollar sign.
_SMALL_MARK_CELLS = (
    '<td><p align="right"><font size="1" style="font-size:7.0pt;">361</font></p></td>',
    "<td><p>1,234<font size=1>3</font></p></td>", "<td><p>$<font size=1>361</font></p></td>",
    "<td><font size=1>3</font>1,234</td>", "<td><p><small>4</small></p></td>", "<td><small> (1) </small>&nbsp;</td>",
    "<td><p>&nbsp;<font size=-1>12</font></p></td>", "<td><p><font size=1>1</font><font size=1>2</font></p></td>",
    "<td><p><font size=1>12</font></p><p>3</p></td>", "<td><p><font size=1>a b</font></p></td>",
    "<td><p>1,234<font size=1><b>3</b></font></p></td>", "<td><p><small><i>4</i></small></p></td>",
)


def test_a_cell_read_as_one_line_is_its_lines_on_the_fixtures() -> None:
    """cell_text.read_cell, reading a cell from its subtree's text where no element inside breaks or marks
    it, gives what the general reading (`cell_lines`) gives: on every cell of every HTML fixture and EDGAR
    submission, and on the shapes of a mark in small type."""
    import lxml.etree

    from core.readers.html import cell_text
    from core.readers.html.markup import parse_document

    documents = [parse_document(f"<table><tr>{cell}</tr></table>")[0] for cell in _SMALL_MARK_CELLS]
    for path in FIXTURES.rglob("*"):
        if path.suffix in (".txt", ".htm", ".html") and path.stat().st_size < 3_000_000:
            text = decode(path.read_bytes(), path.name)[0]
            if "<td" in text or "<TD" in text:
                documents.append(parse_document(text)[0])
    read = 0
    for document in documents:
        for cell in document.iter("td", "th"):
            text = lxml.etree.tostring(cell, method="text", encoding=str, with_tail=False)
            if not text.strip(cell_text.BLANKS):
                continue
            lines, lead, cleaned = cell_text.cell_lines(cell)
            general = (lines, lead, cell_text._first_block_style(cell) if lines else None,
                       cell_text.broken_lines(lines, cleaned))
            fast = cell_text.read_cell(cell, text)
            if not lines:  # a cell of spaces only: no lines, and the grid reads no paragraph style for it
                fast = (*fast[:2], None, fast[3])
            assert fast == general, lxml.etree.tostring(cell, encoding=str)[:200]
            read += 1
    assert read > 10_000


def test_convertible_said_is_any_line_searched_on_the_fixtures() -> None:
    """vocabulary.convertible_said, answering an ASCII document without "convertible" from its whole text
    at once, says what searching every line says: on every fixture, and outside ASCII."""
    from core.vocabulary import CONVERTIBLE, convertible_said

    documents = [decode(path.read_bytes(), path.name)[0].splitlines() for path in FIXTURES.rglob("*")
                 if path.suffix in (".txt", ".htm", ".html", ".md") and path.stat().st_size < 1_000_000]
    documents += [["7 1/2% Convertible notes"], ["caf\u00e9", "CONVERTIBLE PREFERRED"], ["conve", "rtible"],
                  ["\u212a", "convertible"], ["con\u017f", "no"], []]
    for lines in documents:
        assert convertible_said(iter(lines)) == any(CONVERTIBLE.search(line) for line in lines)


def test_digit_count_is_the_translated_count_on_the_fixtures() -> None:
    """flattened._digit_count, counting an ASCII line's digits as bytes, gives what `str.translate` with
    the digits' deletion table gives: on every line of every fixture, and outside ASCII (Arabic-Indic and
    full-width digits are no "0"-"9")."""
    from core.tables import flattened

    lines = {"", "2024 2023", "caf\u00e9 2024 2023", "\u0663\u0664 12", "\uff11\uff12 34", "1" * 500}
    for path in FIXTURES.rglob("*"):
        if path.suffix in (".txt", ".htm", ".html", ".md") and path.stat().st_size < 1_000_000:
            lines.update(decode(path.read_bytes(), path.name)[0].splitlines())
    assert len(lines) > 10_000
    for line in lines:
        assert flattened._digit_count(line) == len(line) - len(line.translate(flattened._DROP_DIGITS)), line[:80]


def _fixture_lines() -> set[str]:
    lines: set[str] = set()
    for path in FIXTURES.rglob("*"):
        if path.suffix in (".txt", ".htm", ".html", ".md") and path.stat().st_size < 1_000_000:
            lines.update(decode(path.read_bytes(), path.name)[0].splitlines())
    return lines


def test_line_character_tests_are_the_patterns_on_the_fixtures() -> None:
    """The character tests `classify`, `_trailing_run` and the one-cell-a-line reader ask before a pattern
    (issue 12) turn away no line or word the pattern matches: on every fixture line and each of its words,
    and on every character of the Basic Multilingual Plane opening the shapes each pattern reads."""
    from core.tables import cell_per_line
    from core.tables import lines as line_module

    texts = _fixture_lines()
    assert len(texts) > 10_000
    tails = ("age 1", "AGE 12 of 13", "ile://x", "ttp://x", "ttps://x", "12/13", "/2", "/1/2004 1:00 PM", "-",
             " 5 -", "more-", " more -", "more)", "---", " ---", "", "  ==")
    firsts = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]  # (the case folds stay in this plane)
    for text in texts | {first + tail for first in firsts for tail in tails}:
        stripped = text.strip()
        if not stripped:
            continue
        if not line_module.may_be_furniture(stripped):
            assert line_module.PAGE_FURNITURE.match(stripped) is None, text[:80]
        if stripped[0] not in line_module._RULE_STARTS:
            assert line_module._RULE.match(text) is None and line_module.RULE_MARKS_LINE.fullmatch(stripped) is None
    for text in texts | {first + "1" for first in firsts}:
        stripped = text.strip()
        for label in {stripped, *stripped.split()}:
            assert numbers.value_word(label) == (numbers._VALUE_WORD.match(label) is not None), label
            if not label[:1].isdecimal():
                assert cell_per_line._SMALL_NUMBER.match(label) is None, label
            if label[:1] != "(":
                assert cell_per_line._SMALL_NEGATIVE.match(label) is None, label


def test_a_carried_line_is_told_as_the_marks_pattern_on_every_word_tells_it() -> None:
    """wrapped_rows._carried asks the footnote marks' pattern of a line's words only where its figures alone do not
    read and it starts as figures do: the answer is the one the pattern asked of every word of every line gives,
    on every fixture line and on marked figures at the margin."""
    from core.tables import wrapped_rows
    from core.tables.numbers import without_footnote_mark

    def every_word_asked(line: str) -> bool:
        stripped = line.lstrip()
        figures = wrapped_rows._NIL.sub("0", line) if "il" in line or "IL" in line else line
        figures = wrapped_rows._WORD.sub(lambda word: without_footnote_mark(word.group()), figures)
        return bool(stripped) and len(line) - len(stripped) <= wrapped_rows._MARGIN and (
            wrapped_rows._CARRIED.fullmatch(figures) is not None) and (
            any(c.isdigit() for c in figures) or wrapped_rows._is_rule(line))

    marked = {"9,232(b)       7,356", "3,400(a)          --", "  (412)2   0.40*", "nil   12+", "*   12"}
    lines = _fixture_lines() | marked
    assert sum(wrapped_rows._carried(line) for line in lines) > 100
    for line in lines:
        assert wrapped_rows._carried(line) == every_word_asked(line), line[:80]
