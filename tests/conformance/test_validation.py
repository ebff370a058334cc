"""Bad input answers 422 in the spec's error format; nothing answers 500."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.conformance.client import USERS, Conduit, Target
from tests.conformance.errors import assert_422
from tests.conformance.schema import spec


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title": ""}, "title"),
        ({"description": ""}, "description"),
        ({"title": None}, "title"),
        ({"title": 42}, "title"),
        ({"tagList": "not-a-list"}, "tagList"),
        ({"body": "NUL \x00 byte"}, None),
    ],
)
def test_invalid_article_fields_answer_422(
    conduit: Conduit, http: httpx.Client, change: dict[str, Any], field: str | None
) -> None:
    assert_422(http.post("/api/articles", json={"article": conduit.new_article(**change)}), field)


@pytest.mark.parametrize("payload", [{}, {"article": {}}, {"articles": {}}, [], "text", 7])
def test_missing_envelopes_answer_422(http: httpx.Client, payload: object) -> None:
    assert_422(http.post("/api/articles", json=payload))


def test_malformed_json_answers_4xx_not_500(http: httpx.Client) -> None:
    response = http.post(
        "/api/articles", content=b'{"article": ', headers={"content-type": "application/json"}
    )

    assert response.status_code in (400, 422)


@pytest.mark.parametrize(
    "params", [{"limit": -1}, {"limit": 0}, {"offset": -1}, {"limit": "ten"}, {"offset": 2**70}]
)
def test_impossible_pagination_answers_422(http: httpx.Client, params: dict[str, Any]) -> None:
    assert_422(http.get("/api/articles", params=params))


@pytest.mark.parametrize("comment_id", ["0", "-3", "abc", str(2**64), "1" * 30])
def test_impossible_comment_ids_answer_4xx(
    conduit: Conduit, http: httpx.Client, comment_id: str
) -> None:
    article = conduit.create_article()

    response = http.delete(f"/api/articles/{article['slug']}/comments/{comment_id}")

    assert response.status_code in (404, 422)


def test_unknown_routes_answer_404_in_the_error_format(http: httpx.Client) -> None:
    response = http.get("/api/no-such-route")

    assert response.status_code == 404
    assert "errors" in response.json()


def test_the_openapi_document_names_the_spec_operations_that_exist(
    http: httpx.Client,
) -> None:
    document = http.get("/openapi.json").json()
    served = {
        (method.upper(), path, operation.get("operationId"))
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict)
    }
    spec_paths = {
        "/api" + path: {method.upper(): op["operationId"] for method, op in item.items()}
        for path, item in spec()["paths"].items()
    }

    matching = [op for op in served if spec_paths.get(op[1], {}).get(op[0]) == op[2]]
    for method, path, operation_id in served:
        if path in spec_paths and method in spec_paths[path]:
            assert spec_paths[path][method] == operation_id, (method, path)
    assert len(matching) >= 10


# Parameters of the spec that arrive with users (stage 5): not documented before.
USER_PARAMETERS = {"favorited"}


def _success_codes(operation: dict[str, Any]) -> set[str]:
    return {code for code in operation.get("responses", {}) if code.startswith("2")}


def _envelope(operation: dict[str, Any], document: dict[str, Any]) -> set[str]:
    """The top-level keys of an operation's JSON request body (`article`, `comment`, ...)."""
    body = operation.get("requestBody")
    if body is None:
        return set()
    while "$ref" in body:
        body = _resolve(document, body["$ref"])
    schema = body["content"]["application/json"]["schema"]
    while "$ref" in schema:
        schema = _resolve(document, schema["$ref"])
    return set(schema.get("properties", {}))


def _resolve(document: dict[str, Any], ref: str) -> Any:
    node: Any = document
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node


def test_each_operation_served_is_documented_as_the_spec_documents_it(
    http: httpx.Client, target: Target
) -> None:
    ours = http.get("/openapi.json").json()
    reference = spec()
    not_yet = USER_PARAMETERS if target.stage < USERS else set()
    compared = 0
    for path, item in reference["paths"].items():
        served = ours["paths"].get("/api" + path)
        if served is None:
            continue
        for method, operation in item.items():
            mine = served.get(method)
            if mine is None:
                continue
            where = f"{method.upper()} /api{path}"
            assert mine.get("operationId") == operation["operationId"], where
            assert _success_codes(operation) <= _success_codes(mine), where
            assert _envelope(operation, reference) == _envelope(mine, ours), where
            parameters = [
                _resolve(reference, p["$ref"]) if "$ref" in p else p
                for p in operation.get("parameters", [])
            ]
            wanted = {p["name"] for p in parameters} - not_yet
            documented = {p["name"] for p in mine.get("parameters", [])}
            assert wanted <= documented, where
            compared += 1
    assert compared >= 10
