"""Record the figures each written gold set (eval/written/NAME) must not fall below.

    python scripts/written_floors.py            # every set: score it, write NAME/floor.json
    python scripts/written_floors.py syria-a    # one set
    python scripts/written_floors.py --raise    # every set, but never lower a floor already recorded

Why a margin: a floor at the exact current figure would turn every rule that trades one event for
another into a red test; the margin (MARGIN below) lets a set move by about one event while a
real regression still fails. Run it after a change that moves a set on purpose, and say why in
the commit.
"""
from __future__ import annotations

import json
import math
import sys
from pathlib import Path

from rasd.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1] / "eval" / "written"
#: the figures guarded, by their key in `Scores.summary()`
GUARDED = ("f1", "precision", "recall", "actor1_acc", "actor2_acc", "casualty_acc", "geo_acc_5km", "date_acc")
MARGIN = 0.02


def floors(folder: Path) -> dict[str, float]:
    s = evaluate(folder).scores.summary()
    out = {k: max(0.0, math.floor((s[k] - MARGIN) * 1000) / 1000) for k in GUARDED if s[k] is not None}
    out["evidence_valid"] = 1.0   # evidence must always quote the document exactly
    return out


def main(names: list[str], raise_only: bool = False) -> None:
    """`raise_only`: keep each figure's old floor where it is higher (after merging rounds that each
    re-recorded a set, so that one round's gain is not given back by re-recording after another's)."""
    folders = [ROOT / n for n in names] if names else sorted(p for p in ROOT.iterdir() if (p / "gold.jsonl").is_file())
    for folder in folders:
        f = floors(folder)
        old_path = folder / "floor.json"
        if raise_only and old_path.is_file():
            old = json.loads(old_path.read_text(encoding="utf-8"))
            f = {k: max(v, old.get(k, v)) for k, v in f.items()}
        (folder / "floor.json").write_text(json.dumps(f, indent=1) + "\n", encoding="utf-8")
        print(folder.name, " ".join(f"{k}={v}" for k, v in f.items()))


if __name__ == "__main__":
    args = sys.argv[1:]
    main([a for a in args if a != "--raise"], raise_only="--raise" in args)
