"""MongoDB wire protocol (FerretDB): insert, find, update and delete with pymongo."""

from __future__ import annotations

import uuid

import pymongo
import pytest
from pymongo.errors import OperationFailure

pytestmark = pytest.mark.services


def test_document_round_trips(mongodb_url: str) -> None:
    client: pymongo.MongoClient[dict[str, object]] = pymongo.MongoClient(
        mongodb_url, serverSelectionTimeoutMS=5000
    )
    try:
        items = client.get_default_database()["services_roundtrip"]
        key = str(uuid.uuid4())
        items.insert_one({"key": key, "tags": ["a", "b"], "n": 1})
        found = items.find_one({"key": key})
        assert found is not None
        assert found["tags"] == ["a", "b"]
        items.update_one({"key": key}, {"$inc": {"n": 1}})
        assert items.find_one({"key": key}, {"_id": 0, "n": 1}) == {"n": 2}
        assert items.delete_one({"key": key}).deleted_count == 1
    finally:
        client.close()


def test_wrong_password_is_refused(mongodb_url: str) -> None:
    bad = mongodb_url.replace(":roadmap@", ":wrong@")
    assert bad != mongodb_url
    client: pymongo.MongoClient[dict[str, object]] = pymongo.MongoClient(
        bad, serverSelectionTimeoutMS=5000
    )
    try:
        with pytest.raises(OperationFailure):
            client.get_default_database()["services_roundtrip"].find_one({})
    finally:
        client.close()
