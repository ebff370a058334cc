"""Which answer combinations the tests render.

Like cookiecutter-django's list of supported combinations: every buildable
(language, stage) pair, and for each, a pairwise-covering set of the options
that stage asks about, so each pair of option values is rendered at least once
without rendering the full product. Ids are readable: `python-s1-default`.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from tests.helpers.roadmap import roadmap

# The options each stage adds, and their values (first value: the default).
STAGE_OPTIONS: dict[str, tuple[int, tuple[Any, ...]]] = {
    "database": (3, ("postgresql", "mysql", "mongodb")),
    "cache": (4, ("redis", "memory")),
    "auth": (5, ("jwt", "session")),
    "oauth_provider": (5, ("none", "github", "google")),
    "password_hashing": (5, ("argon2id", "bcrypt")),
    "read_replicas": (6, (False, True)),
    "sharding": (6, (False, True)),
    "broker": (7, ("kafka", "rabbitmq")),
    "kubernetes_packaging": (8, ("kustomize", "helm")),
    "cloud": (9, ("aws", "gcp", "azure")),
    "local_tls": (10, (True, False)),
    "load_test_tool": (11, ("k6", "locust")),
}

# Free-text answers that stress naming: unicode, digits, a package name that
# differs from the slug.
NAMING_VARIANTS: dict[str, dict[str, str]] = {
    "default": {},
    "custom-names": {
        "project_name": "Zürich Blog 2",
        "project_slug": "zurich-blog-2",
        "package_name": "zblog",
        "description": "A blog for Zürich's cyclists.",
        "author_name": "Ada Lovelace",
        "author_email": "ada@example.org",
    },
}


@dataclass(frozen=True)
class Combination:
    language: str
    stage: int
    answers: Mapping[str, Any] = field(default_factory=dict)
    label: str = "default"

    @property
    def id(self) -> str:
        return f"{self.language}-s{self.stage}-{self.label}"

    def data(self) -> dict[str, Any]:
        return {"language": self.language, "stage": self.stage, **self.answers}


def pairwise(factors: Mapping[str, Sequence[Any]]) -> list[dict[str, Any]]:
    """A small set of rows in which every pair of values of two factors appears.

    Greedy: start from the first value of every factor (the defaults), then
    keep adding the candidate row that covers the most uncovered pairs.
    """
    names = list(factors)
    if len(names) < 2:
        return [{name: value} for name in names for value in factors[name]] or [{}]
    uncovered = {
        ((a, va), (b, vb))
        for a, b in itertools.combinations(names, 2)
        for va in factors[a]
        for vb in factors[b]
    }
    rows = [{name: factors[name][0] for name in names}]
    uncovered -= _pairs(rows[0], names)
    candidates = [
        dict(zip(names, values, strict=True))
        for values in itertools.product(*(factors[name] for name in names))
    ]
    while uncovered:
        best = max(candidates, key=lambda row: len(_pairs(row, names) & uncovered))
        rows.append(best)
        uncovered -= _pairs(best, names)
    return rows


def _pairs(
    row: Mapping[str, Any], names: list[str]
) -> set[tuple[tuple[str, Any], tuple[str, Any]]]:
    return {((a, row[a]), (b, row[b])) for a, b in itertools.combinations(names, 2)}


def buildable_combinations() -> list[Combination]:
    """Every combination the template can build today, pairwise over options."""
    combos: list[Combination] = []
    for stack in roadmap.STACKS.values():
        for stage in range(1, stack.built_up_to + 1):
            factors = {
                name: values for name, (start, values) in STAGE_OPTIONS.items() if stage >= start
            }
            for index, row in enumerate(pairwise(factors)):
                label = "default" if index == 0 else f"pairwise{index}"
                combos.append(Combination(stack.key, stage, row, label))
            for label, answers in NAMING_VARIANTS.items():
                if label != "default":
                    combos.append(Combination(stack.key, stage, answers, label))
    return combos


DATABASES = ("postgresql", "mysql", "mongodb")
# From stage 4: every database once, and each cache store with more than one database.
DATABASE_CACHES = (("postgresql", "redis"), ("mysql", "memory"), ("mongodb", "redis"))


# From stage 5: each auth mode, password hash and social login provider in some golden project.
DATABASE_AUTH: dict[str, dict[str, str]] = {
    "postgresql": {"auth": "jwt", "password_hashing": "argon2id", "oauth_provider": "github"},
    "mysql": {"auth": "session", "password_hashing": "bcrypt", "oauth_provider": "google"},
    "mongodb": {"auth": "session", "password_hashing": "argon2id", "oauth_provider": "none"},
}


def per_database(language: str, stage: int) -> list[Combination]:
    """The golden projects of a stage: one per database from stage 3, with its cache from 4
    and its auth choices from 5."""
    features = roadmap.derive_context({"stage": stage})["features"]
    if features["auth"]:
        return [
            Combination(
                language,
                stage,
                {"database": db, "cache": cache, **DATABASE_AUTH[db]},
                f"{db}-{cache}-{DATABASE_AUTH[db]['auth']}",
            )
            for db, cache in DATABASE_CACHES
        ]
    if features["cache"]:
        return [
            Combination(language, stage, {"database": db, "cache": cache}, f"{db}-{cache}")
            for db, cache in DATABASE_CACHES
        ]
    if features["database"]:
        return [Combination(language, stage, {"database": db}, db) for db in DATABASES]
    return [Combination(language, stage)]
