"""RabbitMQ: publish one persistent message, consume it and acknowledge it (aio-pika)."""

from __future__ import annotations

import asyncio
import uuid

import aio_pika
import pytest

pytestmark = pytest.mark.services


async def _round_trip(url: str) -> None:
    connection = await aio_pika.connect(url, timeout=10)
    async with connection:
        channel = await connection.channel()
        queue = await channel.declare_queue(f"services-roundtrip-{uuid.uuid4().hex[:12]}")
        body = uuid.uuid4().bytes
        await channel.default_exchange.publish(
            aio_pika.Message(body, delivery_mode=aio_pika.DeliveryMode.PERSISTENT),
            routing_key=queue.name,
        )
        message = None
        for _ in range(50):
            message = await queue.get(no_ack=False, fail=False)
            if message is not None:
                break
            await asyncio.sleep(0.1)
        assert message is not None, "the published message never arrived"
        assert message.body == body
        await message.ack()
        # Acknowledged, so the broker has nothing left to redeliver.
        again = await channel.declare_queue(queue.name, passive=True)
        assert again.declaration_result.message_count == 0
        await queue.delete()


def test_message_is_published_consumed_and_acked(rabbitmq_url: str) -> None:
    asyncio.run(asyncio.wait_for(_round_trip(rabbitmq_url), timeout=60))
