"""Round 735: footnote digits a PDF's text layer runs onto figures, and "$" signs touching the figures.

The fixtures are invented releases in the shape of the round's probes (their own words and figures, each
statement cross-footed by hand):

- Harrowgate Pumps (text, in millions): a raised footnote digit after each figure of two rows. "1,7034" (operating
  income 1,703 and mark 4) is no figure, and the row must be named in a warning; "4212" (diluted shares 421 and
  mark 2) is a figure ten times too many, which a footnote naming convertible notes must not let the EPS check
  vouch for as shares "as if converted". Revenue 12,418 - cost 7,395 = gross profit 5,023; 5,023 - 3,320 (2,107 +
  1,213) = 1,703; 1,703 - 88 = 1,615; 1,615 - 339 = 1,276 = $3.10 x 412 basic, $3.03 x 421 diluted (2021: 995 =
  $2.46 x 405 = $2.40 x 414).
- Fernbrook Analytics (PDF printed by Chromium from the .htm beside it, 7pt type in a table 30% wide): the "$" of
  each column touches the figure before it ("$92,746$78,315$261,408$224,937"). Revenue 92,746 - cost 39,812 =
  gross profit 52,934 (2021: 78,315 - 34,206 = 44,109; nine months 261,408 - 113,575 = 147,833 and 224,937 -
  98,644 = 126,293).
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest

import core
from core.facts import write_facts_csv

FIXTURES = Path(__file__).parent / "fixtures"
HARROWGATE = FIXTURES / "checks" / "footnote_digits_run_onto_figures_in_millions_convertible_notes.txt"
FERNBROOK = FIXTURES / "pdf" / "dollar_signs_touching_the_figures_in_tight_columns.pdf"


def _read(path: Path, change: tuple[str, str] | None = None) -> core.Release:
    text = path.read_bytes()
    if change is not None:
        assert change[0].encode() in text
        text = text.replace(change[0].encode(), change[1].encode())
    return core.parse_release(text, path.name)


def _printed(release: core.Release, concept: str) -> list[str]:
    """The values of a concept's facts as the CSV prints them, those a failed check holds back left out."""
    out = io.StringIO()
    write_facts_csv(release, out)
    return [row["value"] for row in csv.DictReader(io.StringIO(out.getvalue())) if row["concept"] == concept]


def _values(release: core.Release, concept: str) -> list[Decimal | None]:
    [item] = [item for s in release.statements for item in s.items if concept in item.concepts]
    return list(item.values)


@pytest.mark.parametrize(("change", "passes"), [
    (None, False),  # "4212": ten times the shares, which no add-back of interest explains
    (("4212          4142", " 421           414"), True),  # the counts as printed without their mark
])
def test_a_diluted_count_ten_times_over_is_not_vouched_for_as_if_converted(
        change: tuple[str, str] | None, passes: bool) -> None:
    """Diluted EPS x shares (3.03 x 4,212 = 12,762) is ten times the net income (1,276), and the footnote
    names convertible notes: the add-back allowed as if converted (basic EPS on the shares dilution adds,
    3.10 x 3,800 = 11,780) had paid for the misread count itself. No conversion adds back more than the
    net result: the check fails and the count is held back, with the basic figures it does not touch."""
    release = _read(HARROWGATE, change)
    diluted = [(c.period, c.passed) for c in release.checks if c.name == "EPS diluted"]
    assert diluted == [("3M 2022-09-30", passes), ("3M 2021-09-30", passes)]
    assert all(c.passed for c in release.checks if c.name == "EPS basic")
    # held back where the check fails, not printed as verified
    assert _printed(release, "shares_diluted") == (["421000000", "414000000"] if passes else [])
    assert _printed(release, "shares_basic") == ["412000000", "405000000"]
    assert _printed(release, "net_income") == ["1276000000", "995000000"]


def test_a_row_whose_figures_all_carry_a_footnote_digit_is_named_in_a_warning() -> None:
    """"Operating income  1,7034  1,3544": no grouping prints four digits after a comma, so the line is read
    as words and is no row. It had been dropped without a word; the warning names its line."""
    release = _read(HARROWGATE)
    garbled = [(str(w.span), w.message) for w in release.warnings if "looks like a figure" in w.message]
    assert garbled == [("line 23", "'1,7034', '1,3544' in 'Operating income' looks like a figure but is not "
                                   "one: the row's values there are missing")]
    assert not any("operating_income" in item.concepts for s in release.statements for item in s.items)


def test_a_dollar_sign_touching_the_figure_before_it_opens_the_next_cell() -> None:
    """"Revenue $92,746$78,315$261,408$224,937": each "$" after a figure's last digit starts the next
    column's cell. Read as words, the line had been folded into "Cost of revenue"'s label and the revenue
    lost without a warning."""
    release = _read(FERNBROOK)
    assert _values(release, "revenue") == [Decimal(92_746_000), Decimal(78_315_000), Decimal(261_408_000),
                                           Decimal(224_937_000)]
    [cost] = [item for s in release.statements for item in s.items if "cost_of_revenue" in item.concepts]
    assert cost.label == "Cost of revenue"
    assert all(c.passed for c in release.checks if c.name == "gross profit")
    assert len([c for c in release.checks if c.name == "gross profit"]) == 4
    assert _values(release, "net_income") == [Decimal(13_926_000), Decimal(8_993_000), Decimal(34_353_000),
                                              Decimal(23_932_000)]
