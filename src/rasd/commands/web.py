"""`rasd serve`, `rasd demo`, `rasd token ...`: the web API and map from the shell.

Thin: options are parsed here, the work is in `rasd.web`.  Messages go to
stderr; stdout carries only what a script may want (a new token, the demo's
event table).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from rasd.commands.store import DB_HELP

err = Console(stderr=True, highlight=False, soft_wrap=True)   # one message, one line: grep-able, and never broken by the width of a path
out = Console(highlight=False)


def _fail(msg: str, code: int = 2) -> typer.Exit:
    err.print(f"[red]error:[/] {escape(msg)}")
    return typer.Exit(code)


def _settings(db, read_token_required, tiles, tiles_attribution):
    from rasd.web.settings import WebSettings

    try:
        return WebSettings.from_env(db=db, read_token_required=read_token_required or None, tiles=tiles,
                                    tiles_attribution=tiles_attribution)
    except ValueError as e:
        raise _fail(str(e))


def _run(settings, host: str, port: int, what: str, workers: int = 1) -> None:
    import uvicorn

    from rasd.web.app import create_app
    from rasd.web.settings import ENV_READ_TOKEN, ENV_TILES, ENV_TILES_ATTRIBUTION

    url = f"http://{'[' + host + ']' if ':' in host else host}:{port}/"
    if workers == 1:
        app = create_app(settings)  # opens (and migrates) the store now: errors show before "open ..."
    else:
        # each worker process builds its own app from the environment; migrate once, here, first
        from rasd.store.db import open_store, resolve_url

        open_store(settings.db).close()
        os.environ["RASD_DB"] = resolve_url(settings.db)
        os.environ[ENV_READ_TOKEN] = "1" if settings.read_token_required else "0"
        for key, value in ((ENV_TILES, settings.tiles), (ENV_TILES_ATTRIBUTION, settings.tiles_attribution)):
            if value:
                os.environ[key] = value
        app = "rasd.web.app:app_from_env"
    err.print(f"[bold]{escape(what)}[/]: open [link={url}]{url}[/link]  (API docs: {url}docs; Ctrl+C stops)")
    if host not in ("127.0.0.1", "localhost", "::1") and not settings.read_token_required:
        err.print("[yellow]note:[/] listening beyond this machine with open reading; "
                  "add --read-token-required to make reading need a token too")
    sys.stdout.flush()
    uvicorn.run(app, host=host, port=port, log_level="warning", workers=workers, factory=workers > 1)


def serve_cmd(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="address to listen on"),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    read_token_required: bool = typer.Option(False, "--read-token-required",
                                             help="reading needs a token too (or RASD_READ_TOKEN_REQUIRED=1)"),
    tiles: Optional[str] = typer.Option(None, "--tiles", help="XYZ tile URL template drawn under the offline "
                                                              "basemap, e.g. https://tiles.example/{z}/{x}/{y}.png "
                                                              "(or RASD_TILES)"),
    tiles_attribution: Optional[str] = typer.Option(None, "--tiles-attribution", help="credit line for the tiles"),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="server processes (for many concurrent readers)"),
) -> None:
    """Serve the REST API and the map over a store."""
    from sqlalchemy.exc import SQLAlchemyError

    settings = _settings(db, read_token_required, tiles, tiles_attribution)
    try:
        _run(settings, host, port, "rasd serve", workers)
    except (SQLAlchemyError, ValueError) as e:
        raise _fail(f"{e.__class__.__name__}: {str(e).splitlines()[0]}", 1)


def events_table(db: str, limit: int = 50) -> Table:
    """The demo's events as a readable table (newest first)."""
    from rasd.store.db import open_store
    from rasd.web.filters import ApiFilter
    from rasd.web.queries import list_events

    with open_store(db) as store:
        total, rows = list_events(store, ApiFilter(), limit, 0)
    t = Table(title=f"{total} events" + (f" (first {limit})" if total > limit else ""), show_lines=False)
    t.add_column("date", no_wrap=True)
    for col in ("event", "place", "actors"):
        t.add_column(col, overflow="fold")
    t.add_column("killed", justify="right")
    t.add_column("sources", justify="right")
    t.add_column("id", no_wrap=True)
    for r in rows:
        place = ", ".join(x for x in (r["location"], r["admin1"]) if x)
        actors = " -> ".join(x or "?" for x in (r["actor1"], r["actor2"]))
        t.add_row(str(r["event_date"] or ""), escape(r["sub_event_type"]), escape(place), escape(actors),
                  "" if r["fatalities"] is None else str(r["fatalities"]), str(r["n_sources"]), r["id"])
    return t


