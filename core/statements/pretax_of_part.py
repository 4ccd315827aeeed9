"""A pre-tax line that is the pre-tax income of part of the result: "Income before income tax and realized
investment gains (losses)", its tax printed under it, and the realized gains added after, net of their own tax
(a life insurer's statement of the 1990s, round 734). The line less the tax is no net result, and the company's
pre-tax income is printed nowhere: the line and its tax are held back with a warning, not printed as the
company's income before taxes and income tax."""

from __future__ import annotations

from core.model import LineItem, first_index
from core.vocabulary import NET_OF_ITS_TAX, PRETAX_BEFORE_MORE, SEPARATELY_TAXED_EXEMPT, normalise_label


def pretax_of_part(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """The pre-tax line and the tax lines under it to hold back: the pre-tax line names an item beside the tax
    that it comes before (vocabulary.PRETAX_BEFORE_MORE), and a line after the tax, before the net result, adds
    an item net of its own tax (vocabulary.NET_OF_ITS_TAX) that is no discontinued operation, extraordinary item,
    accounting change or share of an investee or of others (vocabulary.SEPARATELY_TAXED_EXEMPT). Where no such
    line follows ("Income before income taxes and extraordinary item", then the item net of tax), the pre-tax
    line is the company's, and nothing is held back."""
    pretax, net = first_index(items, "income_before_taxes"), first_index(items, "net_income")
    if pretax is None or net is None or net < pretax:
        return ()
    if not PRETAX_BEFORE_MORE.search(normalise_label(items[pretax].label)):
        return ()
    below = items[pretax + 1 : net]
    if not any(_adds_a_taxed_item(item) for item in below):
        return ()
    return (items[pretax], *(item for item in below if "income_tax" in item.concepts))


def _adds_a_taxed_item(item: LineItem) -> bool:
    """Whether a line between the pre-tax line and the net result adds an item net of its own tax, of the kind
    that leaves the company's tax split (a realized gain's), not one reported apart by rule."""
    words = normalise_label(item.label)
    return item.kind == "amount" and bool(NET_OF_ITS_TAX.search(words)) and not SEPARATELY_TAXED_EXEMPT.search(words)
