"""The front-end assets the console serves, from the npm registry (``console/package.json``,
pinned by ``console/package-lock.json``), copied into ``static/vendor`` (git-ignored).

``make console-assets`` (a prerequisite of ``make run`` and ``make test``) and the browser tests
call :func:`ensure_assets`: ``npm ci --ignore-scripts`` in ``console/`` when ``node_modules`` is
missing (the DSFR package's install script only checks for a project config this application
does not use), then the copy of what the pages load — the DSFR's CSS, JavaScript, fonts, icons
and favicon, and htmx — nothing else (the package's 88 MB of sources and examples stay out).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
CONSOLE_DIR = PACKAGE_DIR.parents[1]
VENDOR_DIR = PACKAGE_DIR / "static" / "vendor"

#: (source under node_modules, destination under static/vendor)
FILES = [
    ("@gouvfr/dsfr/dist/dsfr.min.css", "dsfr/dsfr.min.css"),
    ("@gouvfr/dsfr/dist/dsfr.module.min.js", "dsfr/dsfr.module.min.js"),
    ("@gouvfr/dsfr/dist/dsfr.nomodule.min.js", "dsfr/dsfr.nomodule.min.js"),
    ("@gouvfr/dsfr/dist/utility/icons/icons.min.css", "dsfr/utility/icons/icons.min.css"),
    ("@gouvfr/dsfr/dist/fonts", "dsfr/fonts"),
    ("@gouvfr/dsfr/dist/icons", "dsfr/icons"),
    ("@gouvfr/dsfr/dist/favicon", "dsfr/favicon"),
    ("htmx.org/dist/htmx.min.js", "htmx/htmx.min.js"),
]
#: what the browser tests inject into each page (never served)
AXE = "axe-core/axe.min.js"


class AssetsUnavailable(RuntimeError):
    """npm is missing or ``npm ci`` failed."""


def node_modules(console_dir: Path = CONSOLE_DIR) -> Path:
    return console_dir / "node_modules"


def install(console_dir: Path = CONSOLE_DIR, timeout: float = 600) -> Path:
    """``npm ci --ignore-scripts`` when the locked packages are not installed yet."""
    modules = node_modules(console_dir)
    if all((modules / name).is_dir() for name in ("@gouvfr/dsfr", "htmx.org", "axe-core")):
        return modules
    npm = shutil.which("npm")
    if npm is None:
        raise AssetsUnavailable("npm is not on PATH (Node.js >= 20 is needed for the console)")
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=console_dir,
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        raise AssetsUnavailable(f"npm ci failed in {console_dir}: {result.stderr.decode()[-500:]}")
    return modules


def copy(modules: Path, vendor: Path = VENDOR_DIR) -> None:
    for source, destination in FILES:
        src, dest = modules / source, vendor / destination
        dest.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, dest, dirs_exist_ok=True)
        else:
            shutil.copy2(src, dest)
    stamp = vendor / ".lock-stamp"
    stamp.write_text((modules.parent / "package-lock.json").read_text("utf-8"), "utf-8")


def up_to_date(console_dir: Path = CONSOLE_DIR, vendor: Path = VENDOR_DIR) -> bool:
    stamp = vendor / ".lock-stamp"
    lock = console_dir / "package-lock.json"
    return stamp.exists() and stamp.read_text("utf-8") == lock.read_text("utf-8")


def ensure_assets(console_dir: Path = CONSOLE_DIR, vendor: Path = VENDOR_DIR) -> Path:
    """Install and copy the assets unless the copy matches the lockfile; the vendor dir."""
    if not up_to_date(console_dir, vendor):
        copy(install(console_dir), vendor)
    return vendor


def axe_source(console_dir: Path = CONSOLE_DIR) -> str:
    return (install(console_dir) / AXE).read_text("utf-8")


def main(argv: list[str] | None = None) -> int:
    """``--copy-only``: node_modules is already there (the image's npm stage; axe-core, a
    development package, is not needed)."""
    args = sys.argv[1:] if argv is None else argv
    try:
        if "--copy-only" in args:
            copy(node_modules())
            print(f"console assets in {VENDOR_DIR}")
            return 0
        print(f"console assets in {ensure_assets()}")
    except AssetsUnavailable as exc:
        print(f"console assets: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
