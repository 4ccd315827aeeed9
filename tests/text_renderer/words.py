"""Vocabulary as data: titles, companies, unit notes, period phrases and line labels seen in releases."""

from __future__ import annotations

from tests.text_renderer.model import Units

OPS_TITLES = (
    "CONDENSED STATEMENTS OF OPERATIONS",
    "CONSOLIDATED STATEMENTS OF OPERATIONS",
    "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS",
    "CONSOLIDATED STATEMENTS OF INCOME",
    "STATEMENTS OF OPERATIONS",
    "Condensed Consolidated Statements of Operations",
)
BALANCE_TITLES = (
    "CONDENSED BALANCE SHEETS",
    "CONSOLIDATED BALANCE SHEETS",
    "CONDENSED CONSOLIDATED BALANCE SHEETS",
    "Condensed Consolidated Balance Sheets",
)
COMPANIES = (
    "ALLOS THERAPEUTICS, INC.",
    "NORTHFIELD LABORATORIES INC.",
    "CELL GENESYS, INC.",
    "ZYGO CORPORATION",
    "PHOTON DYNAMICS, INC.",
    "AMERICAN SOFTWARE, INC.",
    "MAXWELL SHOE COMPANY INC.",
)
# How a line names the company itself ("Net income attributable to Zygo", "Allos Therapeutics stockholders'
# equity"): the name without its legal form, as releases since 2009 (SFAS 160) print it.
COMPANY_SHORT = {
    "ALLOS THERAPEUTICS, INC.": "Allos Therapeutics",
    "NORTHFIELD LABORATORIES INC.": "Northfield",
    "CELL GENESYS, INC.": "Cell Genesys",
    "ZYGO CORPORATION": "Zygo",
    "PHOTON DYNAMICS, INC.": "Photon Dynamics",
    "AMERICAN SOFTWARE, INC.": "American Software",
    "MAXWELL SHOE COMPANY INC.": "Maxwell Shoe",
}
BANKS = (
    "FIRST KEYSTONE CORPORATION",
    "PENNS WOODS BANCORP, INC.",
    "CNB FINANCIAL CORP.",
    "AMERICAN NATIONAL BANKSHARES INC.",
)
BANK_SHORT = {
    "FIRST KEYSTONE CORPORATION": "First Keystone",
    "PENNS WOODS BANCORP, INC.": "Penns Woods Bancorp",
    "CNB FINANCIAL CORP.": "CNB Financial",
    "AMERICAN NATIONAL BANKSHARES INC.": "American National",
}
# Years in which "noncontrolling interests" are printed (SFAS 160 took effect for 2009).
NCI_YEARS = (2009, 2012)
NCI_EQUITY_LABELS = ("Noncontrolling interests", "Noncontrolling interest", "Noncontrolling interests in subsidiaries")
ALLOWANCE_LABELS = ("Less allowance for doubtful accounts", "Less: allowance for doubtful accounts",
                    "Less allowance for uncollectible accounts")  # fmt: skip
