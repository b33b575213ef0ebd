"""Who may read and who may write: FastAPI dependencies over the store's API tokens.

Writes (reviews) always need a token; reads need one only when the server was
started with `--read-token-required` (or RASD_READ_TOKEN_REQUIRED=1).  The
two failure cases are told apart because they need different fixes: 401 =
no token was sent (send one), 403 = the token is wrong or revoked (get a
new one).
"""
from __future__ import annotations

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from rasd.web.tokens import TokenInfo, verify_token

bearer = HTTPBearer(auto_error=False, description="an API token from `rasd token create NAME`")

NO_TOKEN = ("this needs an API token: send the header 'Authorization: Bearer <token>' "
            "(an administrator creates one with `rasd token create NAME`)")
BAD_TOKEN = "the API token is unknown or revoked"


def _check(request: Request, creds: HTTPAuthorizationCredentials | None) -> TokenInfo:
    if creds is None or not creds.credentials:
        raise HTTPException(401, NO_TOKEN, headers={"WWW-Authenticate": "Bearer"})
    info = verify_token(request.app.state.store, creds.credentials)
    if info is None:
        raise HTTPException(403, BAD_TOKEN)
    return info


async def require_writer(request: Request, creds: HTTPAuthorizationCredentials | None = Depends(bearer)) -> TokenInfo:
    """A valid token, always."""
    return _check(request, creds)


async def require_reader(request: Request, creds: HTTPAuthorizationCredentials | None = Depends(bearer)) -> TokenInfo | None:
    """A valid token when the server requires one for reading; otherwise anyone (a sent token is still checked)."""
    if request.app.state.settings.read_token_required or (creds is not None and creds.credentials):
        return _check(request, creds)
    return None
