"""A real OpenID Connect provider for tests: ``deploy/dev-idp`` (oidc-provider on Node.js).

``running_dev_idp()`` starts ``node deploy/dev-idp/server.js`` on a free loopback port (running
``npm ci`` there first when ``node_modules`` is missing), waits for its discovery document and
stops it by PID; the plugin's session fixture ``oidc_provider`` wraps it. :class:`DevIdp` gets
tokens from it:

* ``service_token("facilities")``: client credentials of ``facilities-svc`` (role
  ``facilities.service``);
* ``user_token("alice.bre")``: the whole authorization code + PKCE (S256) flow, driven with
  httpx through the provider's login form, as a browser would;
* ``rotate_keys()`` / ``retire_keys()`` / ``stats()``: the dev-only admin endpoints.

Users and clients are the provider's fixture files (``users.json``, ``clients.json``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import secrets
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from html import unescape
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urljoin, urlsplit

import httpx

from sg_common.processes import terminate

#: ``deploy/dev-idp`` of the repository (override with ``DEV_IDP_DIR``).
DEV_IDP_DIR = Path(
    os.environ.get("DEV_IDP_DIR") or Path(__file__).resolve().parents[5] / "deploy" / "dev-idp"
)
#: The public client for people (PKCE, loopback redirect URI).
PEOPLE_CLIENT_ID = "sg-web"
REDIRECT_URI = "http://127.0.0.1/callback"


class DevIdpUnavailable(RuntimeError):
    """Node.js or npm is missing, or the provider did not start."""


@dataclass(frozen=True)
class UserTokens:
    """What the code flow gave: the access token (a JWT for the API), the ID token, the rest."""

    access_token: str
    id_token: str | None
    raw: dict[str, Any]


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def pkce_pair() -> tuple[str, str]:
    """A PKCE ``(code_verifier, code_challenge)`` for the S256 method (RFC 7636)."""
    verifier = _b64url(secrets.token_bytes(48))
    return verifier, _b64url(hashlib.sha256(verifier.encode("ascii")).digest())


@dataclass
class DevIdp:
    """A running dev IdP (see the module doc)."""

    issuer: str
    directory: Path = DEV_IDP_DIR
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)
    log: Path | None = None
    #: the users file the provider reads (re-read when it changes); default: the fixture file
    users_file: Path | None = None

    @cached_property
    def clients(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((self.directory / "clients.json").read_text("utf-8"))
        return data

    @property
    def users(self) -> dict[str, dict[str, Any]]:
        data = json.loads((self.users_file or self.directory / "users.json").read_text("utf-8"))
        return {user["username"]: user for user in data["users"]}

    def add_user(self, username: str, *, roles: list[str], units: list[str]) -> str:
        """Give a person an account (the provider reads its users file again); their password.

        Only with a users file of the run's own (``running_dev_idp(..., users_file=...)``).
        """
        if self.users_file is None:
            raise RuntimeError("add_user needs a users file of the run's own")
        data = json.loads(self.users_file.read_text("utf-8"))
        password = secrets.token_urlsafe(12)
        data["users"] = [u for u in data["users"] if u["username"] != username]
        data["users"].append(
            {
                "sub": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{self.issuer}/{username}")),
                "username": username,
                "password": password,
                "name": username,
                "email": f"{username}@sg.example",
                "roles": roles,
                "units": units,
            }
        )
        tmp = self.users_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(data), "utf-8")
        tmp.replace(self.users_file)  # atomic: the provider never reads half a file
        return password

    def service_client(self, service: str) -> tuple[str, str]:
        """``(client_id, client_secret)`` of a service (``"facilities"``)."""
        for client in self.clients["services"]:
            if client["service"] == service:
                return client["client_id"], client["client_secret"]
        raise KeyError(service)

    @property
    def token_url(self) -> str:
        return f"{self.issuer}/token"

    def discovery(self) -> dict[str, Any]:
        response = httpx.get(f"{self.issuer}/.well-known/openid-configuration", timeout=10)
        response.raise_for_status()
        document: dict[str, Any] = response.json()
        return document

    def settings_for(self, service: str) -> dict[str, Any]:
        """Settings of a service verifying this provider's tokens and getting its own."""
        client_id, secret = self.service_client(service)
        return {
            "oidc_issuer": self.issuer,
            "oidc_client_id": client_id,
            "oidc_client_secret": secret,
            "jwks_refresh_cooldown_s": 0,
        }

    def service_token(self, service: str, *, secret: str | None = None) -> str:
        """An access token by client credentials for ``<service>-svc``."""
        client_id, known = self.service_client(service)
        response = httpx.post(
            self.token_url,
            data={"grant_type": "client_credentials"},
            auth=(client_id, known if secret is None else secret),
            timeout=10,
        )
        response.raise_for_status()
        return str(response.json()["access_token"])

    def user_token(
        self, username: str, password: str | None = None, *, scope: str = "openid profile"
    ) -> UserTokens:
        """The authorization code + PKCE flow for a user, through the login form."""
        if password is None:
            password = str(self.users[username]["password"])
        verifier, challenge = pkce_pair()
        state = secrets.token_urlsafe(16)
        with httpx.Client(base_url=self.issuer, timeout=10, follow_redirects=False) as browser:
            first = browser.get(
                "/auth",
                params={
                    "client_id": PEOPLE_CLIENT_ID,
                    "response_type": "code",
                    "redirect_uri": REDIRECT_URI,
                    "scope": scope,
                    "state": state,
                    "code_challenge": challenge,
                    "code_challenge_method": "S256",
                },
            )
            page = self._follow(browser, first)
            if not isinstance(page, httpx.Response) or page.status_code != 200:
                raise AssertionError(f"no login form: {page!r}")
            action = re.search(r'<form method="post" action="([^"]+)"', page.text)
            if action is None:
                raise AssertionError(f"no login form in {page.text[:300]}")
            answer = browser.post(
                unescape(action.group(1)), data={"username": username, "password": password}
            )
            callback = self._follow(browser, answer)
            if not isinstance(callback, str):
                raise PermissionError(
                    f"login refused ({callback.status_code}): {callback.text[:200]}"
                )
            query = parse_qs(urlsplit(callback).query)
            if query.get("state") != [state] or query.get("iss") != [self.issuer]:
                raise AssertionError(f"callback state or iss mismatch: {callback}")
            if "code" not in query:
                raise PermissionError(f"authorization refused: {callback}")
            tokens = browser.post(
                "/token",
                data={
                    "grant_type": "authorization_code",
                    "code": query["code"][0],
                    "redirect_uri": REDIRECT_URI,
                    "client_id": PEOPLE_CLIENT_ID,
                    "code_verifier": verifier,
                },
            )
            tokens.raise_for_status()
            body: dict[str, Any] = tokens.json()
        return UserTokens(body["access_token"], body.get("id_token"), body)

    @staticmethod
    def _follow(browser: httpx.Client, response: httpx.Response) -> httpx.Response | str:
        """Follow redirects; stop at the client's redirect URI (returned as a string)."""
        for _ in range(10):
            if not response.is_redirect:
                return response
            target = urljoin(str(response.url), response.headers["location"])
            if target.startswith(REDIRECT_URI):
                return target
            response = browser.get(target)
        raise AssertionError("too many redirects")

    def rotate_keys(self) -> dict[str, Any]:
        """A new signing key; the previous ones stay published."""
        return self._admin("POST", "/admin/rotate-keys")

    def retire_keys(self) -> dict[str, Any]:
        """Publish only the current signing key."""
        return self._admin("POST", "/admin/retire-keys")

    def stats(self) -> dict[str, Any]:
        """The current and published kids and the tokens issued per client."""
        return self._admin("GET", "/admin/stats")

    def tokens_issued(self, client_id: str) -> int:
        return int(self.stats()["tokens_issued"].get(client_id, 0))

    def _admin(self, method: str, path: str) -> dict[str, Any]:
        response = httpx.request(method, f"{self.issuer}{path}", timeout=10)
        response.raise_for_status()
        body: dict[str, Any] = response.json()
        return body


