"""Install, start and stop real backing services on a bare Debian machine.

`scripts/services` is the entry point; each service lives in its own module and
implements the same `Service` interface from `servicekit.base`.
"""

from __future__ import annotations

from .base import Service
from .kafka import Kafka
from .mongodb import MongoDB
from .mysql import MySQL
from .postgresql import PostgreSQL
from .rabbitmq import RabbitMQ
from .redis import Redis

SERVICES: dict[str, type[Service]] = {
    cls.name: cls for cls in (PostgreSQL, MySQL, MongoDB, Redis, Kafka, RabbitMQ)
}

__all__ = ["SERVICES", "Service"]
