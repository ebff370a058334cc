"""A MongoDB-wire server: FerretDB 1.x on its SQLite backend, built with Go.

MongoDB itself is not in Debian and cannot be downloaded here; FerretDB speaks the
MongoDB wire protocol and builds from the Go module proxy. FerretDB 2.x needs the
DocumentDB PostgreSQL extension, which Debian lacks, so we pin the 1.x line.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import struct
from pathlib import Path

from .base import DATABASE, HOST, PASSWORD, USER, Service, ServiceError, log, run

VERSION = "v1.24.2"
MODULE = "github.com/FerretDB/FerretDB"
PORT = 57017


def _bson(fields: list[tuple[str, int | str]]) -> bytes:
    body = b""
    for key, value in fields:
        name = key.encode() + b"\x00"
        if isinstance(value, int):
            body += b"\x10" + name + struct.pack("<i", value)
        else:
            raw = value.encode() + b"\x00"
            body += b"\x02" + name + struct.pack("<i", len(raw)) + raw
    return struct.pack("<i", len(body) + 5) + body + b"\x00"


def hello_ok(port: int = PORT) -> bool:
    """An OP_MSG `hello`; the reply document carries ok: 1.0 once the server serves."""
    doc = _bson([("hello", 1), ("$db", "admin")])
    payload = struct.pack("<I", 0) + b"\x00" + doc
    message = struct.pack("<iiii", 16 + len(payload), 1, 0, 2013) + payload
    try:
        with socket.create_connection((HOST, port), timeout=2) as conn:
            conn.sendall(message)
            reply = b""
            while len(reply) < 4 or len(reply) < struct.unpack("<i", reply[:4])[0]:
                chunk = conn.recv(65536)
                if not chunk:
                    return False
                reply += chunk
    except OSError:
        return False
    ok_double_one = b"\x01ok\x00" + struct.pack("<d", 1.0)
    return struct.unpack("<i", reply[12:16])[0] == 2013 and ok_double_one in reply


class MongoDB(Service):
    name = "mongodb"
    version = VERSION
    ports = (PORT,)
    processes = ("ferretdb",)

    @property
    def binary(self) -> Path:
        return self.cache / f"ferretdb-{VERSION}" / "ferretdb"

    def installed_version(self) -> str:
        return f"ferretdb {VERSION}" if self.binary.exists() else "not installed"

    def check_version(self) -> None:
        if not self.binary.exists():
            raise ServiceError(f"mongodb: {self.binary} missing")

    def url(self) -> str:
        return f"mongodb://{USER}:{PASSWORD}@{HOST}:{PORT}/{DATABASE}"

    def env(self) -> dict[str, str]:
        return {"MONGODB_URL": self.url(), "DATABASE_URL": self.url()}

    def ready(self) -> bool:
        return hello_ok()

    def install(self) -> None:
        if self.binary.exists():
            return
        go = shutil.which("go") or shutil.which("go", path="/usr/local/go/bin")
        if go is None:
            # Debian bookworm's golang (1.19) is too old for FerretDB 1.24.
            raise ServiceError("mongodb: building FerretDB needs Go >= 1.22 on PATH")
        gocache = self.cache / "go"
        env = {
            "GOMODCACHE": str(gocache / "mod"),
            "GOCACHE": str(gocache / "build"),
            "GOFLAGS": "-mod=mod",
            "GOTOOLCHAIN": "local",  # never try to download another toolchain
            "CGO_ENABLED": "0",
        }
        log(self.name, f"building FerretDB {VERSION} from the Go module proxy")
        info = json.loads(
            run([go, "mod", "download", "-json", f"{MODULE}@{VERSION}"], env=env, attempts=3).stdout
        )
        # The module zip lacks build/version/version.txt, which FerretDB's own release
        # build generates; without it the binary panics at start. Build from a copy.
        src = self.cache / f"ferretdb-{VERSION}-src"
        shutil.rmtree(src, ignore_errors=True)
        shutil.copytree(info["Dir"], src)
        for root, dirs, files in os.walk(src):
            for entry in dirs + files:
                (Path(root) / entry).chmod(0o755 if entry in dirs else 0o644)
        (src / "build" / "version" / "version.txt").write_text(VERSION + "\n")
        self.binary.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.binary.with_suffix(".tmp")
        run(
            [go, "build", "-buildvcs=false", "-trimpath", "-o", str(tmp), "./cmd/ferretdb"],
            env=env,
            cwd=src,
            timeout=1800,
            attempts=2,
        )
        tmp.rename(self.binary)
        shutil.rmtree(src, ignore_errors=True)

    def start(self) -> None:
        data, state = self.dir / "data", self.dir / "state"
        data.mkdir(parents=True, exist_ok=True)
        state.mkdir(parents=True, exist_ok=True)
        self.spawn(
            "ferretdb",
            [
                str(self.binary),
                "--handler=sqlite",
                f"--sqlite-url=file:{data}/",
                f"--state-dir={state}",
                f"--listen-addr={HOST}:{PORT}",
                "--debug-addr=-",
                "--telemetry=disable",
                # The new authentication enforces SCRAM users like MongoDB does; the setup
                # flags create the documented user on first start.
                "--test-enable-new-auth",
                f"--setup-database={DATABASE}",
                f"--setup-username={USER}",
                f"--setup-password={PASSWORD}",
            ],
        )
