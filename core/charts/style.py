"""What every chart shares: the palette, accounting tick labels, and the `Chart` bundle.

Colours are Okabe-Ito, chosen to stay distinct for the common forms of colour blindness; favourable and
unfavourable moves use bluish green and vermillion, which differ in lightness as well as hue. No chart sets
a background or text colour, so Streamlit's theme makes them work in light and dark mode alike.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

import pandas as pd
import plotly.graph_objects as go

from core.formatting import STATUS_MARKS, STATUS_WORDS, accounting, sentence_case, unit_label
from core.model import Release, SourceSpan, Statement, StatementKind

CURRENT = "#0072B2"  # blue: the period in view
PRIOR = "#4B9DCB"  # sky blue, darkened to 3:1 on white (`legible_version` of "#56B4E9"): the year-earlier period
FAVOURABLE = "#009E73"  # bluish green: a move for the better
UNFAVOURABLE = "#D55E00"  # vermillion: a move for the worse, and negative amounts
TOTAL = "#6A6A6A"  # grey: totals and subtotals in a waterfall
SEQUENCE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
# Paul Tol's "muted" scheme, also safe for colour-blind readers, continues the sequence past eight series.
EXTENDED = ("#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499")
# and his "light" scheme after it: a balance sheet's bars (eight asset blocks, liabilities, equity and the
# noncontrolling interests) want a dozen colours and more.
LIGHT = ("#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00", "#DDDDDD")
# and his "vibrant" and "bright" schemes last: taken into the band every chart colour keeps on both themes
# (`legible_version`), the schemes before them lose some of their light colours to their darker neighbours, and a
# balance sheet of a dozen blocks (Meridian Crest's) still wants that many apart (UI-64)
VIBRANT = ("#EE7733", "#0077BB", "#33BBEE", "#EE3377", "#CC3311", "#009988", "#BBBBBB",
           "#4477AA", "#66CCEE", "#228833", "#CCBB44", "#EE6677", "#AA3377")
# Charts show at most this many lines one by one; the rest are summed into "Other" (a picker shows more).
TOP_LINES = 7
DERIVED_PATTERN = "/"  # hatching marks bars the release did not print


def hatched(shapes: str | list[str]) -> dict[str, object]:
    """A bar's pattern: hatching over the bar's own colour (overlay), so a value printed inside a derived
    bar stays as readable as in a printed one; Plotly's default draws the hatch over white, where the
    white label it picks for the bar's colour vanished."""
    return {"shape": shapes, "fillmode": "overlay"}
UNVERIFIED_PATTERN = "x"  # cross-hatching marks printed bars a failed check does not vouch for
UNCHECKED_PATTERN = "."  # dots mark printed bars no check speaks of (core.formatting.STATUS_MARKS in tables)


# How far apart (CIE76 distance in L*a*b*) two colours of one chart stand at least: Tol's cyan #88CCEE is 14
# from Okabe-Ito's sky blue #56B4E9, and Meridian Crest's goodwill and stockholders' equity, side by side on
# the Cash page, had read as one light blue.
MIN_COLOUR_DISTANCE = 25


def _lab(colour: str) -> tuple[float, float, float]:
    """A "#RRGGBB" colour in CIE L*a*b* (D65), where distance is roughly how different two colours look."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(int(colour[i : i + 2], 16) / 255) for i in (1, 3, 5))
    x = (0.4124 * red + 0.3576 * green + 0.1805 * blue) / 0.95047
    y = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    z = (0.0193 * red + 0.1192 * green + 0.9505 * blue) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def colour_distance(first: str, second: str) -> float:
    return math.dist(_lab(first), _lab(second))


def _distinct(colours: Sequence[str]) -> tuple[str, ...]:
    """`colours` in order, leaving out each that stands too near one kept before it."""
    kept: list[str] = []
    for colour in colours:
        if all(colour_distance(colour, other) >= MIN_COLOUR_DISTANCE for other in kept):
            kept.append(colour)
    return tuple(kept)


# The backgrounds a chart is drawn on: Streamlit's light theme and its dark one (its Settings menu switches them,
# and "System" follows the OS). A chart's mark keeps WCAG's 3:1 for non-text contrast (its ratio of relative
# luminances) against both: Okabe-Ito's black, 1.1 against the dark background, had drawn Apple's eighth asset block
# as a gap in its balance-sheet bars (UI-63); Tol's indigo #332288, 1.5:1 there, had drawn Oracle's "General and
# administrative" as a line barely seen (UI-64), his wine #882255 2.2:1, and the yellow #F0E442 is 1.3:1 on white.
# A colour outside that band is taken towards black or white, the least that brings it in (`legible_version`), so
# the palette keeps its hues: the yellow reads as an olive #9E962C, the indigo as #6255A3.
BACKGROUNDS = ("#FFFFFF", "#0E1117")
LEGIBLE_CONTRAST = 3.0


def _luminance(colour: str) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(int(colour[i : i + 2], 16) / 255) for i in (1, 3, 5))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: str, second: str) -> float:
    """WCAG's contrast ratio of two "#RRGGBB" colours, 1 (alike) to 21 (black on white)."""
    darker, lighter = sorted((_luminance(first), _luminance(second)))
    return (lighter + 0.05) / (darker + 0.05)


