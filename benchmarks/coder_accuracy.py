"""How well the move coder agrees with hand labels, and how fast it is.

The labelled sets live in ``tests/data``, each split once, before the coder ever ran on it, into a
part rules may be tuned on (``*_tune.jsonl``) and a held-out part that never is (``*_heldout.jsonl``):

- ``coding_*``: the first set, every code in plain counselling replies;
- ``pressure_*``: pressure phrased every way students type it, most of it as statements about the
  client (judgement, blame, labels, doubting honesty, harm warnings, universal claims, arguing,
  sarcasm, minimising, commands, advice, rushing, insisting, shaming, moralising);
- ``alliance_*``: alliance and neutral replies, many of which look like pressure ("lookalike").

Rows have ``text``, ``client`` and ``code``; the newer sets add ``style`` (``typed`` as students type:
lower case, no punctuation, typos, or ``written``), ``form`` (statement, question, command, mixed,
other) and ``kind``. Every reply is coded with its client line and the *primary* move compared with
the label. For each part it prints per-code precision/recall/F1 and a confusion matrix, then the
targets: macro-F1 over the codes present, group accuracy, pressure recall (overall and on
statement-form pressure), the false-pressure rate (alliance or neutral replies coded as pressure, the
error that makes the simulated client bristle at a good reply; overall and on look-alikes), and the
share typed as students type. Tuning parts also get recall per kind. Finally replies per second.

Run: ``uv run python benchmarks/coder_accuracy.py [--errors] [--brief]``. ``--errors`` lists the misses
of the tuning parts only: held-out misses are deliberately never listed, so they cannot be used to
write rules. ``--brief`` skips the per-code tables and confusion matrices.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scoring.coding import code  # noqa: E402
from scoring.moves import CODES, group_of  # noqa: E402

DATA = ROOT / "tests" / "data"
ABBREV = {
    "simple_reflection": "SR",
    "complex_reflection": "CR",
    "summary": "SUM",
    "open_question": "OQ",
    "affirmation": "AF",
    "validation": "VAL",
    "autonomy": "AUT",
    "collaboration": "COL",
    "explore_resistance": "EXR",
    "repair": "REP",
    "closed_question": "CQ",
    "information": "INF",
    "other": "OTH",
    "direct": "DIR",
    "persuade": "PER",
    "confront": "CON",
}
TARGETS = {
    "macro": (">=", 0.85),
    "press_rec_statement": (">=", 0.95),
    "false_press": ("<=", 0.03),
    "speed": (">=", 5000),
}
"""Targets on the held-out parts (the issue that set them: pressure phrased as a statement is pressure)."""

PARTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("first set, tune", ("coding_tune.jsonl",)),
    ("pressure, tune", ("pressure_tune.jsonl",)),
    ("alliance, tune", ("alliance_tune.jsonl",)),
    ("new sets, tune", ("pressure_tune.jsonl", "alliance_tune.jsonl")),
    ("first set, held-out", ("coding_heldout.jsonl",)),
    ("pressure, held-out", ("pressure_heldout.jsonl",)),
    ("alliance, held-out", ("alliance_heldout.jsonl",)),
    ("new sets, held-out", ("pressure_heldout.jsonl", "alliance_heldout.jsonl")),
    ("all held-out", ("coding_heldout.jsonl", "pressure_heldout.jsonl", "alliance_heldout.jsonl")),
)


def load(name: str) -> list[dict]:
    path = DATA / name
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _share(hits: int, n: int) -> float | None:
    return hits / n if n else None


def evaluate(rows: list[dict]) -> dict:
    gold = [r["code"] for r in rows]
    pred = [code(r["text"], r.get("client")).primary.code for r in rows]
    per_code = {}
    for c in CODES:
        tp = sum(g == c and p == c for g, p in zip(gold, pred, strict=True))
        fp = sum(g != c and p == c for g, p in zip(gold, pred, strict=True))
        fn = sum(g == c and p != c for g, p in zip(gold, pred, strict=True))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per_code[c] = (prec, rec, f1, tp + fn)
    present = [c for c in CODES if per_code[c][3]]
    gg = [group_of(g).value for g in gold]
    pg = [group_of(p).value for p in pred]
    pressed = [p == "pressure" for p in pg]
    press = [i for i, g in enumerate(gg) if g == "pressure"]
    safe = [i for i, g in enumerate(gg) if g != "pressure"]
    statement = [i for i in press if rows[i].get("form") == "statement"]
    lookalike = [i for i in safe if rows[i].get("kind") == "lookalike"]
    if any("style" in r for r in rows):
        typed = sum(r.get("style") == "typed" for r in rows)
    else:  # the first set has no style field: count unpunctuated lower-case replies
        typed = sum(r["text"] == r["text"].lower() and not any(c in r["text"] for c in ".,?!;") for r in rows)
    kinds: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        if r.get("kind"):
            kinds.setdefault(r["kind"], []).append(i)
    return {
        "gold": gold,
        "pred": pred,
        "per_code": per_code,
        "macro": sum(per_code[c][2] for c in present) / len(present) if present else None,
        "acc": _share(sum(g == p for g, p in zip(gold, pred, strict=True)), len(rows)),
        "group_acc": _share(sum(a == b for a, b in zip(gg, pg, strict=True)), len(rows)),
        "press_rec": _share(sum(pressed[i] for i in press), len(press)),
        "press_rec_statement": _share(sum(pressed[i] for i in statement), len(statement)),
        "false_press": _share(sum(pressed[i] for i in safe), len(safe)),
        "false_press_lookalike": _share(sum(pressed[i] for i in lookalike), len(lookalike)),
        "typed": _share(typed, len(rows)),
        "n": {"press": len(press), "statement": len(statement), "safe": len(safe), "lookalike": len(lookalike)},
        "kinds": {
            k: (sum(gold[i] == pred[i] for i in idx), sum(gg[i] == pg[i] for i in idx), len(idx))
            for k, idx in sorted(kinds.items())
        },
    }


def _fmt(value: float | None, target: str | None = None) -> str:
    text = "   n/a" if value is None else f"{value:6.3f}"
    if value is not None and target in TARGETS:
        op, bound = TARGETS[target]
        ok = value >= bound if op == ">=" else value <= bound
        text += f"   (target {op} {bound}: {'met' if ok else 'MISSED'})"
    return text


def report(name: str, rows: list[dict], res: dict, tuning: bool, brief: bool) -> None:
    n = res["n"]
    print(f"\n=== {name}: {len(rows)} replies ===")
    if not brief:
        print(f"{'code':20s} {'prec':>6s} {'rec':>6s} {'f1':>6s} {'n':>4s}")
        for c in CODES:
            p, r, f, k = res["per_code"][c]
            if k or p:
                print(f"{c:20s} {p:6.2f} {r:6.2f} {f:6.2f} {k:4d}")
    print(f"exact accuracy                 {_fmt(res['acc'])}")
    print(f"macro-F1 (codes present)       {_fmt(res['macro'], 'macro')}")
    print(f"group accuracy                 {_fmt(res['group_acc'])}")
    print(f"pressure recall                {_fmt(res['press_rec'])}   ({n['press']} pressure replies)")
    print(
        f"  on statement-form pressure   {_fmt(res['press_rec_statement'], 'press_rec_statement')}"
        f"   ({n['statement']} replies)"
    )
    print(f"false pressure                 {_fmt(res['false_press'], 'false_press')}   ({n['safe']} replies)")
    print(f"  on look-alikes               {_fmt(res['false_press_lookalike'])}   ({n['lookalike']} replies)")
    print(f"typed as students type         {_fmt(res['typed'])}")
    if tuning and res["kinds"]:
        print("by kind: exact / right group / n")
        for kind, (exact, group, k) in res["kinds"].items():
            print(f"  {kind:18s} {exact / k:5.2f} {group / k:5.2f} {k:5d}")
    if not brief:
        print("confusion (rows = label, columns = coded)")
        print("     " + "".join(f"{ABBREV[c]:>4s}" for c in CODES))
        for g in CODES:
            row = [sum(a == g and b == p for a, b in zip(res["gold"], res["pred"], strict=True)) for p in CODES]
            if any(row):
                print(f"{ABBREV[g]:>4s} " + "".join(f"{v:>4d}" if v else "   ." for v in row))


def speed(rows: list[dict], calls: int = 5000) -> float:
    pairs = [(r["text"], r.get("client")) for r in rows]
    code(*pairs[0])  # compile the tables outside the timed loop
    t0 = time.perf_counter()
    n = 0
    while n < calls:
        for text, client in pairs:
            code(text, client)
            n += 1
    return n / (time.perf_counter() - t0)


def main() -> None:
    brief = "--brief" in sys.argv
    every: list[dict] = []
    for name, files in PARTS:
        rows = [row for f in files for row in load(f)]
        if not rows:
            print(f"\n=== {name}: not there yet ({', '.join(files)}) ===")
            continue
        tuning = "held-out" not in name
        res = evaluate(rows)
        report(name, rows, res, tuning, brief)
        if tuning and len(files) == 1 and "--errors" in sys.argv:
            print(f"\n{name} misses:")
            for r, g, p in zip(rows, res["gold"], res["pred"], strict=True):
                if g != p:
                    extra = f" [{r['kind']}, {r.get('form')}]" if r.get("kind") else ""
                    print(f"  {g:>18s} <- {p:18s}{extra} | {r['text']!r} (client: {r.get('client')!r})")
        if len(files) == 1:
            every += rows
    rate = speed(every)
    met = "met" if rate >= TARGETS["speed"][1] else "MISSED"
    print(f"\nspeed: {rate:,.0f} replies/s over {len(every)} labelled replies, one core (target >= 5,000: {met})")


if __name__ == "__main__":
    main()
