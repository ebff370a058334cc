"""Apache Kafka, single-node KRaft, assembled from its Maven Central jars."""

from __future__ import annotations

import base64
import shutil
import socket
import struct
import uuid
from pathlib import Path

from .base import HOST, Service, ServiceError, log, run, which

VERSION = "4.1.1"
LOG4J_VERSION = "2.24.3"  # the log4j2 that kafka 4.1.1 itself depends on
PORT = 59092
CONTROLLER_PORT = 59093
HEAP = ["-Xms128m", "-Xmx512m"]

POM = f"""<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>backend-roadmap</groupId>
  <artifactId>kafka-server</artifactId>
  <version>{VERSION}</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.apache.kafka</groupId>
      <artifactId>kafka_2.13</artifactId>
      <version>{VERSION}</version>
    </dependency>
    <!-- kafka logs through slf4j 1.x; this routes it to log4j2 -->
    <dependency>
      <groupId>org.apache.logging.log4j</groupId>
      <artifactId>log4j-slf4j-impl</artifactId>
      <version>{LOG4J_VERSION}</version>
    </dependency>
  </dependencies>
</project>
"""

LOG4J2 = """status = warn
appender.out.type = Console
appender.out.name = out
appender.out.layout.type = PatternLayout
appender.out.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.out.ref = out
logger.kafka.name = kafka
logger.kafka.level = INFO
logger.apache.name = org.apache.kafka
logger.apache.level = INFO
"""


def api_versions_ok(port: int = PORT) -> bool:
    """A Kafka ApiVersions v0 request; error code 0 means the broker serves requests."""
    client = b"services"
    body = struct.pack(">hhih", 18, 0, 1, len(client)) + client
    try:
        with socket.create_connection((HOST, port), timeout=2) as conn:
            conn.sendall(struct.pack(">i", len(body)) + body)
            head = _recv_exact(conn, 10)
    except OSError:
        return False
    correlation: int
    error: int
    _size, correlation, error = struct.unpack(">iih", head)
    return correlation == 1 and error == 0


def _recv_exact(conn: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = conn.recv(size - len(data))
        if not chunk:
            raise OSError("connection closed")
        data += chunk
    return data


class Kafka(Service):
    name = "kafka"
    version = VERSION
    ports = (PORT, CONTROLLER_PORT)
    processes = ("kafka",)
    start_timeout = 180

    @property
    def libs(self) -> Path:
        return self.cache / f"kafka-{VERSION}" / "libs"

    def needed_packages(self) -> list[str]:
        # Java 17 and Maven are on the CI image; a bare machine gets Debian's.
        needed = []
        if which("java") is None:
            needed.append("openjdk-17-jre-headless")
        if which("mvn") is None:
            needed.append("maven")
        return needed

    def installed_version(self) -> str:
        jar = self.libs / f"kafka_2.13-{VERSION}.jar"
        return VERSION if jar.exists() and (self.libs / ".complete").exists() else "not installed"

    def env(self) -> dict[str, str]:
        return {"KAFKA_BOOTSTRAP_SERVERS": f"{HOST}:{PORT}"}

    def ready(self) -> bool:
        return api_versions_ok()

    def install(self) -> None:
        if (self.libs / ".complete").exists():
            return
        work = self.libs.parent
        work.mkdir(parents=True, exist_ok=True)
        (work / "pom.xml").write_text(POM)
        shutil.rmtree(self.libs, ignore_errors=True)
        log(self.name, f"fetching kafka {VERSION} jars from Maven Central")
        run(
            [
                "mvn",
                "-q",
                "-B",
                "dependency:copy-dependencies",
                f"-DoutputDirectory={self.libs}",
                "-DincludeScope=runtime",
                f"-Dmaven.repo.local={self.cache / 'm2'}",
            ],
            cwd=work,
            timeout=900,
            attempts=3,
        )
        (self.libs / ".complete").write_text(f"kafka {VERSION}\n")

    def _java(self, main: str, *args: str) -> list[str]:
        java = which("java")
        if java is None:
            raise ServiceError("kafka: java not found")
        return [
            java,
            *HEAP,
            "-XX:+UseG1GC",
            "-XX:MaxGCPauseMillis=20",
            "-Djava.awt.headless=true",
            f"-Dlog4j2.configurationFile={self.dir / 'log4j2.properties'}",
            "-cp",
            f"{self.libs}/*",
            main,
            *args,
        ]

    def start(self) -> None:
        data = self.dir / "data"
        config = self.dir / "server.properties"
        config.write_text(
            "process.roles=broker,controller\n"
            "node.id=1\n"
            f"controller.quorum.voters=1@{HOST}:{CONTROLLER_PORT}\n"
            f"listeners=PLAINTEXT://{HOST}:{PORT},CONTROLLER://{HOST}:{CONTROLLER_PORT}\n"
            f"advertised.listeners=PLAINTEXT://{HOST}:{PORT}\n"
            "controller.listener.names=CONTROLLER\n"
            "inter.broker.listener.name=PLAINTEXT\n"
            "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT\n"
            f"log.dirs={data}\n"
            "num.partitions=1\n"
            "auto.create.topics.enable=true\n"
            "offsets.topic.replication.factor=1\n"
            "transaction.state.log.replication.factor=1\n"
            "transaction.state.log.min.isr=1\n"
            "share.coordinator.state.topic.replication.factor=1\n"
            "share.coordinator.state.topic.min.isr=1\n"
            "group.initial.rebalance.delay.ms=0\n"
        )
        (self.dir / "log4j2.properties").write_text(LOG4J2)
        if not (data / "meta.properties").exists():
            cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
            run(
                self._java("kafka.tools.StorageTool", "format", "-t", cluster_id, "-c", str(config))
            )
        self.spawn("kafka", self._java("kafka.Kafka", str(config)))
