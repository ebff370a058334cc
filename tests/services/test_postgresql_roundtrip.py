"""PostgreSQL: a row written on the primary is read back there and from the replica."""

from __future__ import annotations

import time
import uuid

import psycopg
import pytest

pytestmark = pytest.mark.services


def test_primary_write_is_read_back_from_primary_and_replica(
    postgresql_url: str, postgresql_read_url: str
) -> None:
    value = f"roundtrip-{uuid.uuid4()}"
    with psycopg.connect(postgresql_url) as conn:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS services_roundtrip (id serial PRIMARY KEY, value text)"
        )
        conn.execute("INSERT INTO services_roundtrip (value) VALUES (%s)", (value,))
        conn.commit()
        row = conn.execute(
            "SELECT value FROM services_roundtrip WHERE value = %s", (value,)
        ).fetchone()
        assert row == (value,)

    with psycopg.connect(postgresql_read_url, autocommit=True) as replica:
        assert replica.execute("SELECT pg_is_in_recovery()").fetchone() == (True,)
        deadline = time.monotonic() + 10
        found = None
        while found is None and time.monotonic() < deadline:
            found = replica.execute(
                "SELECT value FROM services_roundtrip WHERE value = %s", (value,)
            ).fetchone()
            if found is None:
                time.sleep(0.1)  # streaming replication is asynchronous
        assert found == (value,), "the replica never received the row written on the primary"
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            replica.execute("INSERT INTO services_roundtrip (value) VALUES ('nope')")
