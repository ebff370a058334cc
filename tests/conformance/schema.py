"""The spec's response schemas, ready for validation with jsonschema."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator

SPEC = Path(__file__).with_name("spec") / "realworld-openapi.yml"

# The spec's `format: date-time`, as its examples write it (`2016-02-18T03:22:56.637Z`).
ISO_8601 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return loaded


def _inline(node: Any) -> Any:
    """Replace every `$ref` with what it points at (the spec has no cycles)."""
    if isinstance(node, dict):
        if "$ref" in node:
            target: Any = spec()
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            return _inline(target)
        return {key: _inline(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_inline(item) for item in node]
    return node


@cache
def response_schema(name: str) -> dict[str, Any]:
    """The JSON schema of `components.responses.<name>` (e.g. `SingleArticleResponse`)."""
    response = _inline(spec()["components"]["responses"][name])
    schema: dict[str, Any] = response["content"]["application/json"]["schema"]
    return schema


def assert_matches(body: Any, response: str) -> None:
    """Fail with every violation when `body` does not match the spec's response schema."""
    validator = Draft202012Validator(response_schema(response))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(body)]
    assert errors == [], f"response does not match {response}: {errors}"


def operations() -> set[tuple[str, str, str]]:
    """(method, path, operationId) of every operation in the spec, paths under /api."""
    return {
        (method.upper(), "/api" + path, operation["operationId"])
        for path, item in spec()["paths"].items()
        for method, operation in item.items()
    }


def secured_operations() -> list[tuple[str, str, str]]:
    """(method, path, operationId) of the operations the spec secures with its `Token` scheme."""
    return sorted(
        (method.upper(), "/api" + path, operation["operationId"])
        for path, item in spec()["paths"].items()
        for method, operation in item.items()
        if any("Token" in requirement for requirement in operation.get("security", []))
    )
