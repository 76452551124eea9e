"""Roles of budget-svc (who may do what: ``budget_svc.permissions``)."""

#: DPG budget division: arbitrates, notifies allocations, manages the reserve; sees everything.
MANAGER = "budget.manager"
#: A unit's budget officer: forecasts, requests and commitments for the units of their token.
OFFICER = "budget.officer"
#: Contrôle de gestion / CBCM: reads everything, changes nothing.
CONTROLLER = "budget.controller"
#: CPF / comptable: invoices, payments, general accounting; serves every unit (all-seeing).
ACCOUNTANT = "budget.accountant"
#: Service tokens of the other services: read availability across units.
SERVICE_READERS = ("facilities.service", "hr.service", "it.service", "production.service")
