"""Who is calling: the subject, roles and org units of a verified token."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict


class Principal(BaseModel):
    """An authenticated caller (agent, or another service with a service token)."""

    model_config = ConfigDict(frozen=True)

    subject: str
    name: str | None = None
    roles: frozenset[str] = frozenset()
    units: tuple[str, ...] = ()
    token_id: str | None = None

    def has_any_role(self, *roles: str) -> bool:
        return bool(self.roles.intersection(roles))

    def is_sg_wide(self, sg_wide_roles: Iterable[str]) -> bool:
        return bool(self.roles.intersection(sg_wide_roles))
