"""Cash: cash and investments at each date, the balance sheet, burn estimates and the runway they imply."""

from __future__ import annotations

import streamlit as st

from core.analysis import cash_burn, release_cash_points
from core.analysis.business import financial_no_burn
from core.analysis.cash import burns_cash, cash_source_note, cash_words, no_burn_sentence, no_cash_said
from core.analysis.cash_rise import cash_rise
from core.analysis.currency import statement_currency
from core.analysis.metrics import runway_caveat, standard_metrics
from core.analysis.stated_cash import stated_cash
from core.charts import balance_bars, cash_bars, release_abbreviations, release_unit, runway_projection
from core.formatting import card_money, currency_sign, runway_words, spelled_money
from pages._markdown import plain
from pages._widgets import card, header, md, missing, release_or_stop, show_chart, statement_or_stop

release = release_or_stop()
header(release, "Cash")
balance = statement_or_stop(
    release, "balance", "No balance sheet was found in this release, so cash, burn and runway cannot be shown."
)

points = release_cash_points(release)  # the cash flow statement's cash where the sheet prints none
currency = statement_currency(balance)  # "RMB", "C$": never "$" for a release that prints another currency
sign = currency_sign(currency)
# The burn (cash used, as the Overview shows it) first and named so; the other estimates under their own names.
burn = cash_burn(release)
# One rule says whether a runway is estimated and from which burn (`runway_rule`, the standard metrics' own): where
# it says none, every estimate keeps its figure and loses its runway, card, sentence and run-down line alike (UI-51:
# Alkermes). The metrics are worked out once for the page: the rule and the sentence below are both theirs.
metrics = standard_metrics(release)
rule = metrics.rule
estimates = tuple(sorted(rule.estimates, key=lambda e: e.method != (burn.method if burn else None)))
unit = release_unit(release)  # one unit for the release's every chart, on this page as on the others (UI-46)

if points:
    latest = points[-1]
    amount = md(f"**{spelled_money(latest.amount, currency=sign)}** at {latest.period.end:%B %-d, %Y}")
    if len(latest.lines) == 1:
        # named as the release names it: "Cash and cash equivalents" is no "cash and investments"
        st.markdown(f"*{plain(latest.lines[0])}*: {amount}.")
    else:
        st.markdown(f"Cash and investments of {amount}, the sum of: "
                    + "; ".join(f"*{plain(line)}*" for line in latest.shown or latest.lines) + ".")
    if source := cash_source_note(points):
        # said where the figure is shown, as the Overview's card says it (UI-43: AZZ's sheet prints no cash line)
        st.caption(plain(source))
    if (stated := stated_cash(release)) is not None:
        # the release's own cash-and-investments total beside the sheet's cash alone (UI-51: St. Joe's cash fell
        # 42.7% as $50.0M went into debt securities; its stated total fell 18.7%)
        st.info(plain(stated.sentence()), icon=":material/account_balance:")
elif burns_cash(release) is False:
    # said once: no burn is measured for a profitable company whatever its cash (a bank's "Cash and due from
    # banks" is no cash and cash equivalents); "cannot be estimated" beside "No burn" read as a contradiction
    missing(f"{no_cash_said(release)}, so cash is not charted.")
else:
    missing(f"{no_cash_said(release)}, so burn and runway cannot be estimated.")

if estimates and burns_cash(release) is False:
    # A profitable company (a bank) has no burn to estimate: one sentence, not a card of "No burn" per method.
    st.subheader("Burn and runway")
    # (a lender's or an insurer's: burn does not apply, which "No burn" before the reason had contradicted, UI-38)
    lead = "Does not apply." if financial_no_burn(release) is not None else "No burn."
    st.markdown(f"**{lead}** " + no_burn_sentence(release))
