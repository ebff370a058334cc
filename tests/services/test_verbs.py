"""The `scripts/services` verbs themselves: env names, idempotent up, stop and restart."""

from __future__ import annotations

import os
import re
import socket
import time
import uuid
from pathlib import Path

import pytest
import redis

from tests.helpers.services import run_services

pytestmark = pytest.mark.services

ALL = ("postgresql", "mysql", "mongodb", "redis", "kafka", "rabbitmq")


def exports(*names: str) -> dict[str, str]:
    result = run_services("env", *names)
    assert result.returncode == 0, result.stderr
    pairs = {}
    for line in result.stdout.splitlines():
        match = re.fullmatch(r"export ([A-Z_]+)=(\S+)", line)
        assert match, f"not an export line: {line!r}"
        pairs[match[1]] = match[2]
    return pairs


def test_env_prints_the_documented_names() -> None:
    assert exports(*ALL) == {
        "POSTGRESQL_URL": "postgresql://roadmap:roadmap@127.0.0.1:55432/roadmap",
        "POSTGRESQL_READ_URL": "postgresql://roadmap:roadmap@127.0.0.1:55433/roadmap",
        "MYSQL_URL": "mysql://roadmap:roadmap@127.0.0.1:53306/roadmap",
        "MONGODB_URL": "mongodb://roadmap:roadmap@127.0.0.1:57017/roadmap",
        # mongodb is the last database named, so DATABASE_URL is its URL and there is
        # no read URL (that belongs to PostgreSQL only).
        "DATABASE_URL": "mongodb://roadmap:roadmap@127.0.0.1:57017/roadmap",
        "REDIS_URL": "redis://127.0.0.1:56379/0",
        "KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:59092",
        "RABBITMQ_URL": "amqp://roadmap:roadmap@127.0.0.1:55672/%2F",
    }


def test_database_url_follows_the_last_database_named() -> None:
    pg = exports("postgresql")
    assert pg["DATABASE_URL"] == pg["POSTGRESQL_URL"]
    assert pg["DATABASE_READ_URL"] == pg["POSTGRESQL_READ_URL"]
    both = exports("postgresql", "mysql")
    assert both["DATABASE_URL"] == both["MYSQL_URL"]
    assert "DATABASE_READ_URL" not in both
    assert "POSTGRESQL_URL" in both
    assert exports("mysql", "postgresql")["DATABASE_URL"] == pg["POSTGRESQL_URL"]


def test_unknown_service_is_refused() -> None:
    result = run_services("up", "oracle")
    assert result.returncode != 0
    assert "unknown service" in result.stderr


def redis_pid() -> int | None:
    result = run_services("status", "redis")
    assert result.returncode == 0, result.stderr
    match = re.search(r"redis-server=(\d+)", result.stdout)
    if match is None or "running" not in result.stdout:
        return None
    return int(match[1])


def pid_running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state not in {"Z", "X"}


def port_answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def test_up_of_a_running_service_is_a_no_op(redis_url: str) -> None:
    before = redis_pid()
    assert before is not None, "redis answers but was not started by scripts/services"
    started = time.monotonic()
    result = run_services("up", "redis")
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started < 5
    assert "already running" in result.stderr
    assert redis_pid() == before


@pytest.mark.skipif(os.geteuid() != 0, reason="stopping services needs the user that started them")
def test_stop_and_restart_keep_the_data(redis_url: str) -> None:
    key, value = f"services:restart:{uuid.uuid4()}", "survives"
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    client.set(key, value)
    client.close()
    first = redis_pid()
    assert first is not None

    try:
        stopped = run_services("stop", "redis")
        assert stopped.returncode == 0, stopped.stderr
        assert not pid_running(first)
        assert not port_answers(56379)
        assert redis_pid() is None

        restarted = run_services("restart", "redis")
        assert restarted.returncode == 0, restarted.stderr
        second = redis_pid()
        assert second is not None
        assert second != first

        again = run_services("restart", "redis")
        assert again.returncode == 0, again.stderr
        third = redis_pid()
        assert third not in (None, second)
    finally:
        # Leave redis running for the other tests whatever happened above.
        run_services("up", "redis")

    client = redis.Redis.from_url(redis_url, decode_responses=True)
    try:
        assert client.get(key) == value, "the data dir was not kept across stop/restart"
        client.delete(key)
    finally:
        client.close()
