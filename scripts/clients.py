"""The clients, built from the committed OpenAPI documents; none of their code is in git.

* Python: ``clients/<name>-client`` are workspace packages whose build hook
  (``clients/hatch_build.py``) runs the pinned openapi-python-client on
  ``services/<name>-svc/openapi.json``: ``uv sync`` builds them (again when a document changes:
  the packages' ``tool.uv.cache-keys``), so do ``uv build`` and the images.
* TypeScript: ``clients/ts`` (npm package ``@sg-suite/api-types``) builds ``src/<name>.ts`` with
  the pinned openapi-typescript (``generate.mjs``, npm's ``prepare``) and compiles them with tsc.

``python scripts/clients.py write`` (``make clients``) rebuilds both in place;
``python scripts/clients.py check`` generates the Python clients into a temporary directory and
fails when the installed code differs (a stale build), then builds and compiles the TypeScript
types.
"""

from __future__ import annotations

import filecmp
import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SERVICES = ["budget", "hr", "facilities", "it", "production"]
CLIENTS = ROOT / "clients"
TS = CLIENTS / "ts"


def _hook() -> ModuleType:
    """clients/hatch_build.py: the build hook's own generation, so both make the same code."""
    spec = importlib.util.spec_from_file_location("clients_hatch_build", CLIENTS / "hatch_build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def generate_python(name: str, target: Path) -> None:
    hook = _hook()
    hook.generate(hook.document(CLIENTS / f"{name}-client", name), f"{name}_client", target)


def npm(*args: str) -> None:
    subprocess.run(["npm", *args], cwd=TS, check=True, timeout=600)  # noqa: S603, S607


def build_typescript() -> None:
    """``npm ci`` the first time (its ``prepare`` generates), ``npm run build`` afterwards."""
    if (TS / "node_modules").exists():
        npm("run", "--silent", "build")
    else:
        npm("ci", "--no-audit", "--no-fund")
    npm("run", "--silent", "typecheck")


def _diff(a: Path, b: Path) -> list[str]:
    cmp = filecmp.dircmp(a, b, ignore=["__pycache__"])
    out = [str(a / n) for n in cmp.left_only + cmp.right_only + cmp.diff_files]
    for sub in cmp.common_dirs:
        out += _diff(a / sub, b / sub)
    return out


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "write"
    if command == "write":
        for name in SERVICES:
            generate_python(name, CLIENTS / f"{name}-client" / f"{name}_client")
        build_typescript()
        print("clients written")
        return 0
    if command == "check":
        stale: list[str] = []
        with tempfile.TemporaryDirectory() as tmp:
            for name in SERVICES:
                installed = CLIENTS / f"{name}-client" / f"{name}_client"
                fresh = Path(tmp) / f"{name}_client"
                generate_python(name, fresh)
                stale += _diff(installed, fresh) if installed.is_dir() else [str(installed)]
        if stale:
            print("stale clients (run `make clients`):\n" + "\n".join(stale), file=sys.stderr)
            return 1
        build_typescript()
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    shutil.which("npm") or sys.exit("npm is required for the TypeScript types")
    raise SystemExit(main(sys.argv))