elif estimates:
    st.subheader("Burn and runway (estimates)")
    columns = st.columns(len(estimates), border=True)
    # Cash that rose while the company lost money is said as a rise, by how much and from where: "No burn"
    # beside a net loss of $9.0M a month had read as a burn that stopped (Verdanta, after an offering).
    rise = cash_rise(release)
    for column, estimate in zip(columns, estimates, strict=True):
        with column:
            # named for what the balance sheet prints: a sheet of cash and cash equivalents alone had its
            # estimate called "Change in cash and investments" (Meridale, Pennwick, Veradine)
            # the fall in cash of a company whose revenue outruns it is no burn, named as what it is (UI-50)
            first = estimate.method == (burn.method if burn else None)
            name = ("Fall in cash per month" if first and rule.fall_only else "Cash burn per month" if first
                    else estimate.name.replace("cash and investments", cash_words(points)))
            name += "" if name.endswith("per month") else " per month"
            if estimate.monthly is None and rise is not None and estimate.method == "Change in cash and investments":
                card(f"{cash_words(points).capitalize()} rose", f"+{card_money(rise.amount, currency=sign)}",
                     help="The change between the two balance-sheet dates, as printed: no estimate.")
                st.caption(plain(rise.sentence))
                continue
            if estimate.monthly is None:
                # the note says why there is no figure; the basis of an estimate not made is left unsaid (UI-40:
                # "Not estimated" over "Estimate: net result ... divided by 3 months" had described one)
                card(name, "Not estimated" if estimate.withheld else "No burn")
                st.caption(estimate.note or f"No burn: {estimate.basis} shows no cash going out.")
                continue
            # titles that wrap where four cards share the page (`card`; UI-43)
            card(name, card_money(estimate.monthly, currency=sign),
                 help="An estimate, not a figure the release prints.")
            if estimate.runway_months is None:
                st.caption(f"Estimate: {estimate.basis}.")  # a figure, no runway: the rule says none (below)
                continue
            card("Runway it implies", runway_words(estimate.runway_months),
                 help=f"{runway_words(estimate.runway_months).capitalize()} at this pace.")
            st.caption(f"Estimate: {estimate.basis}.")
    if rule.refused:
        # said once, under every estimate, in the words of the Overview and Compare (`runway_rule`): the fall in
        # cash or the net loss that revenue outruns (UI-51: Alkermes; UI-52: St. Joe's "5+ years" on its net loss)
        st.markdown(plain(metrics.runway_said) + ".")
    # Every runway above divides the same cash: where the release speaks of more liquidity, the page where the
    # runway is most prominent says so as the Overview and Compare do (UI-40: Valaris's 2.7 months had stood bare).
    if any(e.runway_months is not None for e in estimates) and (caveat := runway_caveat(release)):
        st.caption(f"Read with care: {plain(caveat)}.")
    what = cash_words(points)
    st.caption(
        "Each is a straight-line estimate. Cash burn is cash used, the Overview's figure: cash used in "
        "operations and capital spending where the cash-flow statement prints both, else cash used in "
        f"operations, else the fall in {what} (which includes money raised, repaid or invested); the fall in "
        f"{what} where that is faster. The net loss per month is not cash: it includes non-cash costs. "
        f"Runway = latest {what} ÷ monthly burn; past 5 years a straight line says nothing precise."
    )

# lines printed in capitals named in sentence case, the release's own abbreviations kept (UI-41)
sheet = balance_bars(balance, abbreviations=release_abbreviations(release), in_unit=unit)
if points:
    left, right = st.columns(2, gap="large")
    with left:
        show_chart(cash_bars(points, balance.scale, currency, in_unit=unit), key="cash_bars", release=release,
                   half=True)
    with right:
        show_chart(sheet, key="cash_balance", release=release, half=True)
else:
    show_chart(sheet, key="cash_balance", release=release)  # no empty half beside it
projection = runway_projection(points[-1], estimates, balance.scale, currency, in_unit=unit) if points else None
if projection is not None:
    show_chart(projection, key="cash_runway", release=release)