def legible(colour: str) -> bool:
    """Whether `colour` stands out from the light theme's background and the dark theme's alike (3:1 on both)."""
    return all(contrast(colour, background) >= LEGIBLE_CONTRAST for background in BACKGROUNDS)


def _mixed(colour: str, towards: int, share: float) -> str:
    channels = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c + (towards - c) * share):02X}" for c in channels)


def legible_version(colour: str) -> str:
    """`colour` itself where `legible`, else mixed with black (too light) or white (too dark), by the least share
    in hundredths that makes it legible on both themes: "#F0E442" -> "#9E962C", "#332288" -> "#6255A3"."""
    towards = 0 if _luminance(colour) > 0.2 else 255
    return next((mixed for step in range(101) if legible(mixed := _mixed(colour, towards, step / 100))), colour)


DISTINCT = _distinct([legible_version(colour) for colour in SEQUENCE + EXTENDED + LIGHT + VIBRANT])

NEUTRAL_CHROMA = 10  # a colour this near grey in L*a*b* (its chroma, from a* and b*) reads as a shade of grey
# The palette's greys and black: a chart drawing a total in grey (`TOTAL`) keeps them from its other series, where
# Oracle's "Smaller lines (7)", the eighth colour, black, had read as its grey total (UI-48).
NEUTRAL = tuple(colour for colour in DISTINCT if math.hypot(*_lab(colour)[1:]) < NEUTRAL_CHROMA)


def palette(count: int, without: tuple[str, ...] = ()) -> tuple[str, ...]:
    """`count` colours, none repeated within a chart and none near another: Okabe-Ito first, then those of
    Tol's muted and light schemes that stand apart from every colour before them. `without`: colours a chart
    beside it gives a meaning (the green and vermillion of a fall and a rise), which no series here takes.

    Past fifteen series no palette stays readable; callers keep to TOP_LINES plus "Other" long before that,
    and the colours then cycle rather than fail.
    """
    kept = tuple(colour for colour in DISTINCT if colour not in without)
    return tuple(kept[i % len(kept)] for i in range(count))


# How many colours before it each colour of `contrasting` keeps apart from: a line's neighbour and the one past it
CONTRAST_WINDOW = 2
# Up to this many colours, `contrasting` tries every order (7! = 5,040 with the first fixed); past it, greedily
CONTRAST_EXACT = 8


def contrasting(colours: Sequence[str]) -> tuple[str, ...]:
    """`colours` reordered, the first kept first, so that the nearest two within `CONTRAST_WINDOW` places of each
    other stand as far apart as any order makes them: given to series in the order they stand on the chart (by
    size), neighbours never share a hue. UI-57: Oracle's nine costs, coloured in printed order, had drawn the blue
    beside the sky blue and the orange beside the yellow, hard to tell apart at 420 px."""
    colours = tuple(colours)
    if len(colours) < 3:
        return colours

    apart = {(a, b): colour_distance(a, b) for a in colours for b in colours}

    def nearest(order: Sequence[str]) -> float:
        return min(apart[order[i], order[j]] for i in range(len(order))
                   for j in range(i + 1, min(len(order), i + 1 + CONTRAST_WINDOW)))

    if len(colours) <= CONTRAST_EXACT:
        return max(((colours[0], *rest) for rest in itertools.permutations(colours[1:])), key=nearest)
    order, rest = list(colours[:1]), list(colours[1:])
    while rest:
        best = max(rest, key=lambda c: min(colour_distance(c, o) for o in order[-CONTRAST_WINDOW:]))
        order.append(best)
        rest.remove(best)
    return tuple(order)


