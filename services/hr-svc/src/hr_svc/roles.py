"""Roles of hr-svc and the dependencies routes use (role checks, org scope, personal data)."""

from __future__ import annotations

from fastapi import Request

from sg_common.auth import Principal, role_check_passes

#: DRH: every unit, personal data, ceilings, unions, elections.
HR_MANAGER = "hr.manager"
#: Unit HR correspondent: their units (and descendants), personal data of those units.
HR_OFFICER = "hr.officer"
#: Training officer: catalogue, sessions, enrolments, attendance, completion (their units).
HR_TRAINER = "hr.trainer"
#: Roles that see personal data (within their scope).
PERSONAL_DATA_ROLES = (HR_MANAGER, HR_OFFICER)


def sees_personal_data(request: Request, principal: Principal) -> bool:
    """Whether the caller may read personal data (HR roles, sg.admin, sg.auditor)."""
    settings = request.app.state.settings
    return role_check_passes(
        principal,
        PERSONAL_DATA_ROLES,
        method="GET",
        sg_wide_roles=getattr(settings, "sg_wide_roles", ("sg.admin", "sg.auditor")),
    )
