"""API keys → tenants, and the admin key. Keys are only ever held as sha256 digests.

Rules: with no keys configured everything is open and the tenant is None. Otherwise every
``/v1/*`` and ``/admin/*`` request needs ``Authorization: Bearer <key>``; a client key binds its
tenant (its decision queries are scoped to that tenant); an admin key may call ``/admin/*`` and
read every tenant's decisions. Health and metrics endpoints stay open for probes.
"""

from __future__ import annotations

import hashlib
import hmac

import orjson
from starlette.types import ASGIApp, Receive, Scope, Send

from gateway.errors import AuthenticationFailed, GatewayError, PermissionDenied
from gateway.settings import AuthSettings

_OPEN_PATHS = frozenset({"/healthz", "/readyz", "/metrics"})


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class Authenticator:
    def __init__(self, settings: AuthSettings) -> None:
        self.enabled = settings.enabled
        self._tenants = {k.sha256: k.tenant for k in settings.keys}
        self._admins = list(settings.admin_keys_sha256)

    def identify(self, authorization: str | None) -> tuple[str | None, bool]:
        """(tenant, is_admin) for a request's Authorization header; raises when refused."""
        if not self.enabled:
            return None, True
        if not authorization or not authorization.lower().startswith("bearer "):
            raise AuthenticationFailed(
                "missing API key: send 'Authorization: Bearer <key>' (keys are configured on "
                "this gateway)"
            )
        digest = hash_key(authorization[7:].strip())
        if any(hmac.compare_digest(digest, admin) for admin in self._admins):
            return None, True
        tenant = self._tenants.get(digest)
        if tenant is None:
            # Never echo the key back: it may be a real secret sent to the wrong host.
            raise AuthenticationFailed("invalid API key")
        return tenant, False


class AuthMiddleware:
    def __init__(self, app: ASGIApp, authenticator: Authenticator) -> None:
        self.app = app
        self.auth = authenticator

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in _OPEN_PATHS:
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        raw = headers.get(b"authorization")
        try:
            tenant, admin = self.auth.identify(raw.decode("latin-1") if raw else None)
            if scope["path"].startswith("/admin") and not admin:
                raise PermissionDenied("this endpoint needs the admin key")
        except GatewayError as exc:
            body = orjson.dumps(exc.envelope())
            await send(
                {
                    "type": "http.response.start",
                    "status": exc.status_code,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return
        state = scope.setdefault("state", {})
        state["tenant"] = tenant
        state["admin"] = admin
        await self.app(scope, receive, send)
