"""Redis: write a key and read it back with redis-py."""

from __future__ import annotations

import uuid

import pytest
import redis

pytestmark = pytest.mark.services


def test_key_round_trips(redis_url: str) -> None:
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    try:
        key = f"services:roundtrip:{uuid.uuid4()}"
        assert client.set(key, "value", ex=60)
        assert client.get(key) == "value"
        assert 0 < client.ttl(key) <= 60
        assert client.delete(key) == 1
    finally:
        client.close()
