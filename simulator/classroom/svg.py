"""Small charts drawn as inline SVG, for a report that is one file and fetches nothing.

Three kinds are enough for class results: horizontal bars (outcomes), lines on a fixed 0-100 scale
(the guard over the turns, one line per student) and a heat map (students by skills). Every text
that came from a file (a student's name, a label) is escaped; every shape carries a ``<title>``, so
a pointer or a screen reader gets the exact figure, and numbers are written beside bars so nothing
rests on colour alone.
"""

from __future__ import annotations

from html import escape

OUTCOME_COLOURS = {
    "breakthrough": "#2ca02c",
    "ended": "#7f7f7f",
    "walked_out": "#d62728",
    "abandoned": "#ff7f0e",
    "ongoing": "#bcbd22",
}


def _svg(width: int, height: int, label: str, body: list[str]) -> str:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}">'
    )
    return "\n".join([head, f"<title>{escape(label)}</title>", *body, "</svg>"])


def bar_chart(bars: list[tuple[str, int, str]], label: str, width: int = 520) -> str:
    """Horizontal bars ``(name, value, colour)`` with the value written at the end of each."""
    row, left = 26, 150
    top = max((value for _, value, _ in bars), default=0) or 1
    body = []
    for i, (name, value, colour) in enumerate(bars):
        y = i * row + 4
        length = round((width - left - 50) * value / top)
        body.append(f'<text x="{left - 8}" y="{y + 15}" text-anchor="end" class="axis">{escape(name)}</text>')
        body.append(
            f'<rect x="{left}" y="{y}" width="{max(length, 1)}" height="18" fill="{colour}">'
            f"<title>{escape(name)}: {value}</title></rect>"
        )
        body.append(f'<text x="{left + length + 6}" y="{y + 15}" class="value">{value}</text>')
    return _svg(width, len(bars) * row + 8, label, body)


def line_chart(
    series: list[tuple[str, list[int], str]], label: str, width: int = 720, height: int = 300, top: int = 100
) -> str:
    """One polyline per ``(name, values, colour)`` on a 0..``top`` scale, x being the turn (0 = start)."""
    left, right, up, down = 40, 16, 12, 30
    turns = max((len(values) for _, values, _ in series), default=1) - 1 or 1
    plot_w, plot_h = width - left - right, height - up - down

    def x(i: int) -> float:
        return round(left + plot_w * i / turns, 1)

    def y(v: int) -> float:
        return round(up + plot_h * (1 - v / top), 1)

    body = [f'<rect x="{left}" y="{up}" width="{plot_w}" height="{plot_h}" class="plot"/>']
    for tick in range(0, top + 1, 25):
        body.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(tick)}" y2="{y(tick)}" class="grid"/>')
        body.append(f'<text x="{left - 6}" y="{y(tick) + 4}" text-anchor="end" class="axis">{tick}</text>')
    step = max(1, turns // 10)
    for i in range(0, turns + 1, step):
        body.append(f'<text x="{x(i)}" y="{height - 10}" text-anchor="middle" class="axis">{i}</text>')
    for name, values, colour in series:
        points = " ".join(f"{x(i)},{y(v)}" for i, v in enumerate(values))
        tip = f"{name}: " + ", ".join(str(v) for v in values)
        body.append(
            f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2" class="curve">'
            f"<title>{escape(tip)}</title></polyline>"
        )
        if values:
            last = len(values) - 1
            body.append(f'<circle cx="{x(last)}" cy="{y(values[last])}" r="3" fill="{colour}"/>')
    return _svg(width, height, label, body)


def _heat(rate: float | None) -> str:
    """White for nothing passed through to a deep green for everything (grey: not answered)."""
    if rate is None:
        return "#e0e0e0"
    low, high = (253, 231, 220), (26, 128, 63)
    r, g, b = (round(a + (c - a) * rate) for a, c in zip(low, high, strict=True))
    return f"#{r:02x}{g:02x}{b:02x}"


def heat_map(
    rows: list[str], columns: list[str], cells: dict[tuple[int, int], tuple[float | None, str]], label: str
) -> str:
    """A grid of ``rows`` by ``columns``; each cell ``(rate 0..1 or None, text written in it)``."""
    cell_w, cell_h, left, top = 96, 26, 170, 110
    width, height = left + cell_w * len(columns) + 150, top + cell_h * len(rows) + 8
    body = []
    for j, name in enumerate(columns):
        cx = left + j * cell_w + cell_w / 2
        body.append(
            f'<text x="{cx}" y="{top - 8}" text-anchor="start" transform="rotate(-30 {cx} {top - 8})" '
            f'class="axis">{escape(name)}</text>'
        )
    for i, name in enumerate(rows):
        y = top + i * cell_h
        body.append(f'<text x="{left - 8}" y="{y + 17}" text-anchor="end" class="axis">{escape(name)}</text>')
        for j, column in enumerate(columns):
            rate, text = cells.get((i, j), (None, ""))
            x = left + j * cell_w
            body.append(
                f'<rect x="{x}" y="{y}" width="{cell_w - 2}" height="{cell_h - 2}" fill="{_heat(rate)}">'
                f"<title>{escape(name)}, {escape(column)}: {escape(text or 'not answered')}</title></rect>"
            )
            shade = "light" if rate is not None and rate > 0.6 else "dark"
            body.append(
                f'<text x="{x + cell_w / 2 - 1}" y="{y + 17}" text-anchor="middle" class="cell {shade}">'
                f"{escape(text)}</text>"
            )
    return _svg(width, height, label, body)