@dataclass(frozen=True)
class Chart:
    """A figure with the table of the numbers it draws and a sentence for readers who cannot see it.

    `sources` maps what a reader can click (a bar's category, a series' name) to the printed lines it
    came from, so a page can show them highlighted in the release text.
    """

    figure: go.Figure
    data: pd.DataFrame
    alt_text: str
    sources: Mapping[str, tuple[SourceSpan, ...]] = field(default_factory=dict)
    # What the checks say of the lines drawn, where they do not vouch for them ("failed", "unchecked"), by the
    # same keys as `sources`: set by core.charts.verified.mark_unverified, which marks their bars.
    marks: Mapping[str, str] = field(default_factory=dict)
    # The same, figure by figure ("Revenue, 3M to Mar 31, 2022": "unchecked"), for charts over several releases
    # whose every point carries its own status (core.charts.timeline): their tables mark each cell themselves.
    figure_marks: Mapping[str, str] = field(default_factory=dict)
    # The periods (by key) each of `sources` draws, where a key is one period's figure (a per-share bar): a
    # failed check of another period printed on the same line does not blame it. Tollgate Pass's diluted
    # units had hatched the 2020 bar for the 2019 check alone.
    periods: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def source_of(self, *names: object) -> tuple[str, tuple[SourceSpan, ...]] | None:
        """The first of `names` (a clicked point's x, y or series name) that has source lines."""
        for name in names:
            key = source_key(name) if name is not None else ""
            if key in self.sources:
                return key, self.sources[key]
        return None

    def marked_data(self) -> pd.DataFrame:
        """The table behind the chart with a "Checks" column after its lines where any line drawn is one the
        checks do not vouch for (core.formatting.STATUS_MARKS and their words): the table beside a dotted or
        hatched bar says why, as a reader copying the figures from it must know. Only where a row of this table
        has a mark: an empty column had taken width on every tab of Southern's Periods page (UI-49)."""
        if not self.marks or "Line" not in self.data.columns:
            return self.data
        said = [f"{STATUS_MARKS[mark]} {STATUS_WORDS[mark].split(':')[0]}"
                if (mark := self.marks.get(source_key(line))) else "" for line in self.data["Line"]]
        if not any(said):
            return self.data
        data = self.data.copy()
        data.insert(list(data.columns).index("Line") + 1, "Checks", said)
        return data

    @property
    def title(self) -> str:
        return str(self.figure.layout.title.text or "")

    def untitled(self) -> go.Figure:
        """A copy without the title, for pages that print the title above the chart themselves: a long
        legend then pushes the plot down instead of running into the title."""
        figure = go.Figure(self.figure)
        top = figure.layout.margin.t or 50
        # The page's chart shows Plotly's toolbar (camera, zoom) at its top right: a legend above the plot
        # keeps a strip free for it, where at 390 px the toolbar had covered the first legend entry.
        # Without a legend the plot's top starts under it, and at 420 px the toolbar had covered the waterfall's
        # first bar and its label (UI-50: Alkermes's "Revenue 246,220"): the strip is kept for every chart.
        toolbar = MODEBAR_PX
        # ... and the figure grows by that strip, so the plot keeps its height (bars' labels had overlapped)
        figure.update_layout(title=None, margin={"t": max(10, top - TITLE_PX) + toolbar},
                             height=(figure.layout.height or 450) + toolbar)
        if figure.layout.legend.yref == "container":
            # the title's place is free: the legend moves up into it, under the toolbar's strip
            figure.update_layout(legend={"y": 1 - toolbar / figure.layout.height})
        return figure


def source_key(name: object) -> str:
    """A bar's category or a series' name as `Chart.sources` keys it: wrapped ("<br>") and spaced alike."""
    return " ".join(str(name).replace("<br>", " ").split())


def to_units(value: Decimal | None, scale: int) -> float | None:
    """Decimal dollars -> float in the statement's units, at the edge where Plotly needs floats."""
    return None if value is None else float(value / Decimal(scale))


