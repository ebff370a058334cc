"""The spec's error answers: a status and `{"errors": {"<field>": ["message", ...]}}`."""

from __future__ import annotations

import httpx


def assert_error(response: httpx.Response, status: int) -> dict[str, list[str]]:
    """`status`, with `errors` mapping names to lists of messages (the body of 401/403/404).

    The spec gives 401 no body; this suite asks every refusal for the error
    format, as the stages answer it.
    """
    assert response.status_code == status, response.text
    errors = response.json()["errors"]
    assert isinstance(errors, dict), errors
    assert errors, errors
    for messages in errors.values():
        assert isinstance(messages, list), errors
        assert all(isinstance(message, str) for message in messages), errors
    return errors


def assert_422(response: httpx.Response, field: str | None = None) -> dict[str, list[str]]:
    """422 in the spec's `GenericErrorModel` (a non-empty `errors.body`), naming `field` if given.

    The field may be a key of `errors` (as the error-handling page shows) or be
    mentioned in a message of `errors.body`.
    """
    errors = assert_error(response, 422)
    assert isinstance(errors.get("body"), list), errors
    assert errors["body"], errors
    if field is not None:
        assert field in errors or any(field in message for message in errors["body"]), errors
    return errors
