"""RabbitMQ from Debian's rabbitmq-server package, as a plain node on loopback."""

from __future__ import annotations

import socket
from pathlib import Path

from .base import HOST, PASSWORD, USER, Service, run

PORT = 55672
DIST_PORT = 55673  # Erlang distribution; the default (PORT + 20000) is past 65535
EPMD_PORT = 54369  # our own epmd, so a system one on 4369 is left alone
SERVER = "/usr/lib/rabbitmq/bin/rabbitmq-server"


def amqp_answers(port: int = PORT) -> bool:
    """Send the AMQP 0-9-1 protocol header; a broker answers with a Connection.Start frame."""
    try:
        with socket.create_connection((HOST, port), timeout=2) as conn:
            conn.sendall(b"AMQP\x00\x00\x09\x01")
            frame = conn.recv(11)
    except OSError:
        return False
    # frame type 1 (method), channel 0, ..., class 10 (connection), method 10 (start)
    return len(frame) >= 11 and frame[0] == 1 and frame[7:11] == b"\x00\x0a\x00\x0a"


class RabbitMQ(Service):
    name = "rabbitmq"
    packages = ("rabbitmq-server",)
    version = "3.10."
    ports = (PORT, DIST_PORT, EPMD_PORT)
    processes = ("rabbitmq-server",)
    start_timeout = 180

    def env(self) -> dict[str, str]:
        return {"RABBITMQ_URL": f"amqp://{USER}:{PASSWORD}@{HOST}:{PORT}/%2F"}

    def ready(self) -> bool:
        return amqp_answers()

    def _env(self) -> dict[str, str]:
        d = self.dir
        return {
            "HOME": str(d / "home"),  # the Erlang cookie is written here
            "RABBITMQ_NODENAME": "roadmap@localhost",
            "RABBITMQ_NODE_IP_ADDRESS": HOST,
            "RABBITMQ_NODE_PORT": str(PORT),
            "RABBITMQ_DIST_PORT": str(DIST_PORT),
            "RABBITMQ_MNESIA_BASE": str(d / "mnesia"),
            "RABBITMQ_LOG_BASE": str(d / "logs"),
            "RABBITMQ_LOGS": "-",  # to stdout, i.e. logs/rabbitmq-server.log
            "RABBITMQ_CONFIG_FILE": str(d / "rabbitmq.conf"),
            "RABBITMQ_ADVANCED_CONFIG_FILE": str(d / "advanced.config"),
            "RABBITMQ_CONF_ENV_FILE": str(d / "rabbitmq-env.conf"),
            "RABBITMQ_ENABLED_PLUGINS_FILE": str(d / "enabled_plugins"),
            "RABBITMQ_PID_FILE": str(d / "run" / "beam.pid"),
            "RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS": "-kernel inet_dist_use_interface {127,0,0,1}",
            "ERL_EPMD_PORT": str(EPMD_PORT),
            "ERL_EPMD_ADDRESS": HOST,
        }

    def start(self) -> None:
        d = self.dir
        for sub in ("home", "mnesia", "logs"):
            (d / sub).mkdir(parents=True, exist_ok=True)
        _write(d / "rabbitmq-env.conf", "")
        _write(d / "enabled_plugins", "[].\n")  # no management plugin, no extra ports
        _write(
            d / "rabbitmq.conf",
            f"listeners.tcp.default = {HOST}:{PORT}\n"
            f"default_user = {USER}\n"
            f"default_pass = {PASSWORD}\n"
            "loopback_users = none\n"
            "vm_memory_high_watermark.relative = 0.2\n",
        )
        self.spawn("rabbitmq-server", [SERVER], env=self._env())

    def after_stop(self) -> None:
        # epmd daemonizes out of the node's process group; ask it to exit.
        run(["epmd", "-kill"], env=self._env(), check=False, timeout=10)


def _write(path: Path, text: str) -> None:
    if not path.exists() or path.read_text() != text:
        path.write_text(text)
