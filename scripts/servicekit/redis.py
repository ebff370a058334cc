"""Redis from Debian's redis-server package."""

from __future__ import annotations

import socket

from .base import HOST, Service

PORT = 56379


def ping(port: int = PORT) -> bool:
    """A RESP PING: the server answers +PONG once it serves commands."""
    try:
        with socket.create_connection((HOST, port), timeout=2) as conn:
            conn.sendall(b"PING\r\n")
            return conn.recv(64).startswith(b"+PONG")
    except OSError:
        return False


class Redis(Service):
    name = "redis"
    packages = ("redis-server", "redis-tools")
    version = "7.0."
    ports = (PORT,)
    processes = ("redis-server",)

    def installed_version(self) -> str:
        version = super().installed_version()
        return version.split(":", 1)[-1]  # drop Debian's epoch "5:"

    def env(self) -> dict[str, str]:
        return {"REDIS_URL": f"redis://{HOST}:{PORT}/0"}

    def ready(self) -> bool:
        return ping()

    def start(self) -> None:
        data = self.dir / "data"
        data.mkdir(parents=True, exist_ok=True)
        self.spawn(
            "redis-server",
            [
                "redis-server",
                "--port",
                str(PORT),
                "--bind",
                HOST,
                "--dir",
                str(data),
                "--daemonize",
                "no",
                # Snapshot on shutdown and every minute, so `restart` keeps the data.
                "--save",
                "60 1",
                "--appendonly",
                "no",
                "--logfile",
                "",
            ],
        )
