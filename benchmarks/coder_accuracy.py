"""How well the move coder agrees with hand labels, and how fast it is.

Reads ``tests/data/coding_tune.jsonl`` (the set rules may be tuned on) and
``tests/data/coding_heldout.jsonl`` (never tuned on), codes every reply with its client line, and
compares the *primary* move with the label. For each set it prints per-code precision/recall/F1,
macro-F1, group accuracy, pressure recall (pressure replies coded as pressure), the false-pressure
rate (alliance or neutral replies coded as pressure -- the error that makes the simulated client
bristle at a good reply), a confusion matrix, and finally replies per second.

Run: ``uv run python benchmarks/coder_accuracy.py [--errors]`` (``--errors`` lists the tune-set
misses; held-out misses are deliberately not listed, so they are not used to write rules).
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


def load(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def evaluate(rows: list[dict]) -> dict:
    gold = [r["code"] for r in rows]
    pred = [code(r["text"], r.get("client")).primary.code for r in rows]
    per_code = {}
    for c in CODES:
        tp = sum(g == c and p == c for g, p in zip(gold, pred, strict=False))
        fp = sum(g != c and p == c for g, p in zip(gold, pred, strict=False))
        fn = sum(g == c and p != c for g, p in zip(gold, pred, strict=False))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per_code[c] = (prec, rec, f1, tp + fn)
    present = [c for c in CODES if per_code[c][3]]
    macro = sum(per_code[c][2] for c in present) / len(present)
    gg = [group_of(g).value for g in gold]
    pg = [group_of(p).value for p in pred]
    group_acc = sum(a == b for a, b in zip(gg, pg, strict=False)) / len(rows)
    n_press = sum(g == "pressure" for g in gg)
    press_rec = sum(g == "pressure" and p == "pressure" for g, p in zip(gg, pg, strict=False)) / max(n_press, 1)
    n_safe = len(rows) - n_press
    false_press = sum(g != "pressure" and p == "pressure" for g, p in zip(gg, pg, strict=False)) / max(n_safe, 1)
    acc = sum(g == p for g, p in zip(gold, pred, strict=False)) / len(rows)
    return {
        "gold": gold,
        "pred": pred,
        "per_code": per_code,
        "macro": macro,
        "acc": acc,
        "group_acc": group_acc,
        "press_rec": press_rec,
        "false_press": false_press,
    }


def composition(rows: list[dict]) -> str:
    """How varied a set is: unpunctuated lower-case replies (transcribed speech), replies without a
    client line (openings), short and long replies."""
    speech = sum(r["text"] == r["text"].lower() and not any(c in r["text"] for c in ".,?!;") for r in rows)
    no_client = sum(not r.get("client") for r in rows)
    short = sum(len(r["text"].split()) <= 5 for r in rows)
    long = sum(len(r["text"].split()) >= 20 for r in rows)
    return (
        f"{speech} unpunctuated lower-case, {no_client} without a client line, "
        f"{short} of 5 words or fewer, {long} of 20 words or more"
    )


def report(name: str, rows: list[dict], res: dict) -> None:
    print(f"\n=== {name}: {len(rows)} replies ({composition(rows)}) ===")
    print(f"{'code':20s} {'prec':>6s} {'rec':>6s} {'f1':>6s} {'n':>4s}")
    for c in CODES:
        p, r, f, n = res["per_code"][c]
        print(f"{c:20s} {p:6.2f} {r:6.2f} {f:6.2f} {n:4d}")
    print(f"\nexact accuracy      {res['acc']:.3f}")
    print(f"macro-F1            {res['macro']:.3f}   (target >= 0.75 on held-out)")
    print(f"group accuracy      {res['group_acc']:.3f}   (target >= 0.92)")
    print(f"pressure recall     {res['press_rec']:.3f}   (target >= 0.92)")
    print(f"false pressure      {res['false_press']:.3f}   (target <= 0.04)")
    print("\nconfusion (rows = label, columns = coded)")
    print("     " + "".join(f"{ABBREV[c]:>4s}" for c in CODES))
    for g in CODES:
        row = [sum(a == g and b == p for a, b in zip(res["gold"], res["pred"], strict=False)) for p in CODES]
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
    tune = load("coding_tune.jsonl")
    held = load("coding_heldout.jsonl")
    res_tune = evaluate(tune)
    report("tune", tune, res_tune)
    if "--errors" in sys.argv:
        print("\ntune-set misses:")
        for r, g, p in zip(tune, res_tune["gold"], res_tune["pred"], strict=False):
            if g != p:
                print(f"  {g:>18s} <- {p:18s} | {r['text']!r} (client: {r.get('client')!r})")
    report("held-out", held, evaluate(held))
    print(f"\nspeed: {speed(tune + held):,.0f} replies/s (target >= 5,000)")


if __name__ == "__main__":
    main()
