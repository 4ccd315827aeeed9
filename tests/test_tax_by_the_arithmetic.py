"""The one tax line between the income before taxes and the net income, named by what the tax is levied on
rather than as the income tax (round 666: a shipowner's "U.S. gross transportation tax" had no concept).
The arithmetic decides: the line is the income tax where the income before taxes less it is the net income.
The statements are invented."""

from __future__ import annotations

import csv
import io

import pytest

import core
from core.facts import write_facts_csv

_STATEMENT = """\
                         HALYARD MARINE SERVICES, INC.
                     CONSOLIDATED STATEMENTS OF OPERATIONS
                                (in thousands)

                                          Three Months Ended
                                              June 30,
                                         2016          2015
                                      ----------    ----------
Total revenues                        $   21,400    $   19,850
Total operating expenses                  16,120        15,370
                                      ----------    ----------
Operating income                           5,280         4,480
Interest expense                          (1,030)       (1,115)
                                      ----------    ----------
Income before income taxes                 4,250         3,365
{label:<38}{first:>10}    {second:>10}
                                      ----------    ----------
Net income                            $    {net_first:>6}    $    {net_second:>6}
                                      ==========    ==========
"""


def _facts(label: str, first: str, second: str, net_first: str, net_second: str) -> dict[tuple[str, str], str]:
    text = _STATEMENT.format(label=label, first=first, second=second, net_first=net_first, net_second=net_second)
    release = core.parse_release(text.encode(), "halyard.txt")
    out = io.StringIO()
    write_facts_csv(release, out, include_unverified=True)
    return {(r["concept"], r["period_end"]): r["value"] for r in csv.DictReader(io.StringIO(out.getvalue()))
            if r["concept"]}


@pytest.mark.parametrize("label", ["U.S. gross transportation tax", "Taxes", "Income and franchise taxes",
                                   "Tonnage tax", "Zakat"])
def test_the_one_tax_line_that_takes_the_pretax_result_to_the_net_result_is_the_income_tax(label: str) -> None:
    facts = _facts(label, "310", "245", "3,940", "3,120")
    assert facts[("income_tax", "2016-06-30")] == "310000"
    assert facts[("income_tax", "2015-06-30")] == "245000"


def test_a_tax_printed_as_a_deduction_is_stored_as_an_expense() -> None:
    facts = _facts("Tonnage tax", "(310)", "(245)", "3,940", "3,120")
    assert facts[("income_tax", "2016-06-30")] == "310000"


def test_a_result_net_of_tax_between_them_is_no_tax() -> None:
    """"Equity in earnings of affiliate, net of tax" adds to the pre-tax result, and names the tax only to say
    the earnings are after it."""
    facts = _facts("Equity in earnings of affiliate, net of tax", "310", "245", "4,560", "3,610")
    assert not [key for key in facts if key[0] == "income_tax"]


def test_a_tax_line_the_arithmetic_does_not_vouch_for_is_no_income_tax() -> None:
    facts = _facts("Taxes", "310", "245", "3,900", "3,120")
    assert not [key for key in facts if key[0] == "income_tax"]
