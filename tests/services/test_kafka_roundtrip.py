"""Kafka: produce one message, consume it in a group and commit its offset (aiokafka)."""

from __future__ import annotations

import asyncio
import uuid

import pytest

# aiokafka ships no type information.
from aiokafka import (  # type: ignore[import-untyped]
    AIOKafkaConsumer,
    AIOKafkaProducer,
    TopicPartition,
)

pytestmark = pytest.mark.services


async def _round_trip(bootstrap: str) -> None:
    topic = f"services-roundtrip-{uuid.uuid4().hex[:12]}"
    payload = uuid.uuid4().bytes
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        meta = await producer.send_and_wait(topic, payload, key=b"k")
    finally:
        await producer.stop()

    group = f"services-roundtrip-{uuid.uuid4().hex[:12]}"
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await consumer.start()
    try:
        record = await asyncio.wait_for(consumer.getone(), timeout=60)
        assert record.value == payload
        assert record.offset == meta.offset
        tp = TopicPartition(topic, record.partition)
        await consumer.commit({tp: record.offset + 1})
        assert await consumer.committed(tp) == record.offset + 1
    finally:
        await consumer.stop()


def test_message_is_produced_consumed_and_committed(kafka_bootstrap_servers: str) -> None:
    asyncio.run(asyncio.wait_for(_round_trip(kafka_bootstrap_servers), timeout=120))