def nice_ticks(values: Iterable[float | None], *, count: int = 5) -> list[float]:
    """Round tick values spanning `values` and zero (1, 2, 2.5 or 5 times a power of ten), at most
    `count` + 1 of them: a narrow axis asks for fewer so "(20,000)" and "(10,000)" never touch."""
    present = [v for v in values if v is not None and math.isfinite(v)]
    low, high = min([0.0, *present]), max([0.0, *present])
    if high == low:
        return [low]
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    for step in (m * magnitude for m in (1, 2, 2.5, 5, 10, 20, 25, 50, 100)):
        if step < raw:
            continue
        first, last = math.floor(low / step), math.ceil(high / step)
        if last - first <= count:
            return [round(i * step, 10) for i in range(first, last + 1)]
    step = 100 * magnitude
    first, last = math.floor(low / step), math.ceil(high / step)
    return [round(i * step, 10) for i in range(first, last + 1)]


def tick_decimals(ticks: Iterable[float]) -> int:
    """The fewest decimals that print every tick as it is: 0.5 steps take one, 0.25 steps two. Rounded to
    whole numbers, half-million ticks had read "0, 1, 1, 2, 2, 3, 3, 4" (Copper Ferry's weighted shares)."""
    ticks = list(ticks)
    return next((places for places in range(5) if all(abs(round(t, places) - t) < 1e-9 for t in ticks)), 4)


def accounting_axis(
    values: Iterable[float | None],
    *,
    decimals: int = 0,
    currency: str = "",
    count: int = 5,
    pad: float = 0.06,
    sparse: bool = False,
    hug: bool = False,
    percent: bool = False,
) -> dict[str, object]:
    """Axis settings that label ticks the way the release prints numbers: "(4,000)" for -4000.

    `percent`: an axis of percents, ticked as the chart's bars, hovers and the pages say a percent, "-50%", "0%",
    "100%" (`percent_tick`; UI-57: the margins chart's axis had read "(50)" under bars labelled "-15.2%").

    `count` ticks at most about: four on a horizontal axis, whose labels must fit a phone's width. `pad`
    is the room beyond the outer ticks, as a share of the span: horizontal bars print their value beside
    the bar's end and need more of it (0.22) so the value never runs into the line names. `sparse` labels
    every other tick (zero always) where labels are long ("1,500,000"): a phone-wide axis fits them then.
    `hug` spans the values themselves, not the outer ticks: with few ticks the last can stand far past the
    data (bars reaching 1,105,570 on an axis to 2,000,000 filled half the chart: a browser review), and the
    ticks past the span are left out.
    """
    values = list(values)
    ticks = nice_ticks(values, count=count)
    step_decimals = max(decimals, tick_decimals(ticks))
    bounds: list[float] | None = None
    if hug:
        present = [v for v in values if v is not None and math.isfinite(v)]
        low, high = min([0.0, *present]), max([0.0, *present])
        reach = (high - low) or 1.0
        shown = [t for t in ticks if low - reach * pad <= t <= high + reach * pad]
        if len(shown) >= 2:
            ticks, bounds = shown, [low - reach * pad, high + reach * pad]
    # Room beyond the outermost tick for bar labels printed outside the bars.
    span = (ticks[-1] - ticks[0]) or 1.0
    return {
        "range": bounds or [ticks[0] - span * pad, ticks[-1] + span * pad],
        "tickmode": "array",
        "tickvals": ticks,
        "ticktext": _sparse(
            [percent_tick(t, step_decimals) if percent else accounting(Decimal(str(t)), decimals=step_decimals,
                                                                      currency=currency) for t in ticks],
            ticks, sparse),
        "zeroline": True,
        "zerolinewidth": 2,
    }


def percent_tick(value: float, decimals: int = 0) -> str:
    """A percent axis's tick as the pages print a percent: "-50%", "0%", "12.5%" (never "(50)")."""
    said = f"{value:,.{decimals}f}"
    return ("0" if float(said.replace(",", "")) == 0 else said) + "%"


# The units an axis of amounts may be read in: an axis to "14,000,000" of $ thousands (Antero's balance sheet)
# or "4,686,312" of whole dollars (Forian's) makes a reader count digits (UI-42).
READABLE_SCALES = (1_000, 1_000_000, 1_000_000_000)


def readable_scale(values: Iterable[float | None], scale: int) -> int:
    """The unit an axis of `values` (in units of `scale`) reads best in: the statement's own, else the first of
    thousands, millions and billions in which the largest figure has at most four digits ("14" of $ billions,
    not "14,000,000" of $ thousands; Cree's $1,051.4 million stays in millions, never "1.05" of billions)."""
    present = [abs(v) for v in values if v is not None and math.isfinite(v)]
    largest = max(present, default=0.0) * scale
    units = [scale, *(unit for unit in READABLE_SCALES if unit > scale)]
    return next((unit for unit in units if largest < AXIS_FIGURE_LIMIT * unit), units[-1])


