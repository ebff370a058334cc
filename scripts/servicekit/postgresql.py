"""PostgreSQL 15 from Debian's packages: a primary and a streaming read replica."""

from __future__ import annotations

import shutil
import signal
from pathlib import Path

from .base import DATABASE, HOST, PASSWORD, USER, Service, run

BIN = Path("/usr/lib/postgresql/15/bin")
PRIMARY_PORT = 55432
REPLICA_PORT = 55433
OS_USER = "postgres"  # postgres refuses to run as root
REPLICATOR = "replicator"


class PostgreSQL(Service):
    name = "postgresql"
    packages = ("postgresql-15", "postgresql-client-15")
    version = "15."
    ports = (PRIMARY_PORT, REPLICA_PORT)
    processes = ("primary", "replica")
    # SIGINT is PostgreSQL's "fast" shutdown; SIGTERM would wait for clients to leave.
    stop_signal = signal.SIGINT

    @property
    def socket_dir(self) -> Path:
        return self.dir / "sock"

    def url(self, port: int) -> str:
        return f"postgresql://{USER}:{PASSWORD}@{HOST}:{port}/{DATABASE}"

    def env(self) -> dict[str, str]:
        return {
            "POSTGRESQL_URL": self.url(PRIMARY_PORT),
            "POSTGRESQL_READ_URL": self.url(REPLICA_PORT),
            "DATABASE_URL": self.url(PRIMARY_PORT),
            "DATABASE_READ_URL": self.url(REPLICA_PORT),
        }

    def _server_argv(self, datadir: Path, port: int) -> list[str]:
        return [
            str(BIN / "postgres"),
            "-D",
            str(datadir),
            "-c",
            f"port={port}",
            "-c",
            f"listen_addresses={HOST}",
            "-c",
            f"unix_socket_directories={self.socket_dir}",
            # Test data: losing it on an OS crash is fine, waiting for disks is not.
            "-c",
            "fsync=off",
            "-c",
            "max_connections=200",
        ]

    def _superuser_psql(self, port: int, sql: str) -> list[str]:
        """psql as the superuser over the Unix socket (trusted, local admin only)."""
        connection = [
            "-h",
            str(self.socket_dir),
            "-p",
            str(port),
            "-U",
            "postgres",
            "-d",
            "postgres",
        ]
        return [str(BIN / "psql"), *connection, "-v", "ON_ERROR_STOP=1", "-tAc", sql]

    def _psql(self, port: int, sql: str) -> str:
        """Run SQL as the superuser; fail loudly when it fails."""
        return run(self._superuser_psql(port, sql)).stdout.strip()

    def _client_answers(self, port: int, sql: str) -> str | None:
        """Log in over TCP as the documented user, as an application would."""
        proc = run(
            [str(BIN / "psql"), self.url(port), "-tAc", sql, "-v", "ON_ERROR_STOP=1"],
            env={"PGCONNECT_TIMEOUT": "2"},
            check=False,
            timeout=10,
        )
        return proc.stdout.strip() if proc.returncode == 0 else None

    def ready(self) -> bool:
        return (
            self._client_answers(PRIMARY_PORT, "select pg_is_in_recovery()") == "f"
            and self._client_answers(REPLICA_PORT, "select pg_is_in_recovery()") == "t"
        )

    def start(self) -> None:
        primary, replica = self.dir / "primary", self.dir / "replica"
        for path in (self.dir, self.socket_dir):
            path.mkdir(parents=True, exist_ok=True)
            shutil.chown(path, OS_USER, OS_USER)
        if not (primary / "PG_VERSION").exists():
            shutil.rmtree(primary, ignore_errors=True)
            run(
                [
                    str(BIN / "initdb"),
                    "-D",
                    str(primary),
                    "-U",
                    "postgres",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                    "--auth-local=trust",
                    "--auth-host=scram-sha-256",
                ],
                user=OS_USER,
            )
        self.spawn("primary", self._server_argv(primary, PRIMARY_PORT), user=OS_USER)
        self.wait_for("the primary", lambda: self._superuser_answers(PRIMARY_PORT))
        bootstrapped = self.dir / "bootstrapped"
        if not bootstrapped.exists():
            # Each step checks first, so a bootstrap cut short can simply run again.
            # (SQL built from this module's constants only, never from input.)
            roles = {USER: ("CREATEDB", PASSWORD), REPLICATOR: ("REPLICATION", REPLICATOR)}
            for role, (power, password) in roles.items():
                exists = f"SELECT 1 FROM pg_roles WHERE rolname='{role}'"  # noqa: S608
                if not self._psql(PRIMARY_PORT, exists):
                    create = f"CREATE ROLE {role} LOGIN {power} PASSWORD '{password}'"
                    self._psql(PRIMARY_PORT, create)
            exists = f"SELECT 1 FROM pg_database WHERE datname='{DATABASE}'"  # noqa: S608
            if not self._psql(PRIMARY_PORT, exists):
                self._psql(PRIMARY_PORT, f"CREATE DATABASE {DATABASE} OWNER {USER}")
            bootstrapped.write_text("roles and database created\n")
        if not (replica / "PG_VERSION").exists():
            shutil.rmtree(replica, ignore_errors=True)
            # -R writes standby.signal and primary_conninfo: a streaming replica.
            run(
                [
                    str(BIN / "pg_basebackup"),
                    "-h",
                    HOST,
                    "-p",
                    str(PRIMARY_PORT),
                    "-U",
                    REPLICATOR,
                    "-D",
                    str(replica),
                    "-R",
                    "-X",
                    "stream",
                    "-c",
                    "fast",
                ],
                user=OS_USER,
                env={"PGPASSWORD": REPLICATOR},
            )
        self.spawn("replica", self._server_argv(replica, REPLICA_PORT), user=OS_USER)

    def _superuser_answers(self, port: int) -> bool:
        proc = run(self._superuser_psql(port, "select 1"), check=False, timeout=10)
        return proc.returncode == 0
