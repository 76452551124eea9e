"""Who is calling: the subject, roles and org units of a verified token."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Principal(BaseModel):
    """An authenticated caller (an agent, or another service with a service token).

    Built by :class:`~sg_common.auth.tokens.TokenVerifier` from a verified token only; never
    from request data.
    """

    model_config = ConfigDict(frozen=True)

    subject: str = Field(description="The token's ``sub``: a stable user or client id.")
    login: str = Field(
        default="",
        description="The person's login in the enterprise directory, by which a service "
        "matches them to hr's agent record and to délégations de signature: the claim named "
        "by ``jwt_login_claim`` (default ``preferred_username``), else ``sub``.",
    )
    name: str | None = Field(default=None, description="Display name, for logs and audit.")
    roles: frozenset[str] = Field(
        default=frozenset(), description="Roles, ``<service>.<role>`` (e.g. budget.officer)."
    )
    units: tuple[str, ...] = Field(
        default=(), description="Codes of the org units the caller is attached to."
    )
    token_id: str | None = Field(default=None, description="The token's ``jti``, if any.")
    email: str | None = Field(
        default=None, description="The token's ``email`` claim, if any (the e-mail digest)."
    )

    @model_validator(mode="before")
    @classmethod
    def _login_defaults_to_subject(cls, data: Any) -> Any:
        if isinstance(data, dict) and not data.get("login"):
            return {**data, "login": data.get("subject", "")}
        return data

    def has_any_role(self, *roles: str) -> bool:
        """Whether the principal holds at least one of ``roles``."""
        return not self.roles.isdisjoint(roles)

    def is_sg_wide(self, sg_wide_roles: Iterable[str]) -> bool:
        """Whether the principal holds an SG-wide role (one that sees every org unit)."""
        return not self.roles.isdisjoint(sg_wide_roles)