# An axis figure of five digits or more ("14,000,000") is read in the next unit up.
AXIS_FIGURE_LIMIT = 10_000
# The decimals a figure read in a larger unit than the release's starts from: "48.3" of $ millions for Forian's
# $48,339,575, "14.53" of $ billions for Antero's 14,525,789 thousand; whole thousands for a release in dollars.
READABLE_DECIMALS = {1_000: 0, 1_000_000: 1, 1_000_000_000: 2}
MAX_READABLE_DECIMALS = 3  # "0.010" of $ billions: a line of $10 million beside a sheet of $14.5 billion


@dataclass(frozen=True)
class Readable:
    """The unit a chart's amounts are drawn, labelled, hovered and tabled in, one for all of them: the axis
    said "$ millions" over bars labelled "48,339,575" and a caption "in $" (UI-43, Forian's), because only the
    axis had been read in the larger unit. `shown` is that unit, `decimals` the places its figures print with,
    `factor` what a figure in the release's unit is divided by."""

    shown: int
    decimals: int
    factor: float

    def of(self, value: float | None) -> float | None:
        """`value` (in the release's unit) in the unit shown."""
        return None if value is None else value / self.factor

    def all(self, values: Iterable[float | None]) -> list[float | None]:
        return [self.of(value) for value in values]

    @property
    def unit_decimals(self) -> int:
        """The places a table in the release's page unit (`release_unit`) prints with: the release's own where
        its figures read in its own unit, else the places the unit reads in (`READABLE_DECIMALS`), none for
        thousands: a release in whole dollars shown in $ thousands rounds to whole thousands, as a release
        printed in thousands does. Forian's table had read "4,686.312" and a line of zeros "0.000", three places
        kept for its $20 warrant line (UI-47); the extra places stay with a chart's labels and hovers."""
        return self.decimals if self.factor == 1 else READABLE_DECIMALS.get(self.shown, 0)


def table_cell(value: float | None, decimals: int) -> str:
    """A figure (in the unit shown) as a table's cell, accounting style: a zero as "0", never "0.000"."""
    return "0" if value == 0 else accounting(value, decimals=decimals)


# The digits a release's largest figure may print with in the unit its pages read it in: Forian's whole dollars
# (its cash flow's 133,894,613, nine digits) read in $ thousands, Antero's thousands (its balance sheet's 15,197,569,
# eight) in $ millions; ManTech's thousands (2,230,454) and Southern Company's millions (11,903) as printed (UI-46).
RELEASE_FIGURE_DIGITS = 7
MAIN_STATEMENTS: tuple[StatementKind, ...] = ("operations", "balance", "cash_flow")


def release_unit(release: Release) -> int | None:
    """The one unit every chart and table of a release's pages reads its amounts in, worked out once from its
    main statements (operations, balance sheet, cash flow), so a release never reads in two units (UI-46:
    Forian's waterfall and periods in $ millions, "(0.007)" and "0.000", beside its Compare charts' $ thousands,
    each chart having picked its unit from its own figures). The release's own unit, the smallest among those
    statements (a figure printed in thousands keeps its digits), while its largest figure there has at most
    `RELEASE_FIGURE_DIGITS` digits, else the first unit up (thousands, millions, billions) in which it has:
    ManTech's 610,912 of $ thousands stay thousands, never "610.912" of millions. None without a main statement
    (each chart then reads its own figures' unit, `readable`)."""
    statements = [s for kind in MAIN_STATEMENTS if (s := release.statement(kind)) is not None]
    if not statements:
        return None
    own = min(s.scale for s in statements)
    largest = max((abs(value) for s in statements for item in s.items if item.kind == "amount"
                   for value in item.values if value is not None and value.is_finite()), default=Decimal(0))
    limit = Decimal(10) ** RELEASE_FIGURE_DIGITS
    units = [own, *(unit for unit in READABLE_SCALES if unit > own)]
    return next((unit for unit in units if largest < limit * unit), units[-1])


