"""The REST API under /api: events (filtered, paged, exported), one event, documents, reviews, stats.

Endpoints are thin: parse and validate, call `rasd.web.queries` or the
store's `apply_review`, shape the answer.  Everything returned is data
(JSON, GeoJSON, CSV); report text is never turned into markup here, the page
renders it with DOM text nodes.

Why `async def` with synchronous database calls: the reads the map makes are
indexed queries of a millisecond or two, and running them on the event loop
avoids a thread hop per request and the GIL contention of a busy thread
pool, which is what makes the latency tail under concurrent readers
(bench/api.py).  What can take long (exports, full-text search through the
reports, reviews, which write) goes to the thread pool so it never holds up
the loop.
"""
from __future__ import annotations

import io
from itertools import islice
from typing import Any, Optional
from urllib.parse import urlencode

import orjson

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from rasd.export import FORMATS, write_records
from rasd.store.query import iter_events
from rasd.store.review import ReviewError, apply_review
from rasd.web import queries
from rasd.web.auth import require_reader, require_writer
from rasd.web.basemap import admin1_points
from rasd.web.filters import EVENT_TYPES, STATUSES, SUB_EVENT_TYPES, ApiFilter, filter_params
from rasd.web.schemas import ReviewIn
from rasd.web.tokens import TokenInfo

router = APIRouter(prefix="/api")

MAX_PAGE = 10_000
#: format parameter -> (export writer, media type, file extension); json is the paged API answer
EXPORTS = {
    "geojson": ("geojson", "application/geo+json", "geojson"),
    "csv": ("acled-csv", "text/csv; charset=utf-8", "csv"),
    "acled-csv": ("acled-csv", "text/csv; charset=utf-8", "csv"),
    "ucdp-csv": ("ucdp-csv", "text/csv; charset=utf-8", "csv"),
    "jsonl": ("jsonl", "application/x-ndjson", "jsonl"),
}
assert all(w in FORMATS for w, _, _ in EXPORTS.values())


async def event_filter(
    bbox: Optional[str] = Query(None, description="min_lon,min_lat,max_lon,max_lat", examples=["35.5,32,42.5,37.5"]),
    since: Optional[str] = Query(None, description="events on or after this day (YYYY-MM-DD)"),
    until: Optional[str] = Query(None, description="events on or before this day (YYYY-MM-DD)"),
    event_type: Optional[str] = Query(None, description=f"ACLED event type: {', '.join(EVENT_TYPES)}"),
    sub_event_type: Optional[str] = Query(None, description="ACLED sub-event type, e.g. Air/drone strike"),
    actor: Optional[str] = Query(None, description="part of an actor's name (case-insensitive)"),
    admin1: Optional[str] = Query(None, description="governorate (English, as in the data)"),
    admin2: Optional[str] = Query(None, description="district (English, as in the data)"),
    q: Optional[str] = Query(None, description="text in the coded fields or in the report itself (Arabic works)"),
    min_confidence: Optional[str] = Query(None, description="0..1: events whose best source is at least this sure"),
    status: Optional[str] = Query(None, description=f"review status, comma-separated: {', '.join(STATUSES)}, "
                                                    "or 'all' (default: not rejected)"),
) -> ApiFilter:
    return ApiFilter.parse(bbox=bbox, since=since, until=until, event_type=event_type,
                           sub_event_type=sub_event_type, actor=actor, admin1=admin1, admin2=admin2, q=q,
                           min_confidence=min_confidence, status=status)


def _store(request: Request):
    return request.app.state.store


class FastJSON(JSONResponse):
    """JSON through orjson: our answers are plain dicts, lists, numbers, strings and dates, and
    encoding a page of events with the standard library costs more than the query behind it."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)  # SQLAlchemy keys are str subclasses


def _json(content: Any) -> JSONResponse:
    """Skip FastAPI's generic (and slow) encoder: the content is JSON-ready already."""
    return FastJSON(content)


