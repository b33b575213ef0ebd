"""API tokens: created once, stored only as a hash, revocable.

Why a fast hash (SHA-256) and not a password hash: the tokens are 256 random
bits, so nobody can guess them from their hash; what a slow hash protects
(short human passwords) does not apply, and checking a token on every write
request must stay cheap.  The plain token is shown exactly once, by
`rasd token create`; after that only its first characters (`prefix`) are
kept to tell tokens apart in `rasd token list`.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update

from rasd.store.db import Store
from rasd.store.linking import now
from rasd.store.schema import api_tokens

#: every token starts with this, so a leaked one is recognisable in logs and secret scanners
TOKEN_PREFIX = "rasd_"
#: last_used_at is refreshed at most this often, so reads do not turn into writes
TOUCH_EVERY = timedelta(minutes=1)


@dataclass(frozen=True)
class TokenInfo:
    id: int
    name: str
    prefix: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


class TokenError(ValueError):
    """A token operation that cannot be done (empty name, unknown token)."""


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _info(row) -> TokenInfo:
    return TokenInfo(row.id, row.name, row.prefix, row.created_at, row.last_used_at, row.revoked_at)


def create_token(store: Store, name: str) -> tuple[str, TokenInfo]:
    """A new token for `name`; returns the plain token (show it once) and its stored info."""
    name = (name or "").strip()
    if not name:
        raise TokenError("a token needs a name (who or what will use it)")
    if len(name) > 200:
        raise TokenError("token names are at most 200 characters")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with store.engine.begin() as conn:
        tid = conn.execute(api_tokens.insert().values(
            name=name, token_hash=hash_token(token), prefix=token[:12], created_at=now(),
        ).returning(api_tokens.c.id)).scalar_one()
        row = conn.execute(select(api_tokens).where(api_tokens.c.id == tid)).one()
    return token, _info(row)


def list_tokens(store: Store, include_revoked: bool = True) -> list[TokenInfo]:
    q = select(api_tokens).order_by(api_tokens.c.id)
    if not include_revoked:
        q = q.where(api_tokens.c.revoked_at.is_(None))
    with store.engine.connect() as conn:
        return [_info(r) for r in conn.execute(q)]


def revoke_tokens(store: Store, ref: str) -> list[TokenInfo]:
    """Revoke the active tokens named `ref`, or the one whose id or prefix is `ref`."""
    ref = (ref or "").strip()
    c = api_tokens.c
    conds = [c.name == ref, c.prefix == ref]
    if ref.isdigit():
        conds.append(c.id == int(ref))
    with store.engine.begin() as conn:
        ids = list(conn.execute(select(c.id).where(or_(*conds), c.revoked_at.is_(None))).scalars())
        if not ids:
            raise TokenError(f"no active token with the name, id or prefix {ref!r}")
        conn.execute(update(api_tokens).where(c.id.in_(ids)).values(revoked_at=now()))
        return [_info(r) for r in conn.execute(select(api_tokens).where(c.id.in_(ids)).order_by(c.id))]


def verify_token(store: Store, token: str) -> TokenInfo | None:
    """The token's info if it is known and not revoked, else None."""
    if not token or len(token) > 200:
        return None
    with store.engine.connect() as conn:
        row = conn.execute(select(api_tokens).where(api_tokens.c.token_hash == hash_token(token))).one_or_none()
    if row is None or row.revoked_at is not None:
        return None
    info = _info(row)
    last = info.last_used_at
    ts = now()
    if last is not None and last.tzinfo is None:  # SQLite hands back naive datetimes
        last = last.replace(tzinfo=ts.tzinfo)
    if last is None or ts - last > TOUCH_EVERY:
        with store.engine.begin() as conn:
            conn.execute(update(api_tokens).where(api_tokens.c.id == info.id).values(last_used_at=ts))
    return info
