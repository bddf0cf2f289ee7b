"""The local model server's errors, each knowing its HTTP status and OpenAI error fields.

    SteeringServerError            500 server_error
    ├── InvalidRequestError        400 invalid_request_error
    │   ├── UnknownVectorError     400 (param "steering.vector")
    │   └── ContextLengthError     400 (code "context_length_exceeded")
    ├── ModelNotFoundError         404 (code "model_not_found")
    └── EngineUnavailableError     503 (the model is not loaded or shutting down)

``server.py`` renders every one of them, in one place, as ``{"error": {...}}``.
"""

from __future__ import annotations


class SteeringServerError(Exception):
    status_code = 500
    error_type = "server_error"

    def __init__(self, message: str, *, param: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.param = param
        self.code = code

    def envelope(self) -> dict[str, dict[str, str | None]]:
        return {
            "error": {
                "message": self.message,
                "type": self.error_type,
                "param": self.param,
                "code": self.code,
            }
        }


class InvalidRequestError(SteeringServerError):
    status_code = 400
    error_type = "invalid_request_error"


class UnknownVectorError(InvalidRequestError):
    def __init__(self, message: str) -> None:
        super().__init__(message, param="steering.vector", code="unknown_steering_vector")


class ContextLengthError(InvalidRequestError):
    def __init__(self, message: str) -> None:
        super().__init__(message, param="messages", code="context_length_exceeded")


class ModelNotFoundError(SteeringServerError):
    status_code = 404
    error_type = "invalid_request_error"

    def __init__(self, message: str) -> None:
        super().__init__(message, param="model", code="model_not_found")


class EngineUnavailableError(SteeringServerError):
    status_code = 503
