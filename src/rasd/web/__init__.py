"""rasd's web side: a REST API and a map page over the store (`rasd serve`, `rasd demo`).

    >>> from rasd.web import create_app, WebSettings
    >>> app = create_app(WebSettings(db="rasd.db"))     # an ASGI app for uvicorn

FastAPI is imported only when the web side is used, so `import rasd` stays light.
"""
from __future__ import annotations

from typing import Any

__all__ = ["WebSettings", "create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from rasd.web.app import create_app

        return create_app
    if name == "WebSettings":
        from rasd.web.settings import WebSettings

        return WebSettings
    raise AttributeError(f"module 'rasd.web' has no attribute {name!r}")
