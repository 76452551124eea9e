"""Roles of hr-svc and the dependencies routes use (role checks, org scope, personal data)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from sg_common.auth import OrgScope, Principal, org_scope, require_roles, role_check_passes

#: DRH: every unit, personal data, ceilings, unions, elections.
HR_MANAGER = "hr.manager"
#: Unit HR correspondent: their units (and descendants), personal data of those units.
HR_OFFICER = "hr.officer"
#: Training officer: catalogue, sessions, enrolments, attendance, completion (their units).
HR_TRAINER = "hr.trainer"
#: Roles that see personal data (within their scope).
PERSONAL_DATA_ROLES = (HR_MANAGER, HR_OFFICER)

Manager = Annotated[Principal, Depends(require_roles(HR_MANAGER))]
HrStaff = Annotated[Principal, Depends(require_roles(HR_MANAGER, HR_OFFICER))]
Trainer = Annotated[Principal, Depends(require_roles(HR_MANAGER, HR_TRAINER))]
TrainingReader = Annotated[Principal, Depends(require_roles(HR_MANAGER, HR_OFFICER, HR_TRAINER))]
#: The caller's org scope; the DRH manager sees every unit.
Scope = Annotated[OrgScope, Depends(org_scope(HR_MANAGER))]


def sees_personal_data(request: Request, principal: Principal) -> bool:
    """Whether the caller may read personal data (HR roles, sg.admin, sg.auditor)."""
    settings = request.app.state.settings
    return role_check_passes(
        principal,
        PERSONAL_DATA_ROLES,
        method="GET",
        sg_wide_roles=getattr(settings, "sg_wide_roles", ("sg.admin", "sg.auditor")),
    )