def readable(values: Iterable[float | None], scale: int, places: int,
             also: Iterable[float | None] = (), unit: int | None = None) -> Readable:
    """The unit `values` (amounts in units of `scale`, printed with `places` decimals) read best in
    (`readable_scale`), or `unit` where the page gives the release's (`release_unit`: one unit for every chart
    of a release), with the decimals their figures and `also`'s (a table's figures beside the drawn ones:
    a monthly burn) print with there: the release's own where the unit is its own, else those of
    `READABLE_DECIMALS`, more (up to `MAX_READABLE_DECIMALS`) where a figure that is not zero would keep fewer
    than two significant digits (Forian's net loss of $68,302 a month "0.068" of $ millions, not "0.1")."""
    values = list(values)
    shown = readable_scale(values, scale) if unit is None else unit
    if shown == scale:
        return Readable(scale, places, 1.0)
    return _read_in(shown, scale, [*values, *also])


def _read_in(shown: int, scale: int, values: Iterable[float | None], significant: int = 2) -> Readable:
    """`values` (in units of `scale`) read in the unit `shown`, to `READABLE_DECIMALS` places (none in a unit
    smaller than the statement's: a release's thousands beside its operations in millions), more where a figure
    that is not zero would keep fewer than `significant` digits."""
    factor = shown / scale
    small = [abs(v) / factor for v in values if v is not None and math.isfinite(v) and v != 0]
    decimals = READABLE_DECIMALS.get(shown, 0)
    while decimals < MAX_READABLE_DECIMALS and any(v * 10**decimals < 10 ** (significant - 1) for v in small):
        decimals += 1
    return Readable(shown, decimals, factor)


def labelled_readable(values: Iterable[float | None], scale: int, places: int,
                      also: Iterable[float | None] = (), unit: int | None = None) -> Readable:
    """`readable`'s unit for a chart that prints a value beside or in each bar of a phone-wide row (the result
    waterfall, the quarter trend, the expense changes), or the next unit up where a label there runs longer than
    four digits print ("(2,822)", `LONG_LABEL`) and the labels print shorter in it: Forian's whole dollars read
    "4,686.3" and "(2,822.3)" of $ thousands, the tenth kept for its $1,394 litigation step, where $ millions
    print "4.686" and "(2.822)" (UI-44). Labels of four digits keep their unit: Allos's "(7,262)" of $ thousands,
    never "(7.26)" of millions; so does a tie: Hasbro's "1,105.6" of $ millions, never "1.106" of billions."""
    values, also = list(values), list(also)
    if unit is not None:
        # The release's unit (`release_unit`), to the fewest places that print no figure that is not zero as zero,
        # so a label keeps to four digits where it can: Forian's "(2,822)" and its $1,394 litigation step "(1)"
        # of $ thousands, where two significant digits had set every label to a tenth, "(2,822.3)".
        return Readable(scale, places, 1.0) if unit == scale else _read_in(unit, scale, [*values, *also], 1)
    first = readable(values, scale, places, also)
    larger = [unit for unit in READABLE_SCALES if unit > first.shown]
    if not larger or longest_label(first, values) <= LONG_LABEL:
        return first
    up = _read_in(larger[0], scale, [*values, *also])
    # ... and where no figure that is not zero prints as one there: ServiceNow's tax of $131 thousand, "(0.000)"
    # of $ billions beside its revenue of $1,032.6 million
    lost = any(v and not round(abs(v) / up.factor, up.decimals) for v in values if v is not None and math.isfinite(v))
    return up if not lost and longest_label(up, values) < longest_label(first, values) else first


LONG_LABEL = 7  # characters: "(2,822)", a four-digit figure's label; a longer one takes a phone's bar row


def longest_label(unit: Readable, values: Iterable[float | None]) -> int:
    """The characters of the longest label `values` (in the release's unit) print in `unit`."""
    return max((len(text) for text in labels(unit.all(values), decimals=unit.decimals)), default=0)


LONG_TICK = 7  # characters: "(20,000)" and longer crowd a phone-wide axis of four ticks


def _sparse(texts: list[str], ticks: list[float], sparse: bool) -> list[str]:
    """Every other label blanked (counting from zero), when asked and the labels are long."""
    if not sparse or len(ticks) < 4 or max(len(t) for t in texts) < LONG_TICK:
        return texts
    zero = min(range(len(ticks)), key=lambda i: abs(ticks[i]))
    return [text if (i - zero) % 2 == 0 else "" for i, text in enumerate(texts)]


