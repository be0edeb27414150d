"""The exported session as Markdown: readable as plain text, and rendered by any Markdown viewer."""

from __future__ import annotations

import re

from scoring.report import sparkline
from simulator.records.export.document import Block

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def md(text: str) -> str:
    """``text`` with Markdown's special characters escaped, so a reply is shown as typed."""
    return _SPECIAL.sub(r"\\\1", text)


def render(blocks: list[Block]) -> str:
    out: list[str] = []
    for b in blocks:
        if b.kind == "title":
            out += [f"# {md(b.text)}", ""]
        elif b.kind == "heading":
            out += [f"## {md(b.text)}", ""]
        elif b.kind == "para":
            out += [md(b.text), ""]
        elif b.kind == "facts":
            out += [f"- **{md(k)}:** {md(v)}" for k, v in b.rows] + [""]
        elif b.kind == "curve":
            out += [f"{md(b.text)}: `{sparkline(b.values)}` ({', '.join(map(str, b.values))})", ""]
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("| " + " | ".join(md(h) for h in head) + " |")
            out.append("|" + "---|" * len(head))
            out += ["| " + " | ".join(md(c) for c in row) + " |" for row in rows]
            out.append("")
        elif b.kind == "items":
            for first, *rest in b.rows:
                out.append(f"- {md(first)}")
                out += [f"  - {md(x)}" for x in rest]
            out.append("")
        elif b.kind == "exchange":
            n, student, name, client, status = b.rows[0]
            if student:
                out.append(f"**{n}. You:** {md(student)}  ")
            out += [f"**{md(name)}:** {md(client)}  ", f"_{md(status)}_", ""]
    return "\n".join(out).rstrip() + "\n"
