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


@pytest.mark.parametrize("label", ["Total equity", "Equity", "Total equity (deficit)", "Equity (deficit)"])
def test_total_equity_with_or_without_deficit_is_equity(label: str) -> None:
    assert match_concept(label) == "stockholders_equity"


def test_the_companys_own_equity_is_read_beside_noncontrolling_interests_in_deficit() -> None:
    release = core.parse_release(NCI_DEFICIT.encode(), "nci.txt")
    frame = core.facts_frame(release)
    equity = frame[frame["concept"] == "stockholders_equity"]
    assert list(equity["label"].unique()) == ["Allos Therapeutics stockholders' equity (deficit)"]
    assert sorted(equity["value"]) == [-150_000, 150_000]
