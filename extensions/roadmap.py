"""The roadmap: its stages, its stacks, and what each stage enables.

This module is the one source of truth for "what does stage N give a project".
`copier.yml` and every template read the names that `derive_context` returns;
none of them compares stage numbers itself. It is plain Python (no Jinja) so
that it can be unit-tested on its own; `extensions/context.py` wires it into
Copier.
"""

from __future__ import annotations

import keyword
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True)
class Stage:
    """One stage of the roadmap, as the learner sees it."""

    number: int
    slug: str
    title: str
    summary: str


STAGES: tuple[Stage, ...] = (
    Stage(1, "language", "Language", "service skeleton, settings, logs, health probes, toolchain"),
    Stage(2, "api-design", "API design", "RealWorld REST API, OpenAPI, versioning, rate limits"),
    Stage(3, "databases", "Databases", "migrations, repositories, transactions, seed data"),
    Stage(4, "caching", "Caching", "cache-aside, invalidation, HTTP caching"),
    Stage(5, "auth", "Auth", "users, tokens or sessions, RBAC, OAuth2 - full RealWorld API"),
    Stage(6, "system-design", "System design", "replicas behind a load balancer, read replicas"),
    Stage(7, "event-driven", "Event-driven", "transactional outbox, broker, idempotent worker"),
    Stage(8, "devops", "DevOps", "images, compose, Kubernetes, metrics, dashboards"),
    Stage(9, "cloud", "Cloud", "Terraform, managed services, object storage, a function"),
    Stage(10, "security", "Security", "TLS, headers, CORS, secret scanning, threat model"),
    Stage(11, "performance", "Performance & testing", "load tests, profiling, N+1 guard"),
)
STAGE_BY_NUMBER = {stage.number: stage for stage in STAGES}

# The stage from which each feature is part of a project. Templates test
# `features.<name>`; they never compare stage numbers themselves.
FEATURE_STAGE: dict[str, int] = {
    "api": 2,
    "database": 3,
    "cache": 4,
    "auth": 5,
    "scaling": 6,
    "events": 7,
    "devops": 8,
    "cloud": 9,
    "security": 10,
    "performance": 11,
}


@dataclass(frozen=True)
class Stack:
    """A language stack and the tools its generated projects use."""

    key: str
    name: str
    framework: str
    load_test_tool: str
    built_up_to: int
    """The highest stage the template can generate for this stack (0: none yet)."""


STACKS: dict[str, Stack] = {
    "python": Stack("python", "Python", "FastAPI", "locust", built_up_to=5),
    "typescript": Stack("typescript", "TypeScript", "Fastify", "k6", built_up_to=1),
    "go": Stack("go", "Go", "net/http", "k6", built_up_to=1),
    "java": Stack("java", "Java", "Spring Boot", "k6", built_up_to=1),
}

# Answers whose values the template cannot build yet, with the stage that
# would bring them. Listed in the prompt, refused with a message.
UNBUILT_CHOICES: dict[str, set[str]] = {
    "api_extras": {"graphql", "grpc"},
}


def available_now() -> str:
    """Describe, in one line, every stack and stage the template can build today."""
    parts = [
        f"{stack.key} ({_stage_range(stack.built_up_to)})"
        for stack in STACKS.values()
        if stack.built_up_to
    ]
    return "available now: " + ", ".join(parts)


# --- validators --------------------------------------------------------------
# Each returns "" when the answer is fine, or a message that says what to type
# instead. Copier shows the message at the prompt and writes nothing.

_SLUG = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
_PACKAGE = re.compile(r"^[a-z][a-z0-9_]*$")
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
# Names a generated package must not shadow: the stdlib and the libraries the
# generated projects import.
_RESERVED_PACKAGES = {
    "test",
    "tests",
    "src",
    "app",
    "fastapi",
    "starlette",
    "pydantic",
    "uvicorn",
    "structlog",
    "httpx",
    "pytest",
    "alembic",
    "sqlalchemy",
    "redis",
    "json",
    "logging",
    "typing",
    "asyncio",
    "http",
    "email",
    "types",
    "string",
    "os",
    "sys",
    "time",
    "uuid",
    "secrets",
}


