"""A small RealWorld client for the conformance suite: HTTP only, no stack knowledge."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any
from uuid import uuid4

import httpx

# The roadmap stage at which users, tokens, follows and favorites arrive: from
# here every write needs `Authorization: Token <jwt>`; before it, writes are
# anonymous and attributed to a demo author.
USERS = 5


@dataclass(frozen=True)
class Target:
    """A running RealWorld service and the roadmap stage it has reached."""

    name: str
    base_url: str
    stage: int


@dataclass(frozen=True)
class User:
    """A user the suite registered, with the password it chose and its latest token."""

    username: str
    email: str
    password: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        """The spec's security scheme: `Authorization: Token <jwt>`."""
        return {"Authorization": f"Token {self.token}"}


def unique(prefix: str = "x") -> str:
    """A name no other test (or earlier run against the same server) uses."""
    return f"{prefix}{uuid4().hex[:12]}"


def ok(response: httpx.Response, key: str) -> dict[str, Any]:
    """The `key` envelope of a 200 answer."""
    assert response.status_code == 200, response.text
    value: dict[str, Any] = response.json()[key]
    return value


class Conduit:
    """Calls the API the way a RealWorld frontend does, asserting the happy path.

    `http` sends no credentials. From stage 5 the write helpers act as a user:
    the one passed as `by`, or a default author registered on first use.
    """

    def __init__(self, http: httpx.Client, target: Target) -> None:
        self.http = http
        self.target = target

    @property
    def has_users(self) -> bool:
        return self.target.stage >= USERS

    @cached_property
    def author(self) -> User | None:
        """Who writes when a test names nobody: a registered user from stage 5, before it none."""
        return self.register() if self.has_users else None

    def auth(self, user: User | None = None) -> dict[str, str]:
        """The headers that act as `user`, or as the default author (none before stage 5)."""
        if user is not None:
            return user.headers
        return self.author.headers if self.author is not None else {}

    # Users

    def new_user(self, **overrides: Any) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "username": unique("user"),
            "email": f"{unique('mail')}@example.com",
            "password": unique("secret-"),
        }
        fields.update(overrides)
        return fields

    def register(self, **overrides: Any) -> User:
        fields = self.new_user(**overrides)
        response = self.http.post("/api/users", json={"user": fields})
        assert response.status_code in (200, 201), response.text
        return self._user(response, fields["password"])

    def login(self, email: str, password: str) -> User:
        response = self.http.post(
            "/api/users/login", json={"user": {"email": email, "password": password}}
        )
        assert response.status_code == 200, response.text
        return self._user(response, password)

    @staticmethod
    def _user(response: httpx.Response, password: str) -> User:
        user = response.json()["user"]
        return User(user["username"], user["email"], password, user["token"])

    def profile(self, username: str, viewer: User | None = None) -> dict[str, Any]:
        headers = viewer.headers if viewer is not None else {}
        return ok(self.http.get(f"/api/profiles/{username}", headers=headers), "profile")

    def follow(self, username: str, by: User) -> dict[str, Any]:
        return ok(self.http.post(f"/api/profiles/{username}/follow", headers=by.headers), "profile")

    def unfollow(self, username: str, by: User) -> dict[str, Any]:
        return ok(
            self.http.delete(f"/api/profiles/{username}/follow", headers=by.headers), "profile"
        )

    # Articles

    def new_article(self, **overrides: Any) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "title": f"Conformance {unique()}",
            "description": "Checks the contract",
            "body": "Every stack answers the same way.",
            "tagList": [unique("tag")],
        }
        fields.update(overrides)
        return fields

    def create_article(self, by: User | None = None, **overrides: Any) -> dict[str, Any]:
        response = self.http.post(
            "/api/articles",
            json={"article": self.new_article(**overrides)},
            headers=self.auth(by),
        )
        assert response.status_code == 201, response.text
        article: dict[str, Any] = response.json()["article"]
        return article

    def article(self, slug: str, viewer: User | None = None) -> dict[str, Any]:
        headers = viewer.headers if viewer is not None else {}
        return ok(self.http.get(f"/api/articles/{slug}", headers=headers), "article")

    def articles(self, viewer: User | None = None, **params: Any) -> dict[str, Any]:
        """`GET /api/articles` with filters: the whole `{articles, articlesCount}` body."""
        headers = viewer.headers if viewer is not None else {}
        response = self.http.get("/api/articles", params=params, headers=headers)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    def feed(self, viewer: User, **params: Any) -> dict[str, Any]:
        response = self.http.get("/api/articles/feed", params=params, headers=viewer.headers)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    def delete_article(self, slug: str, by: User | None = None) -> None:
        response = self.http.delete(f"/api/articles/{slug}", headers=self.auth(by))
        assert response.status_code in (200, 204), response.text

    def favorite(self, slug: str, by: User) -> dict[str, Any]:
        return ok(self.http.post(f"/api/articles/{slug}/favorite", headers=by.headers), "article")

    def unfavorite(self, slug: str, by: User) -> dict[str, Any]:
        return ok(self.http.delete(f"/api/articles/{slug}/favorite", headers=by.headers), "article")

    # Comments

    def add_comment(
        self, slug: str, body: str = "A comment", by: User | None = None
    ) -> dict[str, Any]:
        response = self.http.post(
            f"/api/articles/{slug}/comments",
            json={"comment": {"body": body}},
            headers=self.auth(by),
        )
        assert response.status_code in (200, 201), response.text
        comment: dict[str, Any] = response.json()["comment"]
        return comment

    def comments(self, slug: str, viewer: User | None = None) -> list[dict[str, Any]]:
        headers = viewer.headers if viewer is not None else {}
        response = self.http.get(f"/api/articles/{slug}/comments", headers=headers)
        assert response.status_code == 200, response.text
        comments: list[dict[str, Any]] = response.json()["comments"]
        return comments