def _export(store, flt: ApiFilter, fmt: str, limit: int | None, offset: int) -> Response:
    writer, media, ext = EXPORTS[fmt]
    rows = iter_events(store, flt)
    if offset or limit:
        rows = islice(rows, offset, offset + limit if limit else None)
    buf = io.StringIO()
    write_records(rows, writer, buf)
    return Response(buf.getvalue(), media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="rasd-events.{ext}"'})


@router.get("/events", summary="Events matching the filters (paged JSON, or an export)")
async def list_events(request: Request, flt: ApiFilter = Depends(event_filter),
                format: str = Query("json", description=f"json, {', '.join(EXPORTS)} (csv = ACLED columns)"),
                limit: Optional[int] = Query(None, ge=1, le=MAX_PAGE * 10,
                                             description=f"events per page (json: default 500, at most {MAX_PAGE}); "
                                                         "exports: all unless given"),
                offset: int = Query(0, ge=0, le=10_000_000),
                _reader: Optional[TokenInfo] = Depends(require_reader)) -> Any:
    store = _store(request)
    fmt = format.lower()
    if fmt in EXPORTS:
        return await run_in_threadpool(_export, store, flt, fmt, limit, offset)
    if fmt != "json":
        raise HTTPException(422, f"format: {format!r} is not one of: json, {', '.join(EXPORTS)}")
    limit = limit or 500
    if limit > MAX_PAGE:
        raise HTTPException(422, f"limit: at most {MAX_PAGE} events per JSON page (use offset to page, "
                                 "or format=geojson/csv to export everything)")
    if flt.text:  # a search through every report's text: off the event loop
        total, rows = await run_in_threadpool(queries.list_events, store, flt, limit, offset)
    else:
        total, rows = queries.list_events(store, flt, limit, offset)
    params = filter_params(flt)
    nxt = (f"/api/events?{urlencode(params | {'limit': limit, 'offset': offset + limit})}"
           if offset + limit < total else None)
    return _json({"total": total, "offset": offset, "limit": limit, "count": len(rows), "next": nxt,
                  "events": rows})


@router.get("/events/{event_id}", summary="One event: merged view, every source with its evidence, reviews")
async def get_event(event_id: str, request: Request,
                    _reader: Optional[TokenInfo] = Depends(require_reader)) -> Any:
    out = queries.event_detail(_store(request), event_id)
    if out is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return _json(out)


@router.get("/events/{event_id}/history", summary="The audit trail of an event: every review, before and after")
async def get_history(event_id: str, request: Request,
                      _reader: Optional[TokenInfo] = Depends(require_reader)) -> Any:
    out = queries.event_history(_store(request), event_id)
    if out is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return _json({"event": event_id, "reviews": out})


@router.post("/events/{event_id}/review", summary="Accept, reject, edit, split or merge an event (needs a token)")
async def review_event(event_id: str, body: ReviewIn, request: Request,
                       token: TokenInfo = Depends(require_writer)) -> Any:
    # a write may wait for SQLite's lock behind an ingest: never on the event loop
    return _json(await run_in_threadpool(_review, _store(request), event_id, body, token))


def _review(store, event_id: str, body: ReviewIn, token: TokenInfo) -> dict[str, Any]:
    if queries.event_summary(store, event_id) is None:
        raise HTTPException(404, f"no event {event_id!r}")
    other = (body.other or "").strip() or None
    if other is not None and queries.event_summary(store, other) is None:
        raise HTTPException(422, f"other: no event {other!r} to merge")
    reviewer = (body.reviewer or "").strip() or token.name
    try:
        after = apply_review(store, event_id, body.action, reviewer,
                             changes=body.changes.as_overrides() if body.changes else None,
                             record_ids=body.record_ids, other=other, comment=(body.comment or "").strip() or None)
    except ReviewError as e:
        status = 409 if "was merged into" in str(e) else 422
        raise HTTPException(status, str(e)) from None
    new_uid = after["new"]["uid"] if body.action == "split" else None
    return {"action": body.action, "reviewer": reviewer,
            "event": queries.event_summary(store, event_id),
            "new_event": queries.event_summary(store, new_uid) if new_uid else None,
            "history": queries.event_history(store, event_id)}


@router.get("/documents/{document_id}", summary="A stored report: the original text and where it came from")
async def get_document(document_id: int, request: Request, format: str = Query("json", pattern="^(json|txt)$"),
                       _reader: Optional[TokenInfo] = Depends(require_reader)) -> Any:
    doc = queries.document(_store(request), document_id)
    if doc is None:
        raise HTTPException(404, f"no document {document_id}")
    if format == "txt":
        return PlainTextResponse(doc["text"])
    return _json(doc)


@router.get("/stats", summary="Counts by day, event type, governorate and status (same filters as /api/events)")
async def get_stats(request: Request, flt: ApiFilter = Depends(event_filter),
                    _reader: Optional[TokenInfo] = Depends(require_reader)) -> Any:
    if flt.text:
        return _json(await run_in_threadpool(queries.stats, _store(request), flt))
    return _json(queries.stats(_store(request), flt))


@router.get("/config", summary="What the page needs to know about this server (no data)")
async def get_config(request: Request) -> Any:
    s = request.app.state.settings
    return {"read_token_required": s.read_token_required, "tiles": s.tiles,
            "tiles_attribution": s.tiles_attribution, "event_types": list(EVENT_TYPES),
            "sub_event_types": list(SUB_EVENT_TYPES), "statuses": list(STATUSES), "max_page": MAX_PAGE}


@router.get("/basemap/admin1", summary="Governorate points of the offline basemap (GeoJSON, from the gazetteer)")
async def get_admin1() -> Any:
    return JSONResponse(admin1_points(), media_type="application/geo+json",
                        headers={"Cache-Control": "public, max-age=86400"})
