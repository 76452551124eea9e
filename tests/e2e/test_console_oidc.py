"""Signing in to the console through the OpenID Connect provider (deploy/dev-idp), in Chromium.

The provider, budget (verifying the provider's tokens) and the console (its client ``sg-web``,
code + PKCE) run as processes. Alice, a budget officer of the Brittany directorate in the
provider's users, signs in with her password at the provider, lands on her credits (budget
answered with her token), gets a fresh token without signing in again (the console's refresh
margin is set beyond the token's life, so every request refreshes it), and signs out, which ends
her session at the provider too: the next sign-in asks for her password again.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sg_common.clock import today as paris_today  # the services' business date
from sg_common.testing.oidc import DevIdp, DevIdpUnavailable, running_dev_idp

from .console_browser import Console, Pages, browser, start_console
from .suite import Suite, start_suite, stop_suite

pytestmark = [pytest.mark.e2e, pytest.mark.browser]


@pytest.fixture(scope="module")
def signed_in_world(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[DevIdp, Suite, Console, Any]]:
    workdir: Path = tmp_path_factory.mktemp("console-oidc")
    with browser() as chromium:
        try:
            idp_cm = running_dev_idp(workdir, access_token_ttl=300)
            idp = idp_cm.__enter__()
        except DevIdpUnavailable as exc:
            pytest.skip(f"the OpenID Connect provider cannot run here: {exc}")
        try:
            suite = start_suite(
                workdir,
                "sqlite",
                names=["budget"],
                extra_env={
                    "budget": {
                        f"SG_{k.upper()}": str(v) for k, v in idp.settings_for("budget").items()
                    }
                },
            )
            try:
                env = {
                    "SG_OIDC_ISSUER": idp.issuer,
                    "SG_OIDC_CLIENT_ID": "sg-web",
                    "SG_JWKS_REFRESH_COOLDOWN_S": "0",
                    "SG_TOKEN_REFRESH_MARGIN_S": "3600",
                }
                with start_console(suite, workdir, env) as console:
                    yield idp, suite, console, chromium
            finally:
                stop_suite(suite)
        finally:
            idp_cm.__exit__(None, None, None)


def _login_at_provider(page: Any, username: str, password: str) -> None:
    page.get_by_label("Identifiant").fill(username)
    page.get_by_label("Mot de passe").fill(password)
    page.get_by_role("button", name="Se connecter").click()


def test_sign_in_refresh_and_sign_out_through_the_provider(
    signed_in_world: tuple[DevIdp, Suite, Console, Any],
) -> None:
    idp, _suite, console, chromium = signed_in_world
    pages = Pages("oidc")
    context = chromium.new_context(locale="fr-FR")
    page = pages.watch(context.new_page())

    page.goto(f"{console.url}/budget/credits?exercice={paris_today().year}")
    assert "/connexion" in page.url
    pages.check(page, "connexion")
    page.get_by_role("link", name="Se connecter avec le compte Insee").click()
    assert page.url.startswith(idp.issuer)  # the provider's own login form
    _login_at_provider(page, "alice.bre", "alice-dev")
    page.wait_for_url(f"{console.url}/budget/credits**")
    assert "Alice Martin" in page.locator("#personne").inner_text()
    assert "Crédits de vos lignes" in page.locator("h1").inner_text()
    pages.check(page, "credits")
    # no token reaches the browser: the console's cookie is an httpOnly session id (the
    # provider's own cookies share the host 127.0.0.1, cookies having no port), and no cookie
    # holds a JWT
    cookies = {c["name"]: c for c in context.cookies(console.url)}
    assert cookies["sg_console_session"]["httpOnly"] is True
    assert not [c for c in cookies.values() if c["value"].startswith("eyJ")]
    assert "sg_console_session" not in page.evaluate("document.cookie")

    # each request refreshes the token here (refresh margin beyond its life): still signed in
    issued = idp.tokens_issued("sg-web")
    page.reload()
    assert "Alice Martin" in page.locator("#personne").inner_text()
    assert idp.tokens_issued("sg-web") > issued, "the console refreshed the access token"

    # sign-out ends the provider's session too
    page.get_by_role("button", name="Se déconnecter").click()
    page.wait_for_url(f"{idp.issuer}/**")
    confirm = page.locator("button", has_text="Yes")
    if confirm.count():
        confirm.first.click()
        page.wait_for_load_state("load")
    page.goto(f"{console.url}/")
    assert "/connexion" in page.url
    page.get_by_role("link", name="Se connecter avec le compte Insee").click()
    assert page.get_by_label("Mot de passe").count() == 1, (
        "the provider asks for the password again"
    )
    context.close()
