"""`rasd eval GOLD_DIR`: score the extractor (or a saved run) against a gold set and print the figures."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

out = Console(highlight=False)
err = Console(stderr=True, highlight=False, soft_wrap=True)   # one message, one line


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def _summary_table(s, title: str) -> Table:
    t = Table(title=title, title_justify="left")
    t.add_column("figure")
    t.add_column("value", justify="right")
    t.add_column("of", justify="right")
    ev, rel = s.events, s.relaxed
    rows = [
        ("documents", str(s.documents), ""),
        ("gold events (required)", str(ev.tp + ev.fn), f"+{s.optional_matched} optional found"),
        ("predicted records", str(s.predicted), f"{s.ignored} ignored" if s.ignored else ""),
        ("event precision", _fmt(ev.precision), f"{ev.tp}/{ev.tp + ev.fp}"),
        ("event recall", _fmt(ev.recall), f"{ev.tp}/{ev.tp + ev.fn}"),
        ("event F1", _fmt(ev.f1), ""),
        ("type-relaxed precision", _fmt(rel.precision), f"{rel.tp}/{rel.tp + rel.fp}"),
        ("type-relaxed recall", _fmt(rel.recall), f"{rel.tp}/{rel.tp + rel.fn}"),
        ("type-relaxed F1", _fmt(rel.f1), ""),
    ]
    for label, share in (("actor1 accuracy", s.actor1), ("actor2 accuracy", s.actor2),
                         ("casualty accuracy", s.casualty), ("  killed", s.killed), ("  injured", s.injured),
                         ("geo accuracy (5 km)", s.geo), ("date accuracy", s.date),
                         ("evidence valid", s.evidence)):
        rows.append((label, _fmt(share.value), f"{share.right}/{share.total}"))
    if s.docs_per_s is not None:
        rows.append(("documents per second", f"{s.docs_per_s:.1f}",
                     f"{s.seconds:.2f} s (+{s.load_seconds:.2f} s loading)"))
    for row in rows:
        t.add_row(*row)
    return t


def _tally_table(title: str, first: str, rows: list[dict], extra: list[str]) -> Table:
    t = Table(title=title, title_justify="left")
    widest = max((len(str(r[first])) for r in rows), default=len(first))
    room = out.width - 7 * (len(extra) + 6) - 4      # what the number columns leave
    t.add_column(first, overflow="fold", min_width=min(widest, max(12, room)))
    for c in [*extra, "tp", "fp", "fn", "P", "R", "F1"]:
        t.add_column(c, justify="right")
    names = {"pred": "predicted", "opt": "optional"}
    for r in rows:
        t.add_row(escape(str(r[first])), *(str(r[names.get(c, c)]) for c in extra), str(r["tp"]), str(r["fp"]), str(r["fn"]),
                  _fmt(r["precision"]), _fmt(r["recall"]), _fmt(r["f1"]))
    return t


def calibration_table(rows: list[dict]) -> Table:
    t = Table(title="records by confidence", title_justify="left")
    for c in ("confidence", "records", "false", "right"):
        t.add_column(c, justify="left" if c == "confidence" else "right")
    for r in rows:
        t.add_row(r["band"], str(r["records"]), str(r["false"]), _fmt(r["precision"]))
    return t


def _interval_table(title: str, rows: dict) -> Table:
    t = Table(title=title, title_justify="left")
    paired = any(iv.better is not None for iv in rows.values())
    for c in ("figure", "value", "low", "high", *(["better in"] if paired else [])):
        t.add_column(c, justify="left" if c == "figure" else "right")
    sign = "+" if paired else ""
    for name, iv in rows.items():
        cells = [f"event {'F1' if name == 'f1' else name}", f"{iv.value:{sign}.3f}", f"{iv.low:{sign}.3f}",
                 f"{iv.high:{sign}.3f}"]
        if paired:
            cells.append(f"{iv.better:.0%} of resamples")
        t.add_row(*cells)
    return t


def eval_cmd(
    gold_dir: Path = typer.Argument(..., help="gold folder: gold.jsonl and docs/NAME.txt (shared/SPEC.md section 2)"),
    show: bool = typer.Option(False, "--show", help="list every miss, extra and wrong field with its document"),
    as_json: bool = typer.Option(False, "--json", help="print the figures as one JSON object"),
    by_type: bool = typer.Option(False, "--by-type", help="precision, recall and F1 per sub-event type"),
    per_doc: bool = typer.Option(False, "--per-doc", help="hits, extras and misses per document"),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="extractor processes on this machine"),
    predictions: Optional[Path] = typer.Option(None, "--predictions", "-p", help="score this saved `rasd extract --format jsonl` output instead of running the extractor"),
    save: Optional[Path] = typer.Option(None, "--save-predictions", help="also write this run's records as JSONL (re-score later with --predictions)"),
    strict: bool = typer.Option(False, "--strict", help="exit 2 if any gold line, document or predictions line had to be skipped"),
    interval: bool = typer.Option(False, "--interval", help="95 % intervals of event P/R/F1 by resampling the documents (bootstrap)"),
    calibration: bool = typer.Option(False, "--calibration", help="share of right records per confidence band"),
    against: Optional[Path] = typer.Option(None, "--against", help="a saved run (JSONL) to compare with: the change in P/R/F1, with its paired 95 % interval"),
) -> None:
    """Score the extractor against a gold set: event precision/recall/F1 and field accuracies."""
    from rasd.evaluate import EvalError, evaluate
    from rasd.intervals import intervals, paired_change

    try:
        ev = evaluate(gold_dir, predictions=predictions, workers=workers)
    except EvalError as e:
        err.print(f"[red]error:[/] {escape(str(e))}")
        raise typer.Exit(2)
    s = ev.scores
    base = None
    if against is not None:
        try:
            base = evaluate(gold_dir, predictions=against)
        except EvalError as e:
            err.print(f"[red]error:[/] {escape(str(e))}")
            raise typer.Exit(2)
        ev.problems.extend(p for p in base.problems if p not in ev.problems)   # the gold's are already there
    try:
        spread = intervals(s) if interval else None
        change = paired_change(s, base.scores) if base is not None else None
    except ValueError as e:
        err.print(f"[red]error:[/] {escape(str(e))}")
        raise typer.Exit(2)
    for p in ev.problems:
        level = "[red]error:[/]" if p.fatal else "[yellow]warning:[/]"
        err.print(f"{level} {escape(str(p))}")
    if ev.gold_skipped:
        err.print(f"scored {s.documents} document(s); {ev.gold_skipped} gold line(s) skipped")
    if save is not None:
        with open(save, "w", encoding="utf-8") as f:
            for rec in ev.predictions:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if as_json:
        obj = s.summary()
        if by_type:
            obj["by_type"] = s.by_type_rows()
        if per_doc:
            obj["per_doc"] = s.per_doc_rows()
        if show:
            obj["findings"] = [{"kind": f.kind, "doc_id": f.doc_id, "sub_event_type": f.sub_event_type,
                                "place": f.place, "got": f.got, "want": f.want} for f in s.findings]
        if calibration:
            obj["calibration"] = s.calibration_rows()
        if spread is not None:
            obj["intervals"] = {k: v.as_dict() for k, v in spread.items()}
        if change is not None:
            obj["against"] = {"predictions": str(against), **{k: v.as_dict() for k, v in change.items()}}
        obj["problems"] = [str(p) for p in ev.problems]
        typer.echo(json.dumps(obj, ensure_ascii=False))
    else:
        if show:
            for f in s.findings:
                out.print(str(f), markup=False, soft_wrap=True)
        out.print(_summary_table(s, f"rasd eval {gold_dir}" + (f" ({predictions})" if predictions else "")))
        if by_type:
            out.print(_tally_table("by sub-event type", "sub_event_type", s.by_type_rows(), ["gold", "pred"]))
        if per_doc:
            out.print(_tally_table("by document", "doc_id", s.per_doc_rows(), ["gold", "opt", "pred"]))
        if calibration:
            out.print(calibration_table(s.calibration_rows()))
        if spread is not None:
            out.print(_interval_table(f"95 % intervals ({s.documents} documents resampled)", spread))
        if change is not None:
            out.print(_interval_table(f"change against {against} (paired, same documents resampled)", change))
    if strict and any(p.fatal for p in ev.problems):
        raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_cmd)