def slugify(text: str) -> str:
    """Turn a human project name into a lowercase, dash-separated slug."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    slug = re.sub(r"^[0-9-]+", "", slug)
    return slug or "my-api"


def check_project_name(value: str) -> str:
    if not value.strip():
        return "Type a name for the project, for example: Conduit API"
    if len(value) > 60 or "\n" in value:
        return "Keep the project name to one line of at most 60 characters."
    if '"' in value or "\\" in value:
        return "The project name cannot contain double quotes or backslashes; drop them."
    return ""


def check_project_slug(value: str) -> str:
    if not _SLUG.match(value) or len(value) > 50:
        return (
            f"'{value}' is not a valid slug: use lowercase letters, digits and single "
            "dashes, starting with a letter, at most 50 characters (for example: my-api)."
        )
    return ""


def check_package_name(value: str) -> str:
    if not _PACKAGE.match(value) or len(value) > 40:
        return (
            f"'{value}' is not a valid package name: use lowercase letters, digits and "
            "underscores, starting with a letter (for example: my_api)."
        )
    if keyword.iskeyword(value) or value in _RESERVED_PACKAGES:
        return (
            f"'{value}' would shadow a Python keyword, a standard module or a library "
            f"the project uses; pick another, for example: {value}_service."
        )
    return ""


def check_one_line(value: str, field: str, limit: int = 200) -> str:
    if not value.strip():
        return f"Type a {field}; it cannot be empty."
    if "\n" in value or len(value) > limit:
        return f"Keep the {field} to one line of at most {limit} characters."
    if '"' in value or "\\" in value:
        return f"The {field} cannot contain double quotes or backslashes; drop them."
    return ""


def check_email(value: str) -> str:
    if not _EMAIL.match(value):
        return f"'{value}' is not an e-mail address; type one like ada@example.com."
    return ""


_GO_MODULE = re.compile(r"^[a-z0-9][a-z0-9.-]*\.[a-z]{2,}(/[A-Za-z0-9._~-]+)+$")
_JAVA_GROUP = re.compile(r"^[a-z][a-z0-9]*(\.[a-z][a-z0-9]*)+$")


def check_go_module(value: str) -> str:
    if not _GO_MODULE.match(value):
        return (
            f"'{value}' is not a Go module path: a domain, then path segments "
            "(for example: github.com/ada/conduit-api)."
        )
    return ""


def check_java_group(value: str) -> str:
    if not _JAVA_GROUP.match(value) or any(keyword.iskeyword(part) for part in value.split(".")):
        return (
            f"'{value}' is not a Maven group id: lowercase dotted words, a reversed "
            "domain you control (for example: com.example or io.github.ada)."
        )
    return ""


def unbuilt_language(language: str) -> str:
    """Refuse a stack the template cannot build yet, naming what it can."""
    stack = STACKS[language]
    if stack.built_up_to:
        return ""
    return f"the {stack.name} stack is not built yet; {available_now()}"


def unbuilt_stage(number: int, language: str | None) -> str:
    """Refuse a stage the chosen stack cannot reach yet, naming what it can."""
    stack = STACKS.get(language or "python", STACKS["python"])
    if number <= stack.built_up_to:
        return ""
    built = "no stage" if not stack.built_up_to else _stage_range(stack.built_up_to)
    return f"stage {number} is not built yet for {stack.name}; built now: {built}"


def _stage_range(highest: int) -> str:
    return "stage 1" if highest == 1 else f"stages 1-{highest}"


def unbuilt_choice(question: str, value: str) -> str:
    if value in UNBUILT_CHOICES.get(question, set()):
        return f"{value} is not built yet; leave it unselected (REST + OpenAPI is always on)."
    return ""


def recorded_answers(dst_path: Any, answers_file: Any) -> dict[str, Any]:
    """The answers an existing project was generated with ({} for a new one)."""
    if not dst_path or not answers_file:
        return {}
    path = Path(str(dst_path)) / str(answers_file)
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def check_update_stage(stage: int, recorded: Mapping[str, Any]) -> str:
    """On update, refuse going back: later stages built on what the learner has."""
    previous = recorded.get("stage")
    if isinstance(previous, int) and stage < previous:
        return (
            f"this project is already at stage {previous}; an update can only keep or "
            f"raise the stage (type {previous} or higher). Stages never remove code you "
            "may have built on."
        )
    return ""


def check_update_language(language: str, recorded: Mapping[str, Any]) -> str:
    """On update, refuse switching stacks: a project is written in one language."""
    previous = recorded.get("language")
    if previous and language != previous:
        return (
            f"this project is written in {previous}; an update cannot change the language. "
            f"Keep '{previous}', or generate a new project with copier copy."
        )
    return ""


# --- derived context ---------------------------------------------------------

# How a learner runs Copier: the template's extension must be installed beside it.
COPIER_COMMAND = "uvx --with copier-template-extensions copier"


OAUTH_PROVIDER_NAMES = {"github": "GitHub", "google": "Google"}


def derive_context(answers: Mapping[str, Any]) -> dict[str, Any]:
    """Everything the templates need to know, derived from the answers.

    Called while questions are still being asked, so any answer may be missing.
    """
    number = int(answers.get("stage") or 1)
    language = str(answers.get("language") or "python")
    stack = STACKS.get(language, STACKS["python"])
    package = str(answers.get("package_name") or "app")
    java_package = f"{answers.get('java_group') or 'com.example'}.{package.replace('_', '')}"
    features = {name: number >= start for name, start in FEATURE_STAGE.items()}
    return {
        # Where the domain lives: process memory until stage 3 brings a database.
        "storage": _storage(features, answers.get("database")),
        # Where cached reads live: none until stage 4, then the `cache` answer.
        "cache_store": str(answers.get("cache") or "redis") if features["cache"] else "none",
        # Social login's provider as people write it ("" without one).
        "oauth_provider_name": OAUTH_PROVIDER_NAMES.get(str(answers.get("oauth_provider")), ""),
        # The DATABASE_URL of compose.yaml's database, the development default.
        "database_url_default": DATABASE_URLS.get(str(answers.get("database")), ""),
        # Java: the base package and its source folder (com.example.conduitapi).
        "java_package": java_package,
        "java_package_path": java_package.replace(".", "/"),
        "stage_info": STAGE_BY_NUMBER.get(number, STAGES[0]),
        "next_stage": STAGE_BY_NUMBER.get(number + 1),
        "stages": [{"stage": stage, "reached": stage.number <= number} for stage in STAGES],
        "features": features,
        "stack": stack,
        "copier_command": COPIER_COMMAND,
    }


# compose.yaml's databases, as every stack reads them from DATABASE_URL.
DATABASE_URLS = {
    "postgresql": "postgresql://conduit:conduit@127.0.0.1:5432/conduit",
    # root: the tests create a database of their own, which MySQL's image
    # grants no other user.
    "mysql": "mysql://root:conduit@127.0.0.1:3306/conduit",
    "mongodb": "mongodb://conduit:conduit@127.0.0.1:27017/conduit?authSource=admin",
}


def _storage(features: Mapping[str, bool], database: object) -> str:
    if not features["database"]:
        return "memory"
    return "mongo" if database == "mongodb" else "sql"


# --- prompt choices ----------------------------------------------------------
# Copier lists every choice; one that cannot be built yet carries a message and
# cannot be picked (Copier's "disabled choice"), so the prompt shows what exists.


Choice = tuple[str, dict[str, Any]]
"""A prompt choice: its label, and its value with the reason it is refused ("" if not)."""


def language_choices() -> list[Choice]:
    return [
        (
            f"{stack.name} ({stack.framework})",
            {"value": stack.key, "validator": unbuilt_language(stack.key)},
        )
        for stack in STACKS.values()
    ]


def stage_choices(language: str | None) -> list[Choice]:
    return [
        (
            f"{stage.number:>2} · {stage.title}: {stage.summary}",
            {"value": stage.number, "validator": unbuilt_stage(stage.number, language)},
        )
        for stage in STAGES
    ]


def extra_choices(question: str, values: dict[str, str]) -> list[Choice]:
    return [
        (label, {"value": value, "validator": unbuilt_choice(question, value)})
        for value, label in values.items()
    ]
