"""What the MongoDB-wire server (FerretDB 1.x) lacks, pinned so docs/services.md stays true.

If one of these starts passing after a FerretDB upgrade, update the table in
docs/services.md and delete the case here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pymongo
import pytest
from pymongo.collection import Collection
from pymongo.database import Database
from pymongo.errors import OperationFailure

pytestmark = pytest.mark.services

Doc = dict[str, Any]


@pytest.fixture
def db(mongodb_url: str) -> Iterator[Database[Doc]]:
    client: pymongo.MongoClient[Doc] = pymongo.MongoClient(
        mongodb_url, serverSelectionTimeoutMS=5000
    )
    database = client.get_default_database()
    yield database
    client.close()


@pytest.fixture
def coll(db: Database[Doc]) -> Iterator[Collection[Doc]]:
    collection = db[f"gaps_{uuid.uuid4().hex[:8]}"]
    collection.insert_many([{"k": i % 2, "v": i} for i in range(4)])
    yield collection
    collection.drop()


def _transaction(db: Database[Doc], coll: Collection[Doc]) -> None:
    with db.client.start_session() as session, session.start_transaction():
        coll.insert_one({"in": "transaction"}, session=session)


GAPS: dict[str, Callable[[Database[Doc], Collection[Doc]], object]] = {
    "multi-document transactions": _transaction,
    "$jsonSchema validator": lambda db, c: db.create_collection(
        f"v_{uuid.uuid4().hex[:8]}", validator={"$jsonSchema": {"required": ["name"]}}
    ),
    "collMod": lambda db, c: db.command("collMod", c.name, validator={}),
    "change streams": lambda db, c: c.watch().try_next(),
    "TTL index": lambda db, c: c.create_index("at", expireAfterSeconds=60),
    "partial index": lambda db, c: c.create_index(
        "p", partialFilterExpression={"p": {"$exists": True}}
    ),
    "text index": lambda db, c: c.create_index([("body", "text")]),
    "$lookup": lambda db, c: list(
        c.aggregate(
            [{"$lookup": {"from": c.name, "localField": "k", "foreignField": "k", "as": "j"}}]
        )
    ),
    "$facet": lambda db, c: list(c.aggregate([{"$facet": {"n": [{"$count": "c"}]}}])),
    "$cond expression": lambda db, c: list(
        c.aggregate([{"$addFields": {"big": {"$cond": [{"$gt": ["$v", 1]}, 1, 0]}}}])
    ),
    "collation": lambda db, c: list(c.find({}, collation={"locale": "en", "strength": 2})),
}


@pytest.mark.parametrize("feature", sorted(GAPS))
def test_feature_is_missing(feature: str, db: Database[Doc], coll: Collection[Doc]) -> None:
    with pytest.raises(OperationFailure):
        GAPS[feature](db, coll)


def test_what_generated_code_can_rely_on(coll: Collection[Doc]) -> None:
    grouped = list(
        coll.aggregate([{"$group": {"_id": "$k", "s": {"$sum": "$v"}}}, {"$sort": {"_id": 1}}])
    )
    assert grouped == [{"_id": 0, "s": 2}, {"_id": 1, "s": 4}]
    coll.create_index("email", unique=True)
    coll.insert_one({"email": "a@example.org"})
    with pytest.raises(pymongo.errors.DuplicateKeyError):
        coll.insert_one({"email": "a@example.org"})
    counter = coll.find_one_and_update(
        {"_id": "seq"},
        {"$inc": {"n": 1}},
        upsert=True,
        return_document=pymongo.ReturnDocument.AFTER,
    )
    assert counter == {"_id": "seq", "n": 1}
    assert [d["v"] for d in coll.find({"v": {"$exists": True}}).sort("v", -1).skip(1).limit(2)] == [
        2,
        1,
    ]
