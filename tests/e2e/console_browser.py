"""The console as a process beside the running suite, and Chromium driven by Playwright.

* :func:`start_console` runs ``sg-console run`` on a free port, pointed at the suite's services;
* :func:`browser` launches **Debian's Chromium** (``SG_CHROMIUM``, default /usr/bin/chromium,
  installed by ``scripts/chromium.sh``; Playwright never downloads a browser here). Without it
  the browser tests skip, unless ``SG_REQUIRE_BROWSER=1`` (CI) makes that a failure;
* :class:`Pages` checks each page it is given: axe-core (the npm package pinned in
  ``console/package-lock.json``) injected through the DevTools protocol, which the page's CSP
  does not govern, must find no serious or critical violation; no CSP violation may be
  reported on the console; a screenshot is kept under ``.artifacts/browser/``.
"""

from __future__ import annotations

import os
import re
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from sg_common.events.broker import free_port
from sg_common.processes import terminate
from sg_console import vendor

from .suite import BIN, SERVICES, Suite

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / ".artifacts" / "browser"


@dataclass
class Console:
    port: int
    log: Path
    process: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@contextmanager
def start_console(
    suite: Suite, workdir: Path, extra_env: dict[str, str] | None = None
) -> Iterator[Console]:
    vendor.ensure_assets()
    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("SG_")},
        **{f"SG_{n.upper()}_URL": suite.url(n) for n in SERVICES if n in suite.services},
        "SG_ENV": "development",
        "SG_PORT": str(port),
        "SG_HOST": "127.0.0.1",
        "SG_LOG_JSON": "true",
        "SG_POLL_INTERVAL_S": "0.5",
        **(extra_env or {}),
    }
    log = workdir / "console.log"
    with log.open("ab") as out:
        process = subprocess.Popen(
            [str(BIN / "sg-console"), "run"], env=env, stdout=out, stderr=subprocess.STDOUT
        )
    console = Console(port, log, process)
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the console exited: {log.read_text()[-2000:]}")
            try:
                if httpx.get(f"{console.url}/health/ready", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(f"the console did not start: {log.read_text()[-2000:]}")
            time.sleep(0.1)
        yield console
    finally:
        terminate(process)


def chromium_path() -> str:
    path = os.environ.get("SG_CHROMIUM", "/usr/bin/chromium")
    if not os.access(path, os.X_OK):
        if os.environ.get("SG_REQUIRE_BROWSER") == "1":
            pytest.fail(f"Chromium is required (SG_REQUIRE_BROWSER=1) but {path} is missing")
        pytest.skip(f"no Chromium at {path} (make chromium installs Debian's)")
    return path


@contextmanager
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=executable, args=["--no-sandbox", "--disable-dev-shm-usage"]
        )
        try:
            yield launched
        finally:
            launched.close()


SERIOUS = ("serious", "critical")


@dataclass
class Pages:
    """Checks and screenshots for the pages of one test (see the module doc)."""

    name: str
    csp_violations: list[str] = field(default_factory=list)
    shots: list[Path] = field(default_factory=list)
    _axe: str | None = None

    def watch(self, page: Any) -> Any:
        def on_console(message: Any) -> None:
            if "Content Security Policy" in message.text:
                self.csp_violations.append(message.text)

        page.on("console", on_console)
        page.set_default_timeout(30_000)  # a loaded 2-core CI box
        return page

    def check(self, page: Any, shot: str) -> None:
        """axe-core over the page (0 serious or critical), no CSP violation, a screenshot."""
        page.wait_for_load_state("load")
        if self._axe is None:
            self._axe = vendor.axe_source()
        page.evaluate(self._axe)
        result = page.evaluate(
            """async () => {
                const r = await axe.run(document, {resultTypes: ['violations']});
                return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
            }"""
        )
        bad = [v for v in result if v["impact"] in SERIOUS]
        assert not bad, f"{shot}: accessibility violations {bad}"
        assert not self.csp_violations, f"{shot}: CSP violations {self.csp_violations}"
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{self.name}-{re.sub(r'[^a-z0-9-]+', '-', shot.lower())}.png"
        page.screenshot(path=str(path), full_page=True)
        self.shots.append(path)
