"""The production compose stack: services, ordering, healthchecks, secrets and the nginx config.

Plain synchronous checks on the files; `docker-compose config` runs when the binary is installed.
No Docker engine is needed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE_FILE = ROOT / "docker-compose.yml"
NGINX_CONF = ROOT / "deploy" / "nginx.conf"
BACKEND_DOCKERFILE = ROOT / "deploy" / "backend.Dockerfile"
WEB_DOCKERFILE = ROOT / "deploy" / "web.Dockerfile"

# The values every test run feeds to compose; compose must refuse to start without them.
REQUIRED_SECRETS = ("JAMLIK_SECRET_KEY", "POSTGRES_PASSWORD")
SECRET_NAME = re.compile(r"SECRET|PASSWORD|PASSWD|TOKEN|API_KEY|PRIVATE_KEY|_KEY$", re.IGNORECASE)
REQUIRED_REFERENCE = re.compile(r"^\$\{[A-Za-z_][A-Za-z0-9_]*:\?[^}]*\}$")
URL_CREDENTIALS = re.compile(r"^[a-z0-9+.-]+://(?P<user>[^:/@]*):(?P<password>.+)@[^@]+$", re.I)


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    result: dict[str, dict[str, Any]] = compose["services"]
    return result


@pytest.fixture(scope="module")
def nginx_conf() -> str:
    text = NGINX_CONF.read_text(encoding="utf-8")
    # Comments out, so a commented directive never satisfies a check.
    return "\n".join(line.split("#", 1)[0] for line in text.splitlines())


def environment(service: dict[str, Any]) -> dict[str, str | None]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        pairs = [item.split("=", 1) for item in env]
        return {pair[0]: (pair[1] if len(pair) == 2 else None) for pair in pairs}
    return {key: (None if value is None else str(value)) for key, value in env.items()}


def depends_on(service: dict[str, Any]) -> dict[str, str]:
    deps = service.get("depends_on") or {}
    if isinstance(deps, list):
        return dict.fromkeys(deps, "service_started")
    return {name: (spec or {}).get("condition", "service_started") for name, spec in deps.items()}


def command_text(service: dict[str, Any]) -> str:
    command = service["command"]
    return " ".join(command) if isinstance(command, list) else str(command)


def location_block(conf: str, pattern: str) -> str:
    """The body of the first `location` whose matcher fits the regex `pattern`."""
    match = re.search(rf"location\s+{pattern}\s*\{{(?P<body>[^}}]*)\}}", conf)
    assert match is not None, f"no location matching {pattern!r} in deploy/nginx.conf"
    return match.group("body")


def compose_env(**overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in REQUIRED_SECRETS}
    env.update(overrides)
    return env


class TestServices:
    def test_every_service_is_defined(self, services: dict[str, dict[str, Any]]) -> None:
        assert {"db", "migrate", "backend", "web", "mailcatcher"} <= services.keys()

    def test_mail_catcher_runs_only_in_the_dev_profile(
        self, services: dict[str, dict[str, Any]]
    ) -> None:
        assert services["mailcatcher"].get("profiles") == ["dev"]
        for name in ("db", "migrate", "backend", "web"):
            assert not services[name].get("profiles"), f"{name} must run without a profile"

    def test_database_is_postgres_16_on_a_named_volume(
        self, compose: dict[str, Any], services: dict[str, dict[str, Any]]
    ) -> None:
        db = services["db"]
        assert str(db["image"]).startswith("postgres:16")
        volume_names = {str(v).split(":", 1)[0] for v in db.get("volumes", [])}
        named = volume_names & set((compose.get("volumes") or {}).keys())
        assert named, "the database must keep its data in a named volume"

    def test_backend_serves_production_with_several_workers(
        self, services: dict[str, dict[str, Any]]
    ) -> None:
        backend = services["backend"]
        assert command_text(backend) == "jamlik serve"
        env = environment(backend)
        assert env["JAMLIK_ENVIRONMENT"] == "production"
        assert (env["JAMLIK_DATABASE_URL"] or "").startswith("postgresql+psycopg://")
        workers = re.fullmatch(r"(?:\$\{JAMLIK_WORKERS:-)?(\d+)\}?", env["JAMLIK_WORKERS"] or "")
        assert workers is not None and int(workers.group(1)) > 1

    def test_migrate_is_a_one_shot_upgrade(self, services: dict[str, dict[str, Any]]) -> None:
        migrate = services["migrate"]
        assert command_text(migrate) == "jamlik db upgrade"
        assert str(migrate.get("restart", "no")) == "no"
        env = environment(migrate)
        assert env["JAMLIK_DATABASE_URL"] == environment(services["backend"])["JAMLIK_DATABASE_URL"]


class TestOrdering:
    def test_migrate_waits_for_a_healthy_database(
        self, services: dict[str, dict[str, Any]]
    ) -> None:
        assert depends_on(services["migrate"]) == {"db": "service_healthy"}

    def test_backend_starts_after_the_migration_succeeded(
        self, services: dict[str, dict[str, Any]]
    ) -> None:
        deps = depends_on(services["backend"])
        assert deps["migrate"] == "service_completed_successfully"
        assert deps["db"] == "service_healthy"

    def test_web_waits_for_a_healthy_backend(self, services: dict[str, dict[str, Any]]) -> None:
        assert depends_on(services["web"])["backend"] == "service_healthy"


class TestHealthchecks:
    def test_database_healthcheck_uses_pg_isready(
        self, services: dict[str, dict[str, Any]]
    ) -> None:
        test = services["db"]["healthcheck"]["test"]
        assert "pg_isready" in " ".join(test)

    def test_backend_healthcheck_asks_readyz_with_python(
        self, services: dict[str, dict[str, Any]]
    ) -> None:
        test = services["backend"]["healthcheck"]["test"]
        assert test[0] in ("CMD", "CMD-SHELL")
        joined = " ".join(test)
        assert "python" in joined and "/readyz" in joined
        assert "curl" not in joined, "the slim image has no curl"


class TestSecrets:
    def test_secrets_have_no_literal_value(self, services: dict[str, dict[str, Any]]) -> None:
        """A secret is a required `${VAR:?message}` reference, or passed through without a value."""
        for name, service in services.items():
            for key, value in environment(service).items():
                if SECRET_NAME.search(key):
                    assert value is None or REQUIRED_REFERENCE.match(value), (
                        f"{name}.{key} = {value!r} must be ${{VAR:?message}} or have no value"
                    )
                credentials = URL_CREDENTIALS.match(value or "")
                if credentials:
                    assert REQUIRED_REFERENCE.match(credentials.group("password")), (
                        f"{name}.{key}: the password in the URL must be ${{VAR:?message}}"
                    )

    def test_no_secret_variable_has_a_default(self) -> None:
        text = COMPOSE_FILE.read_text(encoding="utf-8")
        for match in re.finditer(r"\$\{(?P<name>[A-Za-z0-9_]+)(?P<op>:?[-?])?", text):
            if SECRET_NAME.search(match.group("name")):
                assert match.group("op") in (":?", "?"), (
                    f"${{{match.group('name')}}} is a secret and must use ':?' (no default)"
                )

    def test_required_secrets_are_demanded(self, services: dict[str, dict[str, Any]]) -> None:
        backend = environment(services["backend"])
        assert REQUIRED_REFERENCE.match(backend["JAMLIK_SECRET_KEY"] or "")
        db = environment(services["db"])
        assert REQUIRED_REFERENCE.match(db["POSTGRES_PASSWORD"] or "")
        assert "${POSTGRES_PASSWORD:?" in (backend["JAMLIK_DATABASE_URL"] or "")


class TestNginx:
    def test_api_and_health_are_proxied_to_the_backend(self, nginx_conf: str) -> None:
        for matcher in (r"(?:\^~\s+)?/api/?", r"=\s*/healthz", r"=\s*/readyz"):
            assert "proxy_pass" in location_block(nginx_conf, matcher)
        assert re.search(r"backend:8000", nginx_conf)

    def test_client_routes_fall_back_to_index_html(self, nginx_conf: str) -> None:
        body = location_block(nginx_conf, "/")
        assert re.search(r"try_files\s+\$uri\b[^;]*\s/index\.html\s*;", body)

    def test_participants_leave_no_address_in_the_access_log(self, nginx_conf: str) -> None:
        for matcher in (
            r"\^~\s+/api/v1/participate/",
            r"\^~\s+/api/v1/evaluations/",
            r"\^~\s+/delta",
        ):
            assert re.search(r"access_log\s+off\s*;", location_block(nginx_conf, matcher))
        delta = location_block(nginx_conf, r"\^~\s+/delta")
        assert re.search(r"try_files\s+\$uri\s+/participant\.html\s*;", delta)

    def test_security_headers_and_gzip(self, nginx_conf: str) -> None:
        for header in (
            "Content-Security-Policy",
            "X-Content-Type-Options",
            "X-Frame-Options",
            "Referrer-Policy",
        ):
            assert re.search(rf"add_header\s+{header}\s", nginx_conf), header
        assert re.search(r"^\s*gzip\s+on\s*;", nginx_conf, re.MULTILINE)

    def test_nginx_accepts_the_config(self, tmp_path: Path) -> None:
        nginx = shutil.which("nginx")
        if nginx is None:
            pytest.skip("nginx is not installed: the syntax check runs where it is")
        site = tmp_path / "site.conf"
        site.write_text(NGINX_CONF.read_text(encoding="utf-8"), encoding="utf-8")
        main = tmp_path / "nginx.conf"
        temp_paths = " ".join(
            f"{kind}_temp_path {tmp_path / kind};"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        main.write_text(
            f"pid {tmp_path / 'nginx.pid'};\nerror_log {tmp_path / 'error.log'};\nevents {{}}\n"
            f"http {{ types {{ text/html html; }} access_log off; {temp_paths}\n"
            f"include {site}; }}\n",
            encoding="utf-8",
        )
        result = subprocess.run(  # noqa: S603 - fixed arguments
            [nginx, "-t", "-p", str(tmp_path), "-e", str(tmp_path / "error.log"), "-c", str(main)],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert result.returncode == 0, result.stderr


class TestDockerfiles:
    def test_backend_image_installs_the_package_and_ships_migrations(self) -> None:
        text = BACKEND_DOCKERFILE.read_text(encoding="utf-8")
        assert re.search(r"pip install\s+(?:[-\w=]+\s+)*\.\s*$", text, re.MULTILINE)
        assert re.search(r"^COPY\s+alembic\.ini\s", text, re.MULTILINE)
        assert re.search(r"^COPY\s+backend\s", text, re.MULTILINE)
        assert re.search(r"^CMD\s.*jamlik.*serve", text, re.MULTILINE)

    def test_web_image_builds_the_spa_and_uses_the_nginx_config(self) -> None:
        text = WEB_DOCKERFILE.read_text(encoding="utf-8")
        assert "npm ci" in text and "npm run build" in text
        assert re.search(r"^COPY\s+deploy/nginx\.conf\s", text, re.MULTILINE)

    def test_compose_builds_from_these_dockerfiles(
        self, services: dict[str, dict[str, Any]]
    ) -> None:
        for name, dockerfile in (
            ("migrate", BACKEND_DOCKERFILE),
            ("backend", BACKEND_DOCKERFILE),
            ("web", WEB_DOCKERFILE),
        ):
            build = services[name]["build"]
            assert (ROOT / build["context"] / build["dockerfile"]).resolve() == dockerfile


def test_docker_compose_config_is_valid_and_refuses_missing_secrets(tmp_path: Path) -> None:
    binary = shutil.which("docker-compose")
    if binary is None:
        pytest.skip("docker-compose is not installed: the file checks above still ran")
    # An empty env file, so a developer's .env cannot supply (or hide missing) secrets.
    env_file = tmp_path / "empty.env"
    env_file.write_text("", encoding="utf-8")
    command = [binary, "--env-file", str(env_file), "-f", str(COMPOSE_FILE), "config", "-q"]

    ok = subprocess.run(  # noqa: S603 - fixed arguments
        command,
        cwd=ROOT,
        env=compose_env(
            JAMLIK_SECRET_KEY="dummy-secret-for-the-config-check-0123456789",
            POSTGRES_PASSWORD="dummy-password",
        ),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert ok.returncode == 0, ok.stderr

    for missing in REQUIRED_SECRETS:
        present = {name: "dummy-value-0123456789-0123456789" for name in REQUIRED_SECRETS}
        del present[missing]
        refused = subprocess.run(  # noqa: S603 - fixed arguments
            command,
            cwd=ROOT,
            env=compose_env(**present),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert refused.returncode != 0, f"compose started without {missing}"
        assert missing in refused.stderr
