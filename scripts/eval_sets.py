"""Score the extractor on many gold sets at once: each set's figures, its floor, and the pooled total.

    python scripts/eval_sets.py                          # every eval/written/ set
    python scripts/eval_sets.py ../shared/eval/dev eval/written/holdout3   # named gold folders
    python scripts/eval_sets.py --save runs/base         # also keep each set's records (runs/base/SET.jsonl)
    python scripts/eval_sets.py --against runs/base      # and compare with a saved run, set by set and pooled
    python scripts/eval_sets.py --calibration            # pooled share of right records per confidence band
    python scripts/eval_sets.py --json                   # one JSON object

Why pooled: one set of 24 reports cannot show a change of a few events (`rasd eval --interval`
gives ~0.2 wide F1 intervals on such a set), and a rule written for one set tends to move only
that set. Adding up hits, extras and misses over all sets (and resampling all their documents
together for the interval) tells a general gain from a fitted one. A set's figure below its
`floor.json` is marked BELOW, as tests/test_written_sets.py would fail it.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rasd.evaluate import DocRow, EvalError, Scores, Tally, evaluate
from rasd.intervals import intervals, paired_change

ROOT = Path(__file__).resolve().parents[1] / "eval" / "written"


def _default_sets() -> list[Path]:
    return sorted(p for p in ROOT.iterdir() if (p / "gold.jsonl").is_file())


def _below_floor(folder: Path, summary: dict) -> list[str]:
    path = folder / "floor.json"
    if not path.is_file():
        return []
    floor = json.loads(path.read_text(encoding="utf-8"))
    return [k for k, v in floor.items() if summary.get(k) is not None and summary[k] < v - 1e-9]


def _pool(named: list[tuple[str, Scores]]) -> Scores:
    """All sets as one: documents renamed SET/doc so that two sets' doc ids never meet."""
    pooled = Scores()
    for name, s in named:
        pooled.documents += s.documents
        pooled.events.tp += s.events.tp
        pooled.events.fp += s.events.fp
        pooled.events.fn += s.events.fn
        pooled.outcomes += s.outcomes
        for d in s.per_doc:
            pooled.per_doc.append(DocRow(f"{name}/{d.doc_id}", d.required, d.optional, d.predicted,
                                         Tally(d.tally.tp, d.tally.fp, d.tally.fn)))
    return pooled


def _row(name: str, s: Scores, below: list[str], change: dict | None) -> str:
    ev = s.events
    line = (f"{name:<16} docs {s.documents:>4}  tp {ev.tp:>4} fp {ev.fp:>4} fn {ev.fn:>4}  "
            f"P {ev.precision:.3f} R {ev.recall:.3f} F1 {ev.f1:.3f}")
    if change is not None:
        f1 = change["f1"]
        line += f"  dF1 {f1.value:+.3f} [{f1.low:+.3f}, {f1.high:+.3f}]"
    if below:
        line += "  BELOW floor: " + ", ".join(below)
    return line


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", type=Path, help="gold folders (default: every eval/written/ set)")
    ap.add_argument("--save", type=Path, help="write each set's records to DIR/SET.jsonl")
    ap.add_argument("--against", type=Path, help="compare with the records saved by an earlier --save DIR")
    ap.add_argument("--calibration", action="store_true", help="pooled share of right records per confidence band")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)

    folders = args.sets or _default_sets()
    names = [f.resolve().name for f in folders]
    if len(set(names)) != len(names):
        ap.error("two gold folders have the same name; their saved runs would overwrite each other")
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
    now: list[tuple[str, Scores]] = []
    then: list[tuple[str, Scores]] = []
    report: dict = {"sets": {}}
    lines = []
    failed = []
    for folder, name in zip(folders, names):
        try:
            ev = evaluate(folder)
        except EvalError as e:          # not a gold folder, no usable gold line: say so, score the rest
            print(f"{name}: error: {e}", file=sys.stderr)
            failed.append(name)
            continue
        s = ev.scores
        for p in ev.problems:
            print(f"{name}: {p}", file=sys.stderr)
        if args.save:
            with open(args.save / f"{name}.jsonl", "w", encoding="utf-8") as f:
                for rec in ev.predictions:
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        change = None
        if args.against:
            old_file = args.against / f"{name}.jsonl"
            if old_file.is_file():
                try:
                    old = evaluate(folder, predictions=old_file).scores
                except EvalError as e:
                    print(f"{name}: error in the saved run: {e}", file=sys.stderr)
                    failed.append(name)
                    continue
                then.append((name, old))
                change = paired_change(s, old)
            else:
                print(f"{name}: no saved run at {old_file}; not compared", file=sys.stderr)
        below = _below_floor(folder, s.summary())
        now.append((name, s))
        report["sets"][name] = {**s.events.as_dict(), "documents": s.documents, "below_floor": below,
                                **({"change": {k: v.as_dict() for k, v in change.items()}} if change else {})}
        lines.append(_row(name, s, below, change))

    if not now:
        print("no gold set could be scored", file=sys.stderr)
        return 2
    pooled = _pool(now)
    spread = intervals(pooled)
    pooled_change = None
    if then:
        compared = {n for n, _ in then}
        pooled_change = paired_change(_pool([x for x in now if x[0] in compared]), _pool(then))
    report["pooled"] = {**pooled.events.as_dict(), "documents": pooled.documents,
                        "intervals": {k: v.as_dict() for k, v in spread.items()},
                        **({"change": {k: v.as_dict() for k, v in pooled_change.items()}} if pooled_change else {})}
    if args.calibration:
        report["pooled"]["calibration"] = pooled.calibration_rows()
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print("\n".join(lines))
        print(_row("POOLED", pooled, [], pooled_change))
        f1 = spread["f1"]
        print(f"{'':<16} F1 95 % interval {f1.low:.3f}-{f1.high:.3f} ({pooled.documents} documents resampled)")
        if pooled_change:
            f1 = pooled_change["f1"]
            print(f"{'':<16} F1 change better in {f1.better:.0%} of paired resamples")
        if args.calibration:
            from rich.console import Console

            from rasd.commands.eval import calibration_table
            Console(highlight=False).print(calibration_table(report["pooled"]["calibration"]))
    if failed:
        return 2
    return 1 if any(v["below_floor"] for v in report["sets"].values()) else 0


if __name__ == "__main__":
    sys.exit(main())
