"""Token attacks against each of the five running services, over HTTP.

Every forged token of ``sg_common.testing.forge.token_attacks`` (alg none, HS256 keyed with the
public key, a foreign key under the dev key's kid, expired, not yet valid, wrong audience or
issuer, ``jku``/``x5u`` pointing at the attacker, ``jwk``/``x5c`` embedded, ``kid`` path
traversal, missing ``exp``, a critical extension...) is sent to two routes of each service
(``/org/units``, shared, and the service's first own list): each must answer 401 problem+json
with a ``Bearer`` challenge and must not echo the token. The attacker's server (where ``jku``
and ``x5u`` point) must never be called. A valid token in the query string is ignored (401).
The library's own token tests (libs/common/tests/auth) check the details against a small app;
this checks that every service is wired to the same refusals.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from sg_common.testing.forge import token_attacks

from ..e2e.suite import SERVICES, Suite
from .figures import finding, record

pytestmark = pytest.mark.e2e

PROBLEM = "application/problem+json"


class _Attacker(BaseHTTPRequestHandler):
    hits: list[str] = []  # noqa: RUF012 - shared by the server's threads, read by the test

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        body = b'{"keys": []}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: ARG002 (BaseHTTPRequestHandler.log_message signature)
        return


@pytest.fixture(scope="module")
def hostile_attacker() -> Iterator[tuple[str, list[str]]]:
    """A server the attacker controls: its URL and the paths it was asked for."""
    _Attacker.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Attacker)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", _Attacker.hits
    finally:
        server.shutdown()
        server.server_close()


def _targets(openapi: dict[str, Any]) -> list[str]:
    """``/org/units`` and the service's first own list (a GET without required parameters)."""
    own = sorted(
        path
        for path, item in openapi["paths"].items()
        if "get" in item
        and "{" not in path
        and not path.startswith(("/health", "/metrics", "/org"))
        and not any(p.get("required") for p in item["get"].get("parameters", []))
    )
    return ["/org/units", own[0]]


def _refusal_problems(response: httpx.Response, token: str) -> list[str]:
    problems = []
    if response.status_code != 401:
        problems.append(f"answered {response.status_code}")
    if not response.headers.get("content-type", "").startswith(PROBLEM):
        problems.append(f"content-type {response.headers.get('content-type')!r}")
    if not response.headers.get("www-authenticate", "").startswith("Bearer"):
        problems.append("no Bearer challenge")
    signature = token.rsplit(".", 1)[-1]
    if token in response.text or (len(signature) > 8 and signature in response.text):
        problems.append("the token is echoed")
    return problems


@pytest.mark.parametrize("name", SERVICES)
def test_every_forged_token_is_refused(
    hostile_suite: Suite,
    hostile_openapi: dict[str, dict[str, Any]],
    hostile_attacker: tuple[str, list[str]],
    name: str,
) -> None:
    attacker_url, hits = hostile_attacker
    targets = _targets(hostile_openapi[name])
    attacks = token_attacks(attacker_url)
    failures: list[str] = []
    sent = 0
    with httpx.Client(base_url=hostile_suite.url(name), timeout=15) as client:
        # The control: the same routes answer a genuine token, so a 401 below is the token's.
        genuine = hostile_suite.headers("sg.admin", "SG", sub="hostile")
        for path in targets:
            response = client.get(path, headers=genuine)
            assert response.status_code == 200, f"{name} {path}: {response.text[:300]}"
        for attack in attacks:
            for path in targets:
                response = client.get(path, headers={"Authorization": f"Bearer {attack.token}"})
                sent += 1
                for problem in _refusal_problems(response, attack.token):
                    failures.append(f"{name} {attack.name} ({attack.why}) on {path}: {problem}")
        token = genuine["Authorization"].removeprefix("Bearer ")
        for path in targets:
            for parameter in ("access_token", "token", "id_token"):
                response = client.get(path, params={parameter: token})
                sent += 1
                for problem in _refusal_problems(response, token):
                    failures.append(f"{name} token in ?{parameter}= on {path}: {problem}")
    if hits:
        failures.append(f"{name}: the attacker's server was called: {sorted(set(hits))}")
    record(
        "token attacks",
        name,
        attacks=len(attacks) + 3,
        requests=sent,
        accepted=len(failures),
    )
    for line in failures:
        finding("token attacks", line)
    assert not failures, "\n".join(failures)
