"""Settings of the console (``SG_*`` variables; defaults for a laptop under ``make run``).

It reuses the services' settings (environment, host and port, logging, the secret key and its
refusal outside development) and adds the five services' base URLs, the OpenID Connect client
people sign in with, and the session's lifetime.
"""

from __future__ import annotations

from pydantic import Field

from sg_common.settings import ServiceSettings


class ConsoleSettings(ServiceSettings):
    """The console's settings."""

    service_name: str = "console"
    port: int = 8000
    events_enabled: bool = False
    auto_migrate: bool = False

    budget_url: str = Field(default="http://127.0.0.1:8001", description="budget-svc base URL")
    hr_url: str = Field(default="http://127.0.0.1:8002", description="hr-svc base URL")
    facilities_url: str = Field(
        default="http://127.0.0.1:8003", description="facilities-svc base URL"
    )
    it_url: str = Field(default="http://127.0.0.1:8004", description="it-svc base URL")
    production_url: str = Field(
        default="http://127.0.0.1:8005", description="production-svc base URL"
    )

    # Sign-in (OpenID Connect, authorization code + PKCE). oidc_issuer and oidc_client_id are
    # the services' settings; oidc_client_secret, when set, authenticates the console as a
    # confidential client (Keycloak), else it is a public client with PKCE (the dev IdP's sg-web).
    oidc_scope: str = "openid profile offline_access"
    oidc_redirect_path: str = Field(
        default="/callback",
        description="Path of the callback on this console (the dev IdP admits any loopback port "
        "for http://127.0.0.1/callback)",
    )
    oidc_post_logout_url: str | None = Field(
        default=None,
        description="Where the provider sends the browser after sign-out (registered with the "
        "provider, e.g. http://127.0.0.1:8000/); unset: the provider's own page",
    )
    session_idle_minutes: int = Field(default=60, ge=1, le=24 * 60)
    session_max_hours: int = Field(default=10, ge=1, le=24)
    #: refresh the access token when it has fewer than this many seconds left
    token_refresh_margin_s: int = Field(default=60, ge=0)
    #: the persona picker (development tokens): offered in development only
    dev_personas: bool = True
    #: how often a page waiting for another service's answer asks again (htmx polling)
    poll_interval_s: float = Field(default=2.0, gt=0)
    #: the most records a list fetches from a service to sort and page them
    list_cap: int = Field(default=2000, ge=200, le=10_000)

    @property
    def personas_enabled(self) -> bool:
        return self.is_development and self.dev_personas

    @property
    def cookie_secure(self) -> bool:
        return not self.is_development

    def service_url(self, service: str) -> str:
        url: str = getattr(self, f"{service}_url")
        return url
