"""The web application: the API, the map page, its static files and the security headers.

`create_app(settings)` builds a FastAPI app over one open store; `rasd serve`
runs it with uvicorn and the tests drive it with TestClient or a browser.

Why the strict Content-Security-Policy: the page shows report text and
evidence written by strangers.  The page builds every piece of that text as
DOM text nodes, and on top of that the CSP allows scripts only from this
server's own files: no inline script, no eval, no other origin, so even a
rendering mistake could not run a script smuggled into a report.
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path
from time import perf_counter

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from rasd.store.db import Store, open_store
from rasd.web.api import router
from rasd.web.filters import FilterError
from rasd.web.settings import WebSettings, tile_origin

STATIC = Path(__file__).parent / "static"


def content_security_policy(settings: WebSettings, docs: bool = False) -> str:
    """The page's CSP; a tile server, when configured, is the only other origin (images only)."""
    img = "'self' data:" + (f" {tile_origin(settings.tiles)}" if settings.tiles else "")
    # Swagger UI (at /docs only) sets style attributes in its markup; its scripts are still self-only
    style = "'self' 'unsafe-inline'" if docs else "'self'"
    return ("default-src 'self'; script-src 'self'; "
            f"style-src {style}; img-src {img}; connect-src 'self'; font-src 'self'; "
            "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


class SecurityHeaders:
    """Pure ASGI middleware (cheaper than BaseHTTPMiddleware on every request) adding the headers.

    Besides the security headers every answer carries `Server-Timing: app;dur=<ms>`,
    the time from the request reaching the app to its answer starting.  A slow
    answer seen by a client is then either the app (this figure) or waiting in
    front of it (connections, the event loop, the network); bench/api.py prints both.
    """

    def __init__(self, app, settings: WebSettings):
        self.app = app
        csp = content_security_policy(settings).encode()
        docs_csp = content_security_policy(settings, docs=True).encode()
        common = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"),
                  (b"x-frame-options", b"DENY"), (b"cross-origin-opener-policy", b"same-origin")]
        self.headers = [(b"content-security-policy", csp), *common]
        self.docs_headers = [(b"content-security-policy", docs_csp), *common]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        extra = self.docs_headers if scope["path"] == "/docs" else self.headers
        start = perf_counter()

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                took = f"app;dur={(perf_counter() - start) * 1000:.2f}".encode()
                message["headers"] = [*message.get("headers", []), *extra, (b"server-timing", took)]
            await send(message)

        return await self.app(scope, receive, send_with_headers)


def _loc(loc) -> str:
    parts = [str(p) for p in loc if p not in ("query", "body", "path")]
    return ".".join(parts) or "request"


async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = jsonable_encoder(exc.errors(), custom_encoder={Exception: str})
    for e in errors:
        e.pop("ctx", None)
        e.pop("url", None)
    message = "; ".join(f"{_loc(e['loc'])}: {e['msg'].removeprefix('Value error, ')}" for e in errors)
    return JSONResponse({"detail": errors, "message": message}, status_code=422)


async def _filter_error(request: Request, exc: FilterError) -> JSONResponse:
    return JSONResponse({"detail": [{"loc": ["query", exc.param], "msg": exc.message, "type": "value_error"}],
                         "message": str(exc)}, status_code=422)


def create_app(settings: WebSettings | None = None, store: Store | None = None) -> FastAPI:
    """The app over `store` (or the store named by settings.db, opened and migrated now)."""
    settings = settings or WebSettings()
    own_store = store is None
    store = store or open_store(settings.db)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        if own_store:
            store.close()

    app = FastAPI(
        title="rasd API", version="1",
        description="Arabic conflict reports as geocoded, evidence-linked events: read, filter, export and "
                    "review them.  Reviews need an API token (`rasd token create NAME`), sent as "
                    "`Authorization: Bearer <token>`.",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json", lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.store = store
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(FilterError, _filter_error)
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html", headers={"Cache-Control": "no-cache"})

    app.add_middleware(SecurityHeaders, settings=settings)
    return app


def app_from_env() -> FastAPI:
    """The app built from RASD_DB / RASD_READ_TOKEN_REQUIRED / RASD_TILES, for several worker
    processes (`uvicorn --factory rasd.web.app:app_from_env --workers N`; `rasd serve --workers N`)."""
    return create_app(WebSettings.from_env())
