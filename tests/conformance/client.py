"""A small RealWorld client for the conformance suite: HTTP only, no stack knowledge."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import uuid4

import httpx


@dataclass(frozen=True)
class Target:
    """A running RealWorld service and the roadmap stage it has reached."""

    name: str
    base_url: str
    stage: int


def unique(prefix: str = "x") -> str:
    """A name no other test (or earlier run against the same server) uses."""
    return f"{prefix}{uuid4().hex[:12]}"


class Conduit:
    """Calls the API the way a RealWorld frontend does, asserting the happy path."""

    def __init__(self, http: httpx.Client, target: Target) -> None:
        self.http = http
        self.target = target

    def new_article(self, **overrides: Any) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "title": f"Conformance {unique()}",
            "description": "Checks the contract",
            "body": "Every stack answers the same way.",
            "tagList": [unique("tag")],
        }
        fields.update(overrides)
        return fields

    def create_article(self, **overrides: Any) -> dict[str, Any]:
        response = self.http.post("/api/articles", json={"article": self.new_article(**overrides)})
        assert response.status_code == 201, response.text
        article: dict[str, Any] = response.json()["article"]
        return article

    def add_comment(self, slug: str, body: str = "A comment") -> dict[str, Any]:
        response = self.http.post(
            f"/api/articles/{slug}/comments", json={"comment": {"body": body}}
        )
        assert response.status_code == 200, response.text
        comment: dict[str, Any] = response.json()["comment"]
        return comment