def ensure_installed(directory: Path = DEV_IDP_DIR, timeout: float = 300) -> str:
    """The ``node`` executable, after ``npm ci`` when ``node_modules`` is missing."""
    node = shutil.which("node")
    if node is None:
        raise DevIdpUnavailable("node (Node.js >= 20) is not on PATH")
    if not (directory / "node_modules" / "oidc-provider").is_dir():
        npm = shutil.which("npm")
        if npm is None:
            raise DevIdpUnavailable("npm is not on PATH (needed once: npm ci in deploy/dev-idp)")
        result = subprocess.run(  # noqa: S603 - fixed arguments
            [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=directory,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
        if result.returncode != 0:
            raise DevIdpUnavailable(
                f"npm ci failed in {directory}: {result.stderr.decode()[-500:]}"
            )
    return node


@contextmanager
def running_dev_idp(
    workdir: Path,
    *,
    port: int | None = None,
    access_token_ttl: int = 300,
    directory: Path = DEV_IDP_DIR,
    start_timeout: float = 30,
    users_file: Path | None = None,
) -> Iterator[DevIdp]:
    """Start the dev IdP on 127.0.0.1 (a free port by default); stop it by PID afterwards.

    ``users_file``: a users file of the run's own (copied from the fixture file when missing),
    to which :meth:`DevIdp.add_user` adds people while the provider runs.
    """
    from sg_common.events.broker import free_port

    node = ensure_installed(directory)
    port = port or free_port()
    issuer = f"http://127.0.0.1:{port}"
    log = workdir / f"dev-idp-{port}.log"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("DEV_IDP_")},
        "DEV_IDP_ACCESS_TOKEN_TTL": str(access_token_ttl),
    }
    argv = [node, str(directory / "server.js"), "--port", str(port), "--issuer", issuer]
    if users_file is not None:
        if not users_file.exists():
            users_file.write_text((directory / "users.json").read_text("utf-8"), "utf-8")
        argv += ["--users", str(users_file)]
    with log.open("ab") as out:
        process = subprocess.Popen(  # noqa: S603 - fixed arguments
            argv,
            cwd=directory,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    idp = DevIdp(
        issuer=issuer, directory=directory, process=process, log=log, users_file=users_file
    )
    try:
        deadline = time.monotonic() + start_timeout
        while True:
            if process.poll() is not None:
                raise DevIdpUnavailable(f"the dev IdP exited: {log.read_text()[-1000:]}")
            try:
                if idp.discovery()["issuer"] == issuer:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise DevIdpUnavailable(f"the dev IdP did not start: {log.read_text()[-1000:]}")
            time.sleep(0.1)
        yield idp
    finally:
        terminate(process)
