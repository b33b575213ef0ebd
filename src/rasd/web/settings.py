"""What a running web server needs to know, from command-line options or the environment.

Kept in one frozen object so that the app factory, the auth dependency and
the tests all read the same settings, and a test can build an app with any
combination without touching the environment.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import urlsplit

#: environment variables `rasd serve` reads when the option is not given
ENV_READ_TOKEN = "RASD_READ_TOKEN_REQUIRED"
ENV_TILES = "RASD_TILES"
ENV_TILES_ATTRIBUTION = "RASD_TILES_ATTRIBUTION"


def env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


@dataclass(frozen=True)
class WebSettings:
    """`db`: store URL or SQLite path (None: $RASD_DB or ./rasd.db).

    `read_token_required`: GET /api/... needs a token too (the page itself and
    its static files stay public: they hold no data).
    `tiles`: an optional XYZ tile URL template (`https://{s}.example/{z}/{x}/{y}.png`)
    drawn under the packaged offline basemap.
    """

    db: str | None = None
    read_token_required: bool = False
    tiles: str | None = None
    tiles_attribution: str | None = None

    @classmethod
    def from_env(cls, **overrides) -> WebSettings:
        base = dict(db=None, read_token_required=env_flag(ENV_READ_TOKEN),
                    tiles=os.environ.get(ENV_TILES) or None,
                    tiles_attribution=os.environ.get(ENV_TILES_ATTRIBUTION) or None)
        base.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**base)

    def __post_init__(self) -> None:
        if self.tiles:
            tile_origin(self.tiles)  # validate early: a bad URL is a start-up error, not a blank map


def tile_origin(url: str) -> str:
    """The origin a tile template loads from, for the Content-Security-Policy (`{s}` -> `*`)."""
    parts = urlsplit(url.replace("{s}", "SUBDOMAIN"))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"--tiles must be an http(s) URL template like https://tiles.example/{{z}}/{{x}}/{{y}}.png, "
                         f"not {url!r}")
    for key in ("{z}", "{x}", "{y}"):
        if key not in url:
            raise ValueError(f"--tiles template {url!r} lacks {key}")
    return f"{parts.scheme}://{parts.netloc.replace('SUBDOMAIN', '*')}"