NCI_INCOME_LABELS = (
    "Net income attributable to noncontrolling interests",
    "Less: Net income attributable to noncontrolling interests",
    "Less: net income attributable to noncontrolling interest",
)
# Unit notes in the phrasings releases print (tests/test_scale_words.py holds the parser's side). A note
# that says nothing of shares means shares in the dollars' scale, as "except per share data" does; one that
# names shares says how ("and Shares", "reflected in thousands", "except share data").
_THOUSANDS_NOTES = (
    "(Thousands of Dollars)",
    "(in 000s)",
    "(000's omitted)",
    "amounts in thousands",
    "(Dollars in thousands)",
)
_MILLIONS_NOTES = ("(Millions of dollars)", "($ Millions)", "$ in millions")
OPS_UNITS = (
    Units("(in thousands, except per share data)", 1000, 1000),
    Units("(in thousands, except per share amounts)", 1000, 1000),
    Units("(In thousands, except per share data)", 1000, 1000),
    Units("(in thousands - except share and per share information)", 1000, 1),
    Units("(in thousands, except share and per share data)", 1000, 1),
    Units("(In millions, except per share amounts)", 1_000_000, 1_000_000),
    Units("(In millions, except per share amounts)", 1_000_000, 1_000_000, share_decimals=1),
    Units(None, 1, 1),
    *(Units(note, 1000, 1000) for note in _THOUSANDS_NOTES),
    *(Units(note, 1_000_000, 1_000_000, share_decimals=1) for note in _MILLIONS_NOTES),
    Units("(millions, except per share data)", 1_000_000, 1_000_000, share_decimals=1),
    Units("Dollars in millions except per share data", 1_000_000, 1_000_000),
    Units(
        "(millions, except earnings per common share)",
        1_000_000,
        1_000_000,
        share_decimals=1,
        wrapped=("(millions, except earnings per", " common share)"),
    ),
    Units(
        "(Thousands of Dollars and Shares, Except Per Share Data)",
        1000,
        1000,
        wrapped=("(Thousands of Dollars and Shares,", " Except Per Share Data)"),
    ),
    Units(
        "(In millions, except number of shares, which are reflected in thousands, and per-share amounts)",
        1_000_000,
        1000,
        wrapped=("(In millions, except number of shares, which are", " reflected in thousands, and per-share amounts)"),
    ),
    Units("(In thousands, except share data)", 1000, 1),
)
BALANCE_UNITS = (
    Units("(in thousands)", 1000, 1),
    Units("(In thousands)", 1000, 1),
    Units("(In millions)", 1_000_000, 1),
    Units(None, 1, 1),
    *(Units(note, 1000, 1) for note in _THOUSANDS_NOTES),
    *(Units(note, 1_000_000, 1) for note in _MILLIONS_NOTES),
    Units("(millions)", 1_000_000, 1),
)
# Largest printed component per scale: keeps dollars-only tables at the size of small companies' numbers.
MAX_COMPONENT = {1: 40_000_000, 1000: 90_000, 1_000_000: 9_000}

MONTH_PHRASES = {
    3: ("Three months ended", "Three-months ended", "Quarter ended", "For the three months ended", "Quarter Ended"),
    6: ("Six months ended", "Six-months ended", "For the six months ended"),
    9: ("Nine months ended", "Nine-months ended", "For the nine months ended"),
    12: ("Year ended", "Years ended", "Twelve months ended", "Fiscal year ended"),
}
# Twelve months ended with a quarter other than the fiscal year's last: never "Year ended".
TRAILING_PHRASES = ("Twelve months ended", "Twelve Months Ended", "12 months ended")
WEEK_PHRASES = {
    13: ("13 weeks ended", "Thirteen weeks ended"),
    26: ("26 weeks ended", "Twenty-six weeks ended"),
    39: ("39 weeks ended", "Thirty-nine weeks ended"),
    52: ("52 weeks ended", "Fifty-two weeks ended"),
}
REVENUE_LABELS = ("Revenue", "Revenues", "Total revenues", "Net sales", "Net revenues", "Sales")
REVENUE_COMPONENTS = (
    "Product revenue",
    "Product sales",
    "License revenue",
    "License fees",
    "Contract revenue",
    "Collaborative research revenue",
    "Grant revenue",
    "Royalties",
    "Services",
)
COST_LABELS = ("Cost of revenue", "Cost of revenues", "Cost of sales", "Cost of goods sold")
GROSS_LABELS = ("Gross profit", "Gross margin")
RD_LABELS = ("Research and development", "Research and development expenses", "Research & development")
SGA_LABELS = (
    "Selling, general and administrative",
    "Marketing, general and administrative",
    "Sales, general and administrative",
    "Selling, general and administrative expenses",
)
RESTRUCTURING_LABELS = ("Restructuring", "Restructuring costs", "Restructuring charges")
# Operating expense lines the vocabulary has no key for (they must stay concept-free).
OTHER_EXPENSES = (
    "Clinical manufacturing",
    "Amortization of intangible assets",
    "Depreciation and amortization",
    "Acquired in-process research and development",
    "Stock-based compensation",
)
NONOP_LABELS = (
    "Interest and other income, net",
    "Interest income, net",
    "Other income, net",
    "Interest and other income (expense), net",
    "Other income (expense), net",
)
CHANGE_LABELS = (
    "Cumulative effect of change in accounting principle",
    "Cumulative effect of change in accounting principle, net of tax",
    "Cumulative effect of accounting change, net of income taxes",
)
TAX_LABELS = ("Provision for income taxes", "Income tax expense", "Income taxes")
