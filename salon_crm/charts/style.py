"""One place for how every chart looks: CJK fonts with fallbacks, grey-safe colours, sizes.

matplotlib falls back glyph by glyph through ``font.family`` (3.6+), so Chinese
comes from the first CJK family installed and Latin digits stay crisp. Families
that are not installed are left out of the list, or matplotlib logs a warning per
text. Colours differ in lightness and each series also has a hatch, marker or line
style, so a chart printed in grey still reads.
"""

from __future__ import annotations

from functools import cache

import matplotlib
from matplotlib import font_manager
from matplotlib.figure import Figure

CJK_FAMILIES = (
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "SimHei",
)
LATIN_FALLBACK = "DejaVu Sans"

# dark, middle and light: three lightness steps that survive grey printing
INK = "#1f3b73"
ACCENT = "#d9822b"
PALE = "#a9c4e0"
MUTED = "#c8c8c8"
GRID = "#e3e3e3"
HATCHES = ("", "//", "..", "xx", "\\\\", "++", "--")
MARKERS = ("o", "s", "^", "D", "v", "P", "X")
FIGSIZE = (5.6, 3.4)
DPI = 100


@cache
def font_families() -> tuple[str, ...]:
    """The CJK families installed on this computer, in order of preference, then DejaVu Sans."""
    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    return (*(family for family in CJK_FAMILIES if family in installed), LATIN_FALLBACK)


@cache
def apply() -> None:
    """Set the shared matplotlib defaults once (fonts, minus sign, grid colour)."""
    matplotlib.rcParams.update(
        {
            "font.family": list(font_families()),
            "axes.unicode_minus": False,  # CJK fonts often lack U+2212
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.grid": True,
            "axes.axisbelow": True,
            "grid.color": GRID,
            "font.size": 9,
            "axes.titlesize": 11,
            "axes.titleweight": "normal",  # the CJK fonts often come in one weight only
        }
    )


def new_figure(size: tuple[float, float] = FIGSIZE) -> Figure:
    """An empty figure with the shared style (no pyplot: nothing global is kept)."""
    apply()
    return Figure(figsize=size, dpi=DPI, layout="constrained")


def no_data(figure: Figure, title: str, message: str) -> Figure:
    """A chart with nothing to show says so rather than drawing empty axes."""
    axes = figure.add_subplot()
    axes.set_title(title)
    axes.set_axis_off()
    axes.text(0.5, 0.5, message, ha="center", va="center", color="#666666", transform=axes.transAxes)
    return figure
