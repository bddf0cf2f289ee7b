"""One error hierarchy, rendered into the OpenAI error envelope in exactly one place.

    GatewayError                      (500, api_error)
    ├── InvalidRequest                (400, invalid_request_error)
    │   ├── PayloadTooLarge           (413)
    │   └── UnsupportedMediaType      (415)
    ├── AuthenticationFailed          (401, authentication_error)
    ├── PermissionDenied              (403, permission_error)
    ├── NotFound                      (404, not_found_error)
    │   └── ModelNotFound             (404, code=model_not_found)
    ├── PolicyBlocked                 (403, policy_blocked)
    ├── UpstreamError                 (502, upstream_error)
    │   └── UpstreamTimeout           (504)
    ├── ClassifierError               (503, classifier_error)
    └── PolicyError                   (not an HTTP error: a policy file that fails validation)

Every message says what is wrong and, where it helps, how to fix it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class GatewayError(Exception):
    status_code = 500
    error_type = "api_error"
    default_code: str | None = None

    def __init__(self, message: str, *, param: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.param = param
        self.code = code if code is not None else self.default_code

    def envelope(self) -> dict[str, Any]:
        return error_envelope(self.message, self.error_type, self.param, self.code)


class InvalidRequest(GatewayError):
    status_code = 400
    error_type = "invalid_request_error"


class PayloadTooLarge(InvalidRequest):
    status_code = 413
    default_code = "payload_too_large"


class UnsupportedMediaType(InvalidRequest):
    status_code = 415
    default_code = "unsupported_media_type"


class AuthenticationFailed(GatewayError):
    status_code = 401
    error_type = "authentication_error"
    default_code = "invalid_api_key"


class PermissionDenied(GatewayError):
    status_code = 403
    error_type = "permission_error"


class NotFound(GatewayError):
    status_code = 404
    error_type = "not_found_error"


class ModelNotFound(NotFound):
    default_code = "model_not_found"


class PolicyBlocked(GatewayError):
    status_code = 403
    error_type = "policy_blocked"
    default_code = "blocked_by_policy"


class UpstreamError(GatewayError):
    status_code = 502
    error_type = "upstream_error"


class UpstreamTimeout(UpstreamError):
    status_code = 504
    default_code = "upstream_timeout"


class ClassifierError(GatewayError):
    status_code = 503
    error_type = "classifier_error"


@dataclass(frozen=True)
class PolicyProblem:
    """One problem found in a policy file, located as precisely as the YAML allows."""

    file: str
    line: int | None
    field: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: {self.field}: {self.reason}"


class PolicyError(GatewayError):
    """A policy that cannot be loaded; carries every problem found, not just the first."""

    def __init__(self, problems: list[PolicyProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems) or "invalid policy")


class ConfigError(GatewayError):
    """The gateway's own configuration file is unusable."""


def error_envelope(
    message: str, error_type: str, param: str | None = None, code: str | None = None
) -> dict[str, Any]:
    return {"error": {"message": message, "type": error_type, "param": param, "code": code}}
