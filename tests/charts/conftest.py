"""Chart tests render on Agg with no Qt; a missing glyph (a tofu box) fails the test."""

from __future__ import annotations

import warnings
from collections.abc import Callable

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure


def render(figure: Figure) -> Figure:
    """Draw the figure on Agg; any warning (such as "Glyph ... missing from font") is an error."""
    canvas = FigureCanvasAgg(figure)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        canvas.draw()
    return figure


@pytest.fixture
def rendered() -> Callable[[Figure], Figure]:
    return render
