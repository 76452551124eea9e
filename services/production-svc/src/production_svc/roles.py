"""Roles of production-svc (who may do what: ``production_svc.permissions``)."""

MANAGER = "production.manager"
LEAD = "production.lead"
CONTRIBUTOR = "production.contributor"
ALL_ROLES = (MANAGER, LEAD, CONTRIBUTOR)
