"""The files each stage adds to a generated project, per stack.

A project at stage N has exactly the files of stages 1..N: the fast tier
asserts set equality, so a missing file and a stray one both fail. `{pkg}`
stands for the package name, `{java}` for the Java package's folder
(`com/example/conduitapi`).
"""

from __future__ import annotations

SHARED_FILES: dict[int, set[str]] = {
    1: {
        ".copier-answers.yml",
        ".editorconfig",
        ".env",
        ".env.example",
        ".github/workflows/ci.yml",
        ".gitignore",
        "Makefile",
        "README.md",
        "docs/index.md",
        "docs/notes.md",
        "docs/lessons/01-language.md",
    },
}

STACK_FILES: dict[str, dict[int, set[str]]] = {
    "python": {
        1: {
            ".python-version",
            "pyproject.toml",
            "uv.lock",
            "src/{pkg}/__init__.py",
            "src/{pkg}/__main__.py",
            "src/{pkg}/access_log.py",
            "src/{pkg}/app.py",
            "src/{pkg}/custom/__init__.py",
            "src/{pkg}/custom/hello.py",
            "src/{pkg}/health/__init__.py",
            "src/{pkg}/health/readiness.py",
            "src/{pkg}/health/router.py",
            "src/{pkg}/lifespan.py",
            "src/{pkg}/logs.py",
            "src/{pkg}/main.py",
            "src/{pkg}/py.typed",
            "src/{pkg}/request_id.py",
            "src/{pkg}/routes.py",
            "src/{pkg}/settings.py",
            "tests/__init__.py",
            "tests/conftest.py",
            "tests/factories.py",
            "tests/custom/__init__.py",
            "tests/custom/test_hello.py",
            "tests/test_health.py",
            "tests/test_logs.py",
            "tests/test_request_id.py",
            "tests/test_settings.py",
        },
    },
    "java": {
        1: {
            ".mvn/wrapper/maven-wrapper.properties",
            "mvnw",
            "pom.xml",
            "src/main/java/{java}/Application.java",
            "src/main/java/{java}/Routes.java",
            "src/main/java/{java}/ServiceLifecycle.java",
            "src/main/java/{java}/custom/HelloController.java",
            "src/main/java/{java}/health/HealthController.java",
            "src/main/java/{java}/health/Readiness.java",
            "src/main/java/{java}/health/ReadinessCheck.java",
            "src/main/java/{java}/logging/AccessLogFilter.java",
            "src/main/java/{java}/logging/RequestIdFilter.java",
            "src/main/java/{java}/settings/Settings.java",
            "src/main/java/{java}/settings/SpringProperties.java",
            "src/main/resources/META-INF/spring.factories",
            "src/main/resources/application.properties",
            "src/test/java/{java}/ApplicationTest.java",
            "src/test/java/{java}/custom/HelloControllerTest.java",
            "src/test/java/{java}/health/HealthControllerTest.java",
            "src/test/java/{java}/health/ReadinessTest.java",
            "src/test/java/{java}/logging/AccessLogFilterTest.java",
            "src/test/java/{java}/logging/RequestIdFilterTest.java",
            "src/test/java/{java}/settings/SettingsTest.java",
            "src/test/resources/config/application.properties",
        },
    },
}


def expected_files(language: str, stage: int, package: str, java_path: str = "") -> set[str]:
    names: set[str] = set()
    for number in range(1, stage + 1):
        names |= SHARED_FILES.get(number, set())
        names |= STACK_FILES[language].get(number, set())
    return {name.replace("{pkg}", package).replace("{java}", java_path) for name in names}
