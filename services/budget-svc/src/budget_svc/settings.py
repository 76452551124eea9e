"""Settings of budget-svc (``SG_*`` variables; defaults for a laptop)."""

from sg_common.settings import ServiceSettings


class BudgetSettings(ServiceSettings):
    """Budget (DPG) settings."""

    service_name: str = "budget"
    port: int = 8001