# Rough width of a legend entry for layout: the swatch plus about 7 px a character, on a chart as narrow
# as a phone shows it (390 px screen, about 340 px of chart); enough to reserve one row per line of legend
# above the plot, so at 390 px the legend never runs into the plot or the title.
LEGEND_SWATCH_PX, LEGEND_CHAR_PX, CHART_WIDTH_PX, LEGEND_ROW_PX = 50, 7, 340, 22
UNIFORM_TEXT_PX = 9  # the smallest a value label inside a bar may be set
TITLE_PX = 40  # the figure title's share of the top margin, given back when a page prints the title itself
MODEBAR_PX = 30  # Plotly's toolbar over a chart's top right corner, and a little air under it


def legend_rows(figure: go.Figure) -> int:
    """How many lines of text the horizontal legend will take, so the title can sit above it without
    overlap: a row as tall as its tallest entry ("Aircraft fuel and related<br>taxes" takes two lines)."""
    names = [(t.name or "").split("<br>") for t in figure.data if t.showlegend is not False and t.name]
    if len(names) < 2:
        return 0
    lines, used, tallest = 0, 0, 1
    for name in names:
        width = LEGEND_SWATCH_PX + LEGEND_CHAR_PX * len(max(name, key=len))
        if used and used + width > CHART_WIDTH_PX:
            lines, used, tallest = lines + tallest, 0, 1
        used += width
        tallest = max(tallest, len(name))
    return lines + tallest


TITLE_ROOM_PX = 56  # the top margin a title alone takes; a legend under it adds its own drawn height


def legend_room(figure: go.Figure) -> int:
    """The top margin a legend of `legend_rows` lines takes under the title at a phone's width: for a chart
    that must keep something else above its plot too (the Periods panels' titles), which the margin Plotly
    grows for the legend alone would cover."""
    return TITLE_ROOM_PX + LEGEND_ROW_PX * legend_rows(figure)


def base_layout(figure: go.Figure, *, title: str, height: int = 420) -> go.Figure:
    """Title on top, the legend under it, level tick labels: the same frame for every chart.

    Call it after the traces are added: the top margin grows with the legend's rows.
    """
    rows = legend_rows(figure)
    height = height + LEGEND_ROW_PX * rows
    figure.update_layout(
        title={
            "text": title,
            "x": 0,
            "xanchor": "left",
            "y": 1,
            "yref": "container",
            "yanchor": "top",
            "pad": {"t": 12, "l": 10},  # off the image's edge, where an exported chart keeps its title
        },
        height=height,
        # The legend hangs from the title's foot, and Plotly pushes the plot down by the legend's drawn
        # height (margin autoexpand): the room it had been given here, counted at a phone's 340 px, had left
        # about 130 px empty above it on a 1,440 px page (Compare's margins chart). The figure still grows by
        # that count, so at phone width the plot keeps its height.
        margin={"l": 10, "r": 10, "t": TITLE_ROOM_PX, "b": 10},
        legend={"orientation": "h", "yref": "container", "yanchor": "top", "y": 1 - TITLE_PX / height,
                "xanchor": "left", "x": 0},
        bargap=0.25,
        separators=".,",
        # A value label squeezed into a narrow bar is hidden, not shrunk: at phone width Plotly had set
        # "(12,048)" at about 5 px; the figure stays in the hover and the table (browser review).
        uniformtext={"minsize": UNIFORM_TEXT_PX, "mode": "hide"},
    )
    # automargin: tick labels (wrapped, several lines) push the plot area in rather than overlapping it.
    figure.update_xaxes(tickangle=0, automargin=True)
    figure.update_yaxes(automargin=True)
    return figure


def period_tick(name: str, crowded: bool = False) -> str:
    """A period name on up to three short lines for a category axis: "3M to<br>Mar 31, 2004<br>(derived)";
    crowded, the year under its day: "3M to<br>Mar 31,<br>2004"."""
    tick = name.replace(" to ", " to<br>", 1).replace(" (derived)", "<br>(derived)")
    return re.sub(r", (\d{4})\b", r",<br>\1", tick, count=1) if crowded else tick


# A phone's plot (390 px screen less the page's padding and a value axis's labels), the narrowest a category axis
# of periods is drawn at, and the room a tick label keeps either side of it.
PHONE_PLOT_PX = 280
TICK_PAD_PX = 8


