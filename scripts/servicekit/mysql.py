"""MariaDB from Debian's packages (the `mysql` service)."""

from __future__ import annotations

import shutil
from pathlib import Path

from .base import DATABASE, HOST, PASSWORD, USER, Service, run

PORT = 53306
OS_USER = "mysql"


class MySQL(Service):
    name = "mysql"
    packages = ("mariadb-server", "mariadb-client")
    version = "10.11."
    ports = (PORT,)
    processes = ("mariadbd",)

    @property
    def datadir(self) -> Path:
        return self.dir / "data"

    @property
    def socket(self) -> Path:
        return self.dir / "sock" / "mysqld.sock"

    def installed_version(self) -> str:
        version = super().installed_version()
        return version.split(":", 1)[-1]  # drop Debian's epoch "1:"

    def url(self) -> str:
        return f"mysql://{USER}:{PASSWORD}@{HOST}:{PORT}/{DATABASE}"

    def env(self) -> dict[str, str]:
        return {"MYSQL_URL": self.url(), "DATABASE_URL": self.url()}

    def _client(self, sql: str, *, admin: bool, check: bool = True) -> str | None:
        # The admin logs in as root over the socket (unix_socket auth, we are root);
        # the readiness check logs in over TCP with the documented password.
        if admin:
            conn = ["-S", str(self.socket), "-u", "root"]
        else:
            conn = ["-h", HOST, "-P", str(PORT), "-u", USER, f"-p{PASSWORD}", DATABASE]
        proc = run(
            ["mariadb", "--no-defaults", "--connect-timeout=2", *conn, "-N", "-B", "-e", sql],
            check=check,
            timeout=15,
        )
        return proc.stdout.strip() if proc.returncode == 0 else None

    def ready(self) -> bool:
        return self._client("SELECT 1", admin=False, check=False) == "1"

    def start(self) -> None:
        sock_dir = self.socket.parent
        for path in (self.datadir, sock_dir):
            path.mkdir(parents=True, exist_ok=True)
            shutil.chown(path, OS_USER, OS_USER)
        if not (self.datadir / "mysql").exists():
            run(
                [
                    "mariadb-install-db",
                    "--no-defaults",
                    f"--datadir={self.datadir}",
                    f"--user={OS_USER}",
                    "--auth-root-authentication-method=socket",
                    "--skip-test-db",
                ]
            )
        self.spawn(
            "mariadbd",
            [
                "mariadbd",
                "--no-defaults",
                f"--datadir={self.datadir}",
                f"--user={OS_USER}",
                f"--port={PORT}",
                f"--bind-address={HOST}",
                f"--socket={self.socket}",
                f"--pid-file={sock_dir / 'mariadbd.pid'}",
                "--skip-name-resolve",
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci",
                # Keep the idle footprint small: these are test databases.
                "--performance-schema=OFF",
                "--innodb-buffer-pool-size=64M",
                "--innodb-flush-log-at-trx-commit=2",
                "--max-connections=200",
            ],
        )
        self.wait_for(
            "the server socket",
            lambda: self._client("SELECT 1", admin=True, check=False) == "1",
        )
        marker = self.dir / "bootstrapped"
        if not marker.exists():
            statements = [f"CREATE DATABASE IF NOT EXISTS {DATABASE}"]
            for host in ("%", "localhost"):
                statements += [
                    f"CREATE USER IF NOT EXISTS '{USER}'@'{host}' IDENTIFIED BY '{PASSWORD}'",
                    # All privileges so tests may create and drop their own databases.
                    f"GRANT ALL PRIVILEGES ON *.* TO '{USER}'@'{host}' WITH GRANT OPTION",
                ]
            self._client(";".join(statements), admin=True)
            marker.write_text("user and database created\n")
