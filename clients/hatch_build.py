"""Build hook of the Python clients: their code is built from the committed OpenAPI document.

Each ``clients/<name>-client`` package holds only hand-written files (``pyproject.toml``, a
README, ``hatch_build.py``: a link to this file). Building it, editable (``uv sync``) or not
(``uv build``, the images' ``uv sync --no-editable``), runs the generator pinned in its
``[build-system] requires`` (openapi-python-client) on ``services/<name>-svc/openapi.json`` and
writes the package ``<name>_client/`` (git-ignored) beside this file, replacing the old one.
An sdist carries the document as ``openapi.json``, so a wheel built from it needs no repository.

``scripts/clients.py`` imports :func:`generate` to check the installed clients (no hatchling
there: the hook class exists only in a build).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

GENERATOR_TIMEOUT_S = 600


def document(root: Path, service: str) -> Path:
    """The service's committed document: the repository's, else the copy an sdist carries."""
    for path in (
        root.parent.parent / "services" / f"{service}-svc" / "openapi.json",
        root / "openapi.json",
    ):
        if path.is_file():
            return path
    raise FileNotFoundError(f"no OpenAPI document for {service} (services/{service}-svc)")


def generate(source: Path, package: str, target: Path, python: str = sys.executable) -> None:
    """Run openapi-python-client (installed for ``python``) on ``source``: the package
    ``package`` replaces ``target`` whole, so nothing of an older document is left."""
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        config = scratch / "config.yaml"
        config.write_text(
            f"project_name_override: {package.replace('_', '-')}\n"
            f"package_name_override: {package}\n"
            "post_hooks: []\n"
        )
        result = subprocess.run(  # noqa: S603 (our interpreter, our arguments)
            [
                python,
                "-m",
                "openapi_python_client",
                "generate",
                "--path",
                str(source),
                "--output-path",
                str(scratch / "out"),
                "--meta",
                "uv",
                "--config",
                str(config),
            ],
            capture_output=True,
            text=True,
            timeout=GENERATOR_TIMEOUT_S,
            check=False,
        )
        built = scratch / "out" / package
        if result.returncode != 0 or not (built / "__init__.py").is_file():
            raise RuntimeError(
                f"openapi-python-client failed on {source}:\n{result.stdout}{result.stderr}"
            )
        shutil.rmtree(target, ignore_errors=True)
        shutil.move(str(built), str(target))


try:
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:  # imported by scripts/clients.py, outside a build
    pass
else:

    class ClientBuildHook(BuildHookInterface):  # type: ignore[type-arg]
        """Before hatchling collects the files: a wheel (editable or not) gets ``<name>_client``
        generated; an sdist gets the document and this file instead."""

        PLUGIN_NAME = "custom"

        def initialize(self, version: str, build_data: dict[str, Any]) -> None:  # noqa: ARG002 (hatchling's BuildHookInterface.initialize signature)
            root = Path(self.root)
            service = self.metadata.name.removesuffix("-client")
            source = document(root, service)
            if self.target_name == "sdist":  # self-contained: the document, this file (no link)
                included = build_data["force_include"]
                for path in [p for p, name in included.items() if name == "hatch_build.py"]:
                    del included[path]
                included[str(Path(__file__).resolve())] = "hatch_build.py"
                included[str(source)] = "openapi.json"
                return
            generate(source, f"{service}_client", root / f"{service}_client")