def period_ticks(names: Sequence[str]) -> list[str]:
    """The tick labels of a category axis of periods (`period_tick`), each year under its day wherever a
    column's widest line would not fit its share of a phone's plot: GeoVax's four columns had run together at
    390 px ("Sep 30, 2023Sep 30, 2024", UI-49), more than five columns having been the rule. The
    one rule for every chart whose axis names periods; two or three columns keep their day and year on a line."""
    ticks = [period_tick(name) for name in names]
    if not ticks:
        return ticks
    widest = max(len(line) for tick in ticks for line in tick.split("<br>"))
    if len(ticks) * (LEGEND_CHAR_PX * widest + TICK_PAD_PX) <= PHONE_PLOT_PX:
        return ticks
    return [period_tick(name, crowded=True) for name in names]


# More places than this is no precision a chart label needs (a per-mille figure in a table of amounts).
MAX_DECIMALS = 2


def printed_decimals(statement: Statement) -> int:
    """The decimal places the statement prints its amounts with, in its own units: 1 for a release in
    millions printing "(1.5)", 0 for one in thousands. Chart labels keep them, so a net loss of 1.5
    is not shown as 2 and a change of 0.2 as 0. Values keep the places they were printed with (Decimal
    exponents), so the figures themselves say it.
    """
    return decimals_of((value for item in statement.items if item.kind == "amount" for value in item.values),
                       statement.scale)


def decimals_of(amounts: Iterable[Decimal | None], scale: int) -> int:
    """The decimal places amounts were printed with in units of `scale` (1 for "50.5" in millions)."""
    places = 0
    for value in amounts:
        if value is not None and value.is_finite():
            exponent = (value / Decimal(scale)).as_tuple().exponent
            if isinstance(exponent, int):
                places = max(places, -exponent)
    return min(places, MAX_DECIMALS)


def described(
    summary: str, names: Sequence[str], values: Sequence[float | None], *, decimals: int = 0
) -> str:
    """Alt text that reads the chart out: "Bars of ... in $ thousands: Dec 31, 2003 45,597, ...". """
    readings = (
        f"{name} {'n/a' if value is None else accounting(Decimal(str(value)), decimals=decimals)}"
        for name, value in zip(names, values, strict=True)
    )
    return f"{summary}: " + ", ".join(readings) + "."


# A unit said after an amount in a hover, as a card says it short ("$34,148K", "$2.4M"), where the hover has no
# axis title beside it to read the unit from.
SHORT_UNITS = {1: "", 1_000: "K", 1_000_000: "M", 1_000_000_000: "B"}


def hover_money(field: str, scale: int, places: int, *, currency: str = "$") -> str:
    """A Plotly hover's amount with its currency and unit, "$%{y:(,.0f}K": "$34,148K", a negative one "$(1,200)K"
    as the release prints it. UI-57: the Cash page's run-down had hovered "Net loss per month / Jun 2004: 34,148
    ($ thousands)", the cash left read as the month's loss, its unit a bracket away."""
    unit = SHORT_UNITS.get(scale)
    amount = f"%{{{field}:(,.{places}f}}"
    return f"{currency}{amount}{unit}" if unit is not None else f"{amount} ({unit_label(scale, currency=currency)})"


def labels(values: Sequence[float | None], *, decimals: int = 0, currency: str = "") -> list[str]:
    """Bar labels in accounting style; blank for a missing value."""
    return [
        "" if v is None else accounting(Decimal(str(v)), decimals=decimals, currency=currency) for v in values
    ]


def statement_sources(statement: Statement) -> dict[str, tuple[SourceSpan, ...]]:
    """Every line of a statement by the names a chart may show it under: as printed, and as
    core.analysis.structure.display_label names it (heading added, unlabelled subtotal named)."""
    from core.analysis.structure import display_label  # charts.style is imported by analysis-free code too

    found: dict[str, tuple[SourceSpan, ...]] = {}
    for item in statement.items:
        for name in (display_label(statement, item), item.label):
            key = " ".join(name.split())
            if key:
                found.setdefault(key, (item.span,))
    return found


def named_sources(statement: Statement, abbreviations: Iterable[str] = ()) -> dict[str, tuple[SourceSpan, ...]]:
    """`statement_sources` with each line also under the name a chart draws it by, in sentence case where it is
    printed in capitals (`formatting.sentence_case`, keeping `abbreviations`), so a click on a renamed line
    still finds its line (UI-41)."""
    keep = frozenset(abbreviations)
    found = statement_sources(statement)
    for name, spans in list(found.items()):
        found.setdefault(sentence_case(name, keep), spans)
    return found