def demo_cmd(
    db: Path = typer.Option(Path("rasd-demo.db"), "--db", help="the demo's SQLite file (recreated on every run)"),
    samples: Optional[Path] = typer.Option(None, "--samples", help="folder of .txt/.jsonl reports "
                                                                   "(default: the bundled samples)"),
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    published: Optional[str] = typer.Option(None, "--published", help="publication date YYYY-MM-DD for reports "
                                                                      "that carry none"),
    no_serve: bool = typer.Option(False, "--no-serve", help="only ingest and print the events"),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="extraction processes"),
) -> None:
    """Ingest the sample reports into a fresh store and open the map on them."""
    from rasd.ingest import parse_date
    from rasd.web.demo import SAMPLES_DIR, DemoError, prepare_demo

    folder = samples or SAMPLES_DIR
    if samples is not None and not samples.is_dir():
        raise _fail(f"--samples {samples}: not a folder")
    try:
        pub = parse_date(published)
    except ValueError as e:
        raise _fail(f"--published: {e}")
    try:
        res = prepare_demo(db, folder, published=pub, workers=workers)
    except DemoError as e:
        raise _fail(str(e), 1)
    s = res.summary
    if not res.files:
        err.print(f"[yellow]warning:[/] no sample reports (*.txt, *.jsonl) in {escape(str(folder))}; "
                  "the map will be empty")
    else:
        err.print(f"{len(res.files)} sample file(s) from {escape(str(folder))}: {s.documents_new} documents stored, "
                  f"{s.documents_not_extracted} not extracted, {s.documents_failed} failed; "
                  f"{s.records} records -> {s.events_new} events ({s.events_merged} merged into others)")
        for p in s.problems[:20]:
            err.print(f"[yellow]warning:[/] {escape(p)}")
    out.print(events_table(str(db)))
    if no_serve:
        err.print(f"store: {db}  (serve it later with: rasd serve --db {db})")
        return
    settings = _settings(str(db), False, None, None)
    _run(settings, host, port, f"rasd demo ({db})")


token_app = typer.Typer(help="API tokens: writing (reviews) needs one; reading may.", no_args_is_help=True)


@token_app.command("create")
def token_create_cmd(
    name: str = typer.Argument(..., help="who or what will use it, e.g. a reviewer's name"),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Create a token and print it ONCE (only its hash is stored)."""
    from rasd.store.db import open_store
    from rasd.web.tokens import TokenError, create_token

    try:
        with open_store(db) as store:
            token, info = create_token(store, name)
    except TokenError as e:
        raise _fail(str(e))
    print(token)
    err.print(f"token {info.id} for {escape(info.name)} created; it is shown only now. "
              "Send it as 'Authorization: Bearer <token>', or paste it into the map's Reviewer box.")


@token_app.command("list")
def token_list_cmd(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    include_revoked: bool = typer.Option(True, "--all/--active", help="also revoked tokens"),
) -> None:
    """List tokens (names, prefixes and dates; the tokens themselves are not stored)."""
    from rasd.store.db import open_store
    from rasd.web.tokens import list_tokens

    with open_store(db) as store:
        rows = list_tokens(store, include_revoked=include_revoked)
    t = Table("id", "name", "prefix", "created", "last used", "status")
    for r in rows:
        t.add_row(str(r.id), escape(r.name), r.prefix + "…", f"{r.created_at:%Y-%m-%d %H:%M}",
                  f"{r.last_used_at:%Y-%m-%d %H:%M}" if r.last_used_at else "never",
                  "active" if r.active else f"revoked {r.revoked_at:%Y-%m-%d %H:%M}")
    out.print(t)


@token_app.command("revoke")
def token_revoke_cmd(
    ref: str = typer.Argument(..., help="the token's name (revokes all its active tokens), id or prefix"),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Revoke tokens: requests with them get 403 from now on."""
    from rasd.store.db import open_store
    from rasd.web.tokens import TokenError, revoke_tokens

    try:
        with open_store(db) as store:
            done = revoke_tokens(store, ref)
    except TokenError as e:
        raise _fail(str(e), 1)
    for r in done:
        err.print(f"revoked token {r.id} ({escape(r.name)}, {r.prefix}…)")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_cmd)
    app.command("demo")(demo_cmd)
    app.add_typer(token_app, name="token")

