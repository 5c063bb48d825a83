"""A small bar chart of people served per month, drawn on the server as SVG (no JavaScript).

Pure geometry, no models: `month_bars(months, rtl)` gives each bar's place
and size; `figures/includes/chart.html` draws them, and the table beside it
says the same in words and digits (the chart is `aria-hidden`; the table
is the accessible version, with a caption). Right to left, time runs from
right to left: the bars are laid out in reverse, never mirrored, so labels
stay readable.
"""

import dataclasses

WIDTH = 320
HEIGHT = 160
TOP = 18  # room for the value above the tallest bar
BOTTOM = 22  # room for the month under each bar
GAP = 8


@dataclasses.dataclass(frozen=True)
class Bar:
    month: object  # datetime.date, first day of the month
    value: int
    x: float
    y: float
    width: float
    height: float

    @property
    def middle(self):
        return round(self.x + self.width / 2, 1)

    @property
    def value_y(self):
        return round(self.y - 4, 1)

    @property
    def label_y(self):
        return HEIGHT - 6


def month_bars(months, rtl=False):
    """Bars for ((month, count), …) oldest first, scaled to the largest count."""
    if not months:
        return []
    slot = WIDTH / len(months)
    plot = HEIGHT - TOP - BOTTOM
    top = max(count for _month, count in months) or 1
    bars = []
    for index, (month, count) in enumerate(months):
        position = len(months) - 1 - index if rtl else index
        height = round(plot * count / top, 1)
        bars.append(
            Bar(
                month=month,
                value=count,
                x=round(position * slot + GAP / 2, 1),
                y=round(TOP + plot - height, 1),
                width=round(slot - GAP, 1),
                height=height,
            )
        )
    return bars
