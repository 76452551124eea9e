"""Roles of it-svc (who may do what: ``it_svc.permissions``)."""

MANAGER = "it.manager"
TECHNICIAN = "it.technician"
PLANNER = "it.planner"
