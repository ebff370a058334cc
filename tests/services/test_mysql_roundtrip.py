"""MySQL (MariaDB): write a row and read it back with PyMySQL."""

from __future__ import annotations

import uuid
from urllib.parse import unquote, urlsplit

import pymysql
import pytest

pytestmark = pytest.mark.services


def test_row_round_trips(mysql_url: str) -> None:
    url = urlsplit(mysql_url)
    assert url.scheme == "mysql"
    value = f"roundtrip-{uuid.uuid4()}"
    conn = pymysql.connect(
        host=url.hostname,
        port=url.port or 3306,
        user=unquote(url.username or ""),
        password=unquote(url.password or ""),
        database=url.path.lstrip("/"),
        charset="utf8mb4",
    )
    try:
        with conn.cursor() as cur:
            cur.execute(
                "CREATE TABLE IF NOT EXISTS services_roundtrip "
                "(id INT AUTO_INCREMENT PRIMARY KEY, value VARCHAR(100)) ENGINE=InnoDB"
            )
            cur.execute("INSERT INTO services_roundtrip (value) VALUES (%s)", (value,))
        conn.commit()
        with conn.cursor() as cur:
            cur.execute("SELECT value FROM services_roundtrip WHERE value = %s", (value,))
            assert cur.fetchone() == (value,)
            cur.execute("SELECT VERSION()")
            version = cur.fetchone()
            assert version is not None
            assert "MariaDB" in version[0]
    finally:
        conn.close()
