"""The exported session as one self-contained HTML file: styles inline, the guard curve as inline
SVG (:func:`simulator.classroom.svg.line_chart`), no script and nothing fetched."""

from __future__ import annotations

from html import escape

from simulator.classroom.svg import line_chart
from simulator.records.export.document import Block

STYLE = """
body { font-family: system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.facts dt { font-weight: bold; }
table { border-collapse: collapse; } td, th { padding: .2rem .6rem; border-bottom: 1px solid #eee; text-align: left; }
.exchange { margin: .8rem 0; } .exchange .you { font-weight: 600; } .exchange .status { color: #666; font-size: .9em; }
.client em { color: #555; }
svg .plot { fill: #fafafa; stroke: #ccc; } svg .grid { stroke: #e4e4e4; } svg .axis { font-size: 11px; fill: #555; }
@media print { body { margin: 0; } }
"""


def _e(text: str) -> str:
    return escape(text, quote=True)


def _client(text: str) -> str:
    """A client's line: a leading ``*cue*`` in italics."""
    if text.startswith("*") and "* " in text[1:]:
        cue, _, words = text[1:].partition("* ")
        return f"<em>{_e(cue)}</em> {_e(words)}"
    return _e(text)


def render(blocks: list[Block]) -> str:
    title = next((b.text for b in blocks if b.kind == "title"), "rapport session")
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>",
    ]
    for b in blocks:
        if b.kind == "title":
            out.append(f"<h1>{_e(b.text)}</h1>")
        elif b.kind == "heading":
            out.append(f"<h2>{_e(b.text)}</h2>")
        elif b.kind == "para":
            out.append(f"<p>{_e(b.text)}</p>")
        elif b.kind == "facts":
            out.append('<dl class="facts">' + "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in b.rows) + "</dl>")
        elif b.kind == "curve":
            chart = line_chart([("guard", b.values, "#1f77b4")], b.text, width=640, height=220)
            out.append(f'<figure id="guard-curve">{chart}<figcaption>{_e(b.text)}</figcaption></figure>')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table class="scores"><tr>' + "".join(f"<th>{_e(h)}</th>" for h in head) + "</tr>")
            out += ["<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in rows]
            out.append("</table>")
        elif b.kind == "items":
            out.append("<ul>")
            for first, *rest in b.rows:
                sub = "<ul>" + "".join(f"<li>{_e(x)}</li>" for x in rest) + "</ul>" if rest else ""
                out.append(f"<li>{_e(first)}{sub}</li>")
            out.append("</ul>")
        elif b.kind == "exchange":
            n, student, name, client, status = b.rows[0]
            you = f'<p class="you">{_e(n)}. You: {_e(student)}</p>' if student else ""
            out.append(
                f'<div class="exchange">{you}<p class="client"><strong>{_e(name)}:</strong> {_client(client)}</p>'
                f'<p class="status">{_e(status)}</p></div>'
            )
    out.append("</body></html>")
    return "\n".join(out) + "\n"
