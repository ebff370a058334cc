"""Fixtures handing each round-trip test the URL of a real, running service.

A service is given by the variables `scripts/services env NAME` prints. Locally an
absent service skips its tests, naming the command that starts it; under CI
(`CI=true`) an absent service fails them, so a broken `.ci/run` cannot go green.
"""

from __future__ import annotations

import os
import socket
from urllib.parse import urlsplit

import pytest


def _answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=2):
            return True
    except OSError:
        return False


def require(service: str, variable: str) -> str:
    """The variable's value if the service answers on it; else skip (locally) or fail (CI)."""
    value = os.environ.get(variable, "")
    if not value:
        problem = f"${variable} is not set"
    else:
        first = value.split(",")[0]
        parts = urlsplit(first if "://" in first else f"tcp://{first}")
        host, port = parts.hostname or "127.0.0.1", parts.port
        problem = "" if port and _answers(host, port) else f"nothing answers at {host}:{port}"
    if problem:
        message = (
            f"{service} is not available ({problem}). Start it with: "
            f'scripts/services up {service} && eval "$(scripts/services env {service})"'
        )
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true and {message}")
        pytest.skip(message)
    return value


@pytest.fixture
def postgresql_url() -> str:
    return require("postgresql", "POSTGRESQL_URL")


@pytest.fixture
def postgresql_read_url() -> str:
    return require("postgresql", "POSTGRESQL_READ_URL")


@pytest.fixture
def mysql_url() -> str:
    return require("mysql", "MYSQL_URL")


@pytest.fixture
def mongodb_url() -> str:
    return require("mongodb", "MONGODB_URL")


@pytest.fixture
def redis_url() -> str:
    return require("redis", "REDIS_URL")


@pytest.fixture
def kafka_bootstrap_servers() -> str:
    return require("kafka", "KAFKA_BOOTSTRAP_SERVERS")


@pytest.fixture
def rabbitmq_url() -> str:
    return require("rabbitmq", "RABBITMQ_URL")
