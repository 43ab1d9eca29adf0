"""Bar charts drawn as inline SVG on the server, with the numbers in the reader's language.

Each chart is a horizontal bar per row, a title and a description for screen readers, and
the same numbers in a table beside it (impact/includes/chart.html)."""

from dataclasses import dataclass
from decimal import Decimal

WIDTH = 420
# Room for labels: about 8 units a Latin letter, 15 a Chinese, Japanese or Korean one.
LABEL_WIDTH = 150
VALUE_WIDTH = 70
ROW_HEIGHT = 26
BAR_HEIGHT = 18


@dataclass(frozen=True)
class Bar:
    label: str
    value: Decimal | None
    text: str
    y: int
    width: float

    @property
    def text_y(self) -> int:
        return self.y + BAR_HEIGHT - 4


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    description: str
    column: str
    bars: list[Bar]
    label_width: int

    @property
    def height(self) -> int:
        return max(len(self.bars), 1) * ROW_HEIGHT + 8

    width = WIDTH
    bar_height = BAR_HEIGHT

    @property
    def value_x(self) -> int:
        return WIDTH - VALUE_WIDTH + 6


def bar_chart(
    id: str, title: str, description: str, column: str, rows: list[tuple[str, object]], as_text
) -> Chart:
    """A chart of (label, value) rows; `as_text` writes a value for the reader."""
    largest = max((value for _label, value in rows if value), default=0)
    label_width = min(
        LABEL_WIDTH, max((text_width(str(label)) for label, _ in rows), default=0) + 12
    )
    room = WIDTH - label_width - VALUE_WIDTH
    bars = [
        Bar(
            label=str(label),
            value=value,
            text=as_text(value),
            y=4 + index * ROW_HEIGHT,
            width=round(float(max(value or 0, 0)) / float(largest) * room, 1) if largest else 0,
        )
        for index, (label, value) in enumerate(rows)
    ]
    return Chart(id, title, description, column, bars, label_width)


def text_width(text: str) -> int:
    return sum(15 if ord(character) > 0x2E80 else 8 for character in text)
