"""A database of its own for each generated project that migrates and runs.

The golden and conformance projects of every stage share one server per
database, but not one schema: stage 5 adds migration 0002, which a stage-3
project does not know, so a stage-3 `make migrate` after a stage-5 one on the
same database would fail. Each such project gets a database named for its
combination, dropped and created empty when the project is made.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pymongo
import pymysql
from psycopg import sql

# Which project uses which database; `project_env` hands it to every command.
DATABASE_URLS: dict[str, str] = {}


def database_name(combination_id: str) -> str:
    return "p_" + re.sub(r"[^a-z0-9]+", "_", combination_id.lower())[:60]


def fresh_database(server_url: str, name: str) -> str:
    """Drop and create database `name` on the server of `server_url`; return its URL."""
    parts = urlsplit(server_url)
    if parts.scheme.startswith("postgresql"):
        server = urlunsplit(parts._replace(scheme="postgresql"))
        database = sql.Identifier(name)
        with psycopg.connect(server, autocommit=True) as db:
            db.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(database))
            db.execute(sql.SQL("CREATE DATABASE {}").format(database))
        return urlunsplit(parts._replace(path=f"/{name}"))
    if parts.scheme.startswith("mysql"):
        connection = pymysql.connect(
            host=parts.hostname,
            port=parts.port or 3306,
            user=parts.username,
            password=parts.password or "",
        )
        with connection, connection.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS `{name}`")
            cursor.execute(f"CREATE DATABASE `{name}`")
        return urlunsplit(parts._replace(path=f"/{name}"))
    if parts.scheme.startswith("mongodb"):
        client: pymongo.MongoClient[dict[str, Any]] = pymongo.MongoClient(server_url)
        with client:
            client.drop_database(name)
        # The user is defined in the server URL's database: authenticate there.
        source = parts.path.lstrip("/") or "admin"
        query = "&".join(filter(None, [parts.query, f"authSource={source}"]))
        return urlunsplit(parts._replace(path=f"/{name}", query=query))
    raise ValueError(f"no database server at {server_url}")
