"""Equity lines of balance sheets that separate noncontrolling interests (SFAS 160, 2009 on)."""

from __future__ import annotations

import pytest

import core
from core.vocabulary import match_concept

# A company whose own equity went negative prints "(deficit)" on every equity total below it.
NCI_DEFICIT = """\
CONDENSED BALANCE SHEETS
(in thousands)

                                      March 31,   December 31,
                                        2009          2008

Total assets                           1,000         1,200

Liabilities                            1,100         1,000
Allos Therapeutics stockholders'
 equity (deficit)                       (150)          150
Noncontrolling interests                  50            50
Total equity (deficit)                  (100)          200
Total liabilities and equity (deficit)  1,000         1,200
"""


@pytest.mark.parametrize("label", ["Total equity", "Equity", "Total equity (deficit)", "Equity (deficit)",
                                   # Tempur Sealy (round 81): the deficit named before the equity
                                   "Total Stockholders' (Deficit) Equity", "Total stockholders' equity (deficit)"])
def test_total_equity_with_or_without_deficit_is_equity(label: str) -> None:
    assert match_concept(label) == "stockholders_equity"


def test_the_companys_own_equity_is_read_beside_noncontrolling_interests_in_deficit() -> None:
    release = core.parse_release(NCI_DEFICIT.encode(), "nci.txt")
    frame = core.facts_frame(release)
    equity = frame[frame["concept"] == "stockholders_equity"]
    assert list(equity["label"].unique()) == ["Allos Therapeutics stockholders' equity (deficit)"]
    assert sorted(equity["value"]) == [-150_000, 150_000]


# A partnership's own capital beside its noncontrolling interest (round 153, invented; Redfield Midstream
# Partners' sheet, in thousands): 792,604 + 41,206 = 833,810 and 756,028 + 39,802 = 795,830.
PARTNERS_CAPITAL = """\
CONDENSED CONSOLIDATED BALANCE SHEETS
(in thousands)

                                      September 30,   December 31,
                                          2012            2011

Total assets                           1,428,066       1,351,056

Total liabilities                        594,256         555,226
{label}                                  792,604         756,028
Noncontrolling interest                   41,206          39,802
   Total equity                          833,810         795,830
Total liabilities and equity           1,428,066       1,351,056
"""


@pytest.mark.parametrize("label", ["Partners' capital", "Total partners' capital", "Partners\u2019 capital",
                                   "Members' capital"])
def test_a_partnerships_own_capital_is_its_equity_beside_noncontrolling_interests(label: str) -> None:
    """"Total equity" had been the partnership's equity, the noncontrolling interest inside it: the words
    "capital" were not taken for equity's, and a "Total partners' capital" claiming the concept by its own
    words hid the noncontrolling interest below it from the line that adds them up."""
    text = PARTNERS_CAPITAL.format(label=label.ljust(32))
    release = core.parse_release(text.encode(), "partners.txt")
    frame = core.facts_frame(release)
    equity = frame[frame["concept"] == "stockholders_equity"]
    assert list(equity["label"].unique()) == [label.replace("\u2019", "'")]  # the reader's apostrophe
    assert sorted(equity["value"]) == [756_028_000, 792_604_000]


# The common stock line counts the shares its amount stands for; the sheet is in thousands of dollars.
STOCK_LINE_COUNTS_SHARES = """\
CONDENSED BALANCE SHEETS
(in thousands)

                                                                               December 31,
                                                                           2004          2003

Total assets                                                              9,800         8,100

Total liabilities                                                         3,100         2,900
Stockholders' equity:
  Common stock, $.001 par value: 40,000,000 shares authorized;
    shares outstanding: 2004, 12,650,000; 2003, 12,400,000                   13            12
  Common shares outstanding                                              12,650        12,400
  Additional paid-in capital                                             21,187        18,688
  Accumulated deficit                                                   (14,500)      (13,500)
                                                                       --------      --------
Total stockholders' equity                                                6,700         5,200
                                                                       --------      --------
Total liabilities and stockholders' equity                                9,800         8,100
"""


def test_a_stock_line_naming_its_shares_outstanding_is_an_amount_of_stock() -> None:
    """The stock's carrying amount is in thousands of dollars like the sheet (13 is $13,000, not 13 shares:
    13 + 21,187 - 14,500 = 6,700); a memo line of the shares outstanding alone stays a count."""
    release = core.parse_release(STOCK_LINE_COUNTS_SHARES.encode(), "stock.txt")
    frame = core.facts_frame(release)
    stock = frame[frame["label"].str.startswith("Common stock, $.001 par value")]
    assert sorted(zip(stock["period_end"].astype(str), stock["value"], stock["kind"], strict=True)) == [
        ("2003-12-31", 12_000, "amount"), ("2004-12-31", 13_000, "amount")]
    assert set(frame[frame["concept"] == "stockholders_equity"]["value"]) == {6_700_000, 5_200_000}


def test_book_value_per_share_under_a_balance_sheet_is_a_figure_per_share_not_thousands() -> None:
    """A bank's or REIT's "Book value per share" closing its balance sheet in thousands (Farmers National,
    AGNC, Capstead, James River Q1 2020) is dollars per share (6,700 / 12,650 = 0.53): it had been scaled like
    the sheet (530)."""
    sheet = STOCK_LINE_COUNTS_SHARES + "Book value per share                                   $  0.53       $  0.42\n"
    frame = core.facts_frame(core.parse_release(sheet.encode(), "book.txt"))
    book = frame[frame["label"] == "Book value per share"]
    assert sorted(zip(book["value"], book["kind"], strict=True)) == [(0.42, "per_share"), (0.53, "per_share")]
    stock = frame[frame["label"].str.startswith("Common stock, $.001 par value")]
    assert sorted(stock["value"]) == [12_000, 13_000]
