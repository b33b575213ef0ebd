"""Fit the weights of `src/rasd/data/confidence.tsv` on half the gold sets and check them on the other half.

    python scripts/fit_confidence.py eval/written/*/ ../shared/eval/dev            # fit, print, change nothing
    python scripts/fit_confidence.py --write eval/written/*/ ../shared/eval/dev    # and rewrite confidence.tsv

Every record of every set is extracted once; the scorer's matching (`rasd.evaluate`) says whether
it is right (it matches a gold event, required or optional) or false (an extra), and
`pipeline.confidence_signs` says which signs it shows. The sets, sorted by name, are dealt
alternately into a fit half (1st, 3rd, ...) and a check half (2nd, 4th, ...): so no report of the
check half is seen by the fit.

On the fit half:
- the cue signs: a cue with at least 10 records there whose share right is >= 90 % joins the sure
  cues, <= 75 % the loose ones; each group gets one weight (every member's `cue:` row carries it);
- a linear model (least squares with a small ridge, lambda 2) of right (1) / false (0) on the signs
  gives the base and one weight per sign: confidence is then the expected share right;
- the signs SPEC and issue 2 require to lower confidence are held at a policy ceiling (`AT_MOST`:
  an inferred actor and a vague date at -0.05 or lower, an unstated date at -0.02): when the fit
  gives them more, they are fixed there and the rest refitted.
Weights are rounded to hundredths. The script prints, for both halves, the share right per
confidence band, the Brier score and the AUC of the current file and of the refit.
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

from rasd.evaluate import CONFIDENCE_BANDS, evaluate
from rasd.extract import pipeline
from rasd.resources import data_path

#: signs that must lower confidence whatever the fit says (SPEC, issue 2), and how little they may
AT_MOST = {"actor1_inferred": -0.05, "date_vague": -0.05, "date_unstated": -0.02}
#: the signs `confidence_signs` can give besides the cue ones, in the file's order
SIGNS = ("actor1_inferred", "place_inherited", "place_refers_back", "place_not_geocoded",
         "place_region_only", "place_bare_or_weak", "date_vague", "date_unstated", "background", "no_toll")
SURE, LOOSE, MIN_CUE_RECORDS = 0.90, 0.75, 10
BANDS = CONFIDENCE_BANDS
RIDGE = 2.0


def collect(folders: list[Path]) -> list[tuple[str, list[str], float, bool]]:
    """(set, signs, current confidence, right) for every scored record of every set."""
    seen: list[tuple[list[str], float]] = []
    signs_of_report: list[list[str]] = []
    real_signs = pipeline.confidence_signs

    def spy(d, geo):
        got = real_signs(d, geo)
        signs_of_report.append(got)
        return got

    pipeline.confidence_signs = spy
    ex = pipeline.default_extractor()

    def extract(doc):
        signs_of_report.clear()
        out = []
        for rec, signs in zip(ex.extract(doc), list(signs_of_report), strict=True):
            seen.append((signs, rec.confidence))
            out.append(dataclasses.replace(rec, confidence=float(len(seen) - 1)))   # the record's index
        return out

    rows = []
    try:
        for folder in folders:
            name = folder.resolve().name
            for index, false in evaluate(folder, extract=extract).scores.outcomes:
                signs, conf = seen[int(index)]
                rows.append((name, signs, conf, not false))
    finally:
        pipeline.confidence_signs = real_signs
    return rows


def cue_tally(rows) -> dict[str, list[int]]:
    """cue sign -> [records, right ones]"""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for _, signs, _, right in rows:
        for s in signs:
            if s.startswith("cue:"):
                tally[s][0] += 1
                tally[s][1] += right
    return tally


def cue_groups(rows) -> dict[str, str]:
    groups = {}
    for cue, (n, r) in sorted(cue_tally(rows).items()):
        if n >= MIN_CUE_RECORDS and r / n >= SURE:
            groups[cue] = "cue_sure"
        elif n >= MIN_CUE_RECORDS and r / n <= LOOSE:
            groups[cue] = "cue_loose"
    return groups


def design(rows, names: list[str], groups: dict[str, str]) -> tuple[np.ndarray, np.ndarray]:
    col = {n: i + 1 for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names) + 1))
    x[:, 0] = 1.0
    for i, (_, signs, _, _) in enumerate(rows):
        for s in signs:
            s = groups.get(s, s)
            if s in col:
                x[i, col[s]] = 1.0
    return x, np.array([float(r[3]) for r in rows])


def fit(rows, groups: dict[str, str]) -> dict[str, float]:
    names = [*SIGNS, *sorted(set(groups.values()))]
    fixed: dict[str, float] = {}
    while True:
        free = [n for n in names if n not in fixed]
        x, y = design(rows, free, groups)
        xf, _ = design(rows, list(fixed), groups)
        y = y - xf[:, 1:] @ np.array(list(fixed.values())) if fixed else y
        penalty = RIDGE * np.eye(x.shape[1])
        penalty[0, 0] = 0.0
        w = np.linalg.solve(x.T @ x + penalty, x.T @ y)
        got = {"base": w[0], **dict(zip(free, w[1:])), **fixed}
        over = {n: cap for n, cap in AT_MOST.items() if n not in fixed and got[n] > cap}
        if not over:
            return {n: round(float(v), 2) for n, v in got.items()}
        fixed.update(over)


def score(rows, weights: dict[str, float], groups: dict[str, str]) -> np.ndarray:
    """Confidence as `pipeline._confidence` makes it: additions up to the top, then deductions."""
    return np.array([pipeline.confidence_of([groups.get(s, s) for s in signs], weights["base"], weights)
                     for _, signs, _, _ in rows])


def auc(conf: np.ndarray, right: np.ndarray) -> float:
    """Chance that a right record has a higher confidence than a false one (ties count half)."""
    pos, neg = conf[right == 1], conf[right == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    greater = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(greater / (len(pos) * len(neg)))


def report(label: str, conf: np.ndarray, right: np.ndarray) -> str:
    cells = []
    edges = [*BANDS, 1.01]
    for lo, hi in zip(edges, edges[1:]):
        m = (conf + 1e-9 >= lo) & (conf + 1e-9 < hi)
        if m.any():
            cells.append(f"{lo:.1f}+ {int(m.sum()):>4} {right[m].mean():.3f}")
    return (f"  {label:<8} Brier {np.mean((conf - right) ** 2):.4f}  AUC {auc(conf, right):.3f}  | "
            + " | ".join(cells))


def write(weights: dict[str, float], groups: dict[str, str], fit_sets: list[str], n: int,
          tally: dict[str, list[int]]) -> None:
    path = data_path("confidence.tsv")
    head = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.startswith("#")]
    when = {ln.split("\t")[0]: ln.split("\t")[2] for ln in path.read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#") and ln.count("\t") >= 2}
    head = [ln for ln in head if not ln.startswith("# fitted on")]
    head.append(f"# fitted on {n} records of {len(fit_sets)} sets: {', '.join(fit_sets)}")
    lines = [*head, "sign\tweight\twhen",
             f"base\t{weights['base']:.2f}\t{when.get('base', 'every record starts here')}"]
    for s in SIGNS:
        lines.append(f"{s}\t{weights[s]:+.2f}\t{when.get(s, '')}")
    for cue, group in sorted(groups.items(), key=lambda kv: (kv[1], kv[0])):
        k, r = tally[cue]
        lines.append(f"{cue}\t{weights[group]:+.2f}\tevent word of this cue class (lexicon/cues.tsv): "
                     f"{'sure' if group == 'cue_sure' else 'loose'}, {r} of {k} right on the fit half")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {path}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", type=Path, help="gold folders")
    ap.add_argument("--write", action="store_true", help="rewrite src/rasd/data/confidence.tsv with the fit")
    args = ap.parse_args(argv)
    rows = collect(args.sets)
    names = sorted({r[0] for r in rows})
    fit_sets, check_sets = names[0::2], names[1::2]
    fit_rows = [r for r in rows if r[0] in fit_sets]
    check_rows = [r for r in rows if r[0] in check_sets]
    groups = cue_groups(fit_rows)
    weights = fit(fit_rows, groups)
    print("fit half:  ", " ".join(fit_sets))
    print("check half:", " ".join(check_sets))
    print("cue groups:", ", ".join(f"{c} {g}" for c, g in sorted(groups.items(), key=lambda kv: kv[1])))
    print("weights:   ", " ".join(f"{k} {v:+.2f}" for k, v in weights.items()))
    for label, part in (("fit half", fit_rows), ("check half", check_rows), ("all", rows)):
        right = np.array([float(r[3]) for r in part])
        print(f"{label} ({len(part)} records, {right.mean():.3f} right)")
        print(report("current", np.array([r[2] for r in part]), right))
        print(report("refit", score(part, weights, groups), right))
    if args.write:
        write(weights, groups, fit_sets, len(fit_rows), cue_tally(fit_rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
