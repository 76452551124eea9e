"""The console in-process, its services played by an httpx MockTransport."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from sg_console.app import create_app
from sg_console.services import Services
from sg_console.settings import ConsoleSettings

Handler = Callable[[httpx.Request], httpx.Response]


def problem(status: int, slug: str, detail: str, **extra: Any) -> httpx.Response:
    body = {
        "type": f"https://sg-suite.insee.fr/problems/{slug}",
        "title": slug,
        "status": status,
        "detail": detail,
        **extra,
    }
    return httpx.Response(
        status, content=json.dumps(body), headers={"content-type": "application/problem+json"}
    )


class FakeServices:
    """Routes (method, service port, path regex) → handler; records every request."""

    def __init__(self) -> None:
        self.routes: list[tuple[str, str, Handler]] = []
        self.requests: list[httpx.Request] = []

    def on(self, method: str, path: str, handler: Handler | dict[str, Any] | list[Any]) -> None:
        if not callable(handler):
            body = handler
            self.routes.append((method, path, lambda _r: httpx.Response(200, json=body)))
        else:
            self.routes.append((method, path, handler))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        for method, path, handler in reversed(self.routes):
            if request.method == method and re.fullmatch(path, request.url.path):
                return handler(request)
        return problem(404, "not-found", f"no fake for {request.method} {request.url.path}")


@pytest.fixture
def fake() -> FakeServices:
    return FakeServices()


@pytest.fixture
def settings() -> ConsoleSettings:
    return ConsoleSettings(log_json=False, service_call_attempts=1)


@pytest.fixture
def console(settings: ConsoleSettings, fake: FakeServices) -> Iterator[TestClient]:
    app = create_app(settings, services=Services(settings, transport=httpx.MockTransport(fake)))
    with TestClient(app, follow_redirects=False) as client:
        yield client


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html) or re.search(
        r'"X-CSRF-Token": "([^"]+)"', html
    )
    assert found, "no CSRF token in the page"
    return found.group(1)


def sign_in(console: TestClient, role: str = "budget.officer", unit: str = "DR-BRE") -> None:
    page = console.get("/connexion")
    answer = console.post(
        "/connexion/profil",
        data={"role": role, "unit": unit, "csrf_token": csrf_of(page.text), "suivant": "/"},
    )
    assert answer.status_code == 303, answer.text
