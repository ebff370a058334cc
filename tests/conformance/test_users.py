"""Users (stage 5): registration, login, the current user, updates and the token scheme."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.conformance.client import USERS, Conduit, User, unique
from tests.conformance.errors import assert_422, assert_error
from tests.conformance.schema import assert_matches

pytestmark = pytest.mark.stage(USERS)


def test_register_answers_201_with_the_spec_user(conduit: Conduit, anonymous: httpx.Client) -> None:
    fields = conduit.new_user()

    response = anonymous.post("/api/users", json={"user": fields})

    assert response.status_code == 201, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert_matches(response.json(), "UserResponse")
    user = response.json()["user"]
    assert (user["username"], user["email"]) == (fields["username"], fields["email"])
    assert user["token"]
    assert "password" not in user
    assert fields["password"] not in response.text


def test_register_then_login_answers_the_same_user_with_a_working_token(
    conduit: Conduit, anonymous: httpx.Client
) -> None:
    registered = conduit.register()

    response = anonymous.post(
        "/api/users/login",
        json={"user": {"email": registered.email, "password": registered.password}},
    )

    assert response.status_code == 200, response.text
    assert_matches(response.json(), "UserResponse")
    user = response.json()["user"]
    assert (user["username"], user["email"]) == (registered.username, registered.email)
    current = anonymous.get("/api/user", headers={"Authorization": f"Token {user['token']}"})
    assert current.status_code == 200, current.text
    assert current.json()["user"]["username"] == registered.username


@pytest.mark.parametrize("field", ["username", "email"])
def test_registering_a_taken_username_or_email_answers_422(
    conduit: Conduit, anonymous: httpx.Client, field: str
) -> None:
    taken = conduit.register()
    fields = conduit.new_user(**{field: getattr(taken, field)})

    assert_422(anonymous.post("/api/users", json={"user": fields}), field)


@pytest.mark.parametrize("field", ["username", "email", "password"])
@pytest.mark.parametrize("value", [None, ""], ids=["missing", "empty"])
def test_registering_without_a_required_field_answers_422(
    conduit: Conduit, anonymous: httpx.Client, field: str, value: str | None
) -> None:
    fields = conduit.new_user()
    if value is None:
        del fields[field]
    else:
        fields[field] = value

    assert_422(anonymous.post("/api/users", json={"user": fields}), field)


@pytest.mark.parametrize("payload", [{}, {"user": {}}, {"users": {}}, [], "text"])
def test_registering_without_the_user_envelope_answers_422(
    anonymous: httpx.Client, payload: object
) -> None:
    assert_422(anonymous.post("/api/users", json=payload))


@pytest.mark.parametrize("wrong", ["password", "email"])
def test_login_with_wrong_credentials_is_refused_without_a_token(
    conduit: Conduit, anonymous: httpx.Client, wrong: str
) -> None:
    user = conduit.register()
    credentials = {"email": user.email, "password": user.password}
    credentials[wrong] = f"{unique('wrong')}@example.com" if wrong == "email" else unique("no-")

    response = anonymous.post("/api/users/login", json={"user": credentials})

    # The spec documents both for Login: 401 Unauthorized and 422 GenericError.
    assert response.status_code in (401, 422), response.text
    assert_error(response, response.status_code)
    assert "user" not in response.json()


@pytest.mark.parametrize("field", ["email", "password"])
def test_login_without_a_required_field_answers_422(
    conduit: Conduit, anonymous: httpx.Client, field: str
) -> None:
    user = conduit.register()
    credentials = {"email": user.email, "password": user.password}
    del credentials[field]

    assert_422(anonymous.post("/api/users/login", json={"user": credentials}), field)


def test_the_current_user_is_the_user_of_the_token(
    conduit: Conduit, anonymous: httpx.Client
) -> None:
    user, other = conduit.register(), conduit.register()

    response = anonymous.get("/api/user", headers=user.headers)

    assert response.status_code == 200, response.text
    assert_matches(response.json(), "UserResponse")
    current = response.json()["user"]
    assert (current["username"], current["email"]) == (user.username, user.email)
    assert current["token"]
    assert anonymous.get("/api/user", headers=other.headers).json()["user"]["username"] == (
        other.username
    )


def _forged(user: User, other: User) -> str:
    """The token of `user` carrying the signature of `other`'s.

    A JWT (header.payload.signature) gets the other's signature; an opaque
    token (a session id) gets the other's last characters.
    """
    parts = user.token.split(".")
    if len(parts) == 3:
        return f"Token {parts[0]}.{parts[1]}.{other.token.split('.')[2]}"
    return f"Token {user.token[:-8]}{other.token[-8:]}"


# Authorization headers the spec's scheme (`Token <jwt>`) does not accept.
REFUSED: dict[str, Callable[[User, User], str | None]] = {
    "no-header": lambda user, other: None,
    "scheme-only": lambda user, other: "Token",
    "garbage": lambda user, other: f"Token {unique('garbage')}",
    "not-a-jwt": lambda user, other: "Token not.a.jwt",
    "bearer-scheme": lambda user, other: f"Bearer {user.token}",
    "no-scheme": lambda user, other: user.token,
    "forged-signature": _forged,
}


@pytest.mark.parametrize("authorization", list(REFUSED.values()), ids=list(REFUSED))
@pytest.mark.parametrize(
    ("method", "path", "payload"),
    [("GET", "/api/user", None), ("PUT", "/api/user", {"user": {"bio": "Refused"}})],
    ids=["get", "put"],
)
def test_the_current_user_refuses_requests_without_a_valid_token(
    conduit: Conduit,
    anonymous: httpx.Client,
    authorization: Callable[[User, User], str | None],
    method: str,
    path: str,
    payload: dict[str, Any] | None,
) -> None:
    user, other = conduit.register(), conduit.register()
    header = authorization(user, other)
    headers = {"Authorization": header} if header is not None else {}

    response = anonymous.request(method, path, json=payload, headers=headers)

    assert_error(response, 401)
    assert anonymous.get(path, headers=user.headers).json()["user"]["bio"] != "Refused"


def test_update_changes_bio_and_image_and_keeps_the_rest(
    conduit: Conduit, anonymous: httpx.Client
) -> None:
    user = conduit.register()
    image = f"https://example.com/{unique('avatar')}.png"

    response = anonymous.put(
        "/api/user",
        json={"user": {"bio": "I like to skateboard", "image": image}},
        headers=user.headers,
    )

    assert response.status_code == 200, response.text
    assert_matches(response.json(), "UserResponse")
    updated = response.json()["user"]
    assert (updated["bio"], updated["image"]) == ("I like to skateboard", image)
    assert (updated["username"], updated["email"]) == (user.username, user.email)
    current = anonymous.get("/api/user", headers=user.headers).json()["user"]
    assert (current["bio"], current["image"]) == ("I like to skateboard", image)
    profile = conduit.profile(user.username)
    assert (profile["bio"], profile["image"]) == ("I like to skateboard", image)


def test_update_changes_email_and_username_and_login_follows(
    conduit: Conduit, anonymous: httpx.Client
) -> None:
    user = conduit.register()
    username, email = unique("renamed"), f"{unique('moved')}@example.com"

    response = anonymous.put(
        "/api/user", json={"user": {"username": username, "email": email}}, headers=user.headers
    )

    assert response.status_code == 200, response.text
    assert_matches(response.json(), "UserResponse")
    updated = response.json()["user"]
    assert (updated["username"], updated["email"]) == (username, email)
    again = conduit.login(email, user.password)
    assert again.username == username
    token = {"Authorization": f"Token {updated['token']}"}
    assert anonymous.get("/api/user", headers=token).json()["user"]["username"] == username
    assert conduit.profile(username)["username"] == username
    assert anonymous.get(f"/api/profiles/{user.username}").status_code == 404
    old_email = {"email": user.email, "password": user.password}
    assert anonymous.post("/api/users/login", json={"user": old_email}).status_code in (401, 422)


def test_update_changes_the_password_the_new_one_logs_in(
    conduit: Conduit, anonymous: httpx.Client
) -> None:
    user = conduit.register()
    password = unique("new-secret-")

    response = anonymous.put(
        "/api/user", json={"user": {"password": password}}, headers=user.headers
    )

    assert response.status_code == 200, response.text
    assert_matches(response.json(), "UserResponse")
    assert password not in response.text
    assert conduit.login(user.email, password).username == user.username
    old = {"email": user.email, "password": user.password}
    assert anonymous.post("/api/users/login", json={"user": old}).status_code in (401, 422)


@pytest.mark.parametrize("field", ["username", "email"])
def test_update_to_a_taken_username_or_email_answers_422(
    conduit: Conduit, anonymous: httpx.Client, field: str
) -> None:
    user, other = conduit.register(), conduit.register()

    response = anonymous.put(
        "/api/user", json={"user": {field: getattr(other, field)}}, headers=user.headers
    )

    assert_422(response, field)
    current = anonymous.get("/api/user", headers=user.headers).json()["user"]
    assert current[field] == getattr(user, field)


@pytest.mark.parametrize(
    "payload",
    [{}, {"user": {}}, {"user": {"email": ""}}, {"user": {"username": ""}}, {"user": {"email": 7}}],
    ids=["no-envelope", "no-field", "empty-email", "empty-username", "email-not-a-string"],
)
def test_an_update_without_a_valid_field_answers_422(
    conduit: Conduit, anonymous: httpx.Client, payload: dict[str, Any]
) -> None:
    user = conduit.register()

    assert_422(anonymous.put("/api/user", json=payload, headers=user.headers))
    current = anonymous.get("/api/user", headers=user.headers).json()["user"]
    assert (current["username"], current["email"]) == (user.username, user.email)
