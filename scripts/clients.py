"""Generate the clients from the committed OpenAPI documents (``make clients``).

* Python: one package per service with openapi-python-client into ``clients/<name>-client/``
  (workspace members; services call each other through them);
* TypeScript: types for front-ends with openapi-typescript into ``clients/ts/src/<name>.ts``,
  type-checked with tsc (``clients/ts``, npm).

``python scripts/clients.py check`` regenerates into a temporary directory and fails on any
difference with what is committed.
"""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SERVICES = ["budget", "hr", "facilities", "it", "production"]
BIN = Path(sys.executable).parent
TS = ROOT / "clients" / "ts"


def _config(name: str, directory: Path) -> Path:
    path = directory / f"{name}-client.yaml"
    path.write_text(
        f"project_name_override: {name}-client\n"
        f"package_name_override: {name}_client\n"
        "post_hooks: []\n"
    )
    return path


def generate_python(name: str, out: Path, scratch: Path) -> None:
    subprocess.run(  # noqa: S603
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(ROOT / "services" / f"{name}-svc" / "openapi.json"),
            "--output-path",
            str(out),
            "--overwrite",
            "--meta",
            "uv",
            "--config",
            str(_config(name, scratch)),
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    _use_hatchling(out, name)


HATCH = """[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[tool.hatch.build.targets.wheel]
packages = ["{package}"]
"""


def _use_hatchling(out: Path, name: str) -> None:
    """Build with hatchling like every workspace member (no extra build backend to fetch)."""
    pyproject = out / "pyproject.toml"
    text = pyproject.read_text()
    head = text.split("[tool.uv.build-backend]")[0].rstrip() + "\n\n"
    tail = text.split('build-backend = "uv_build"', 1)[1]
    pyproject.write_text(head + HATCH.format(package=f"{name}_client") + tail)


def npm(*args: str) -> None:
    subprocess.run(["npm", *args], cwd=TS, check=True, timeout=600)  # noqa: S603, S607


def generate_typescript(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in SERVICES:
        subprocess.run(  # noqa: S603
            [
                str(TS / "node_modules" / ".bin" / "openapi-typescript"),
                str(ROOT / "services" / f"{name}-svc" / "openapi.json"),
                "--output",
                str(out_dir / f"{name}.ts"),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )


def _diff(a: Path, b: Path) -> list[str]:
    cmp = filecmp.dircmp(a, b, ignore=["__pycache__", "node_modules"])
    out = [str(a / n) for n in cmp.left_only + cmp.right_only + cmp.diff_files]
    for sub in cmp.common_dirs:
        out += _diff(a / sub, b / sub)
    return out


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "write"
    if not (TS / "node_modules").exists():
        npm("ci", "--no-audit", "--no-fund")
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        if command == "write":
            for name in SERVICES:
                generate_python(name, ROOT / "clients" / f"{name}-client", scratch)
            generate_typescript(TS / "src")
            npm("run", "--silent", "typecheck")
            print("clients written")
            return 0
        if command == "check":
            stale: list[str] = []
            for name in SERVICES:
                generate_python(name, scratch / f"{name}-client", scratch)
                stale += _diff(ROOT / "clients" / f"{name}-client", scratch / f"{name}-client")
            generate_typescript(scratch / "ts")
            stale += _diff(TS / "src", scratch / "ts")
            if stale:
                print("stale clients (run `make clients`):\n" + "\n".join(stale), file=sys.stderr)
                return 1
            npm("run", "--silent", "typecheck")
            return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    shutil.which("npm") or sys.exit("npm is required for the TypeScript types")
    raise SystemExit(main(sys.argv))
