"""Settings of facilities-svc (``SG_*`` variables; defaults for a laptop)."""

from decimal import Decimal

from pydantic import Field

from sg_common.settings import ServiceSettings


class FacilitiesSettings(ServiceSettings):
    """General services (DSG) settings."""

    service_name: str = "facilities"
    port: int = 8003
    occupancy_standard_m2: Decimal = Field(
        default=Decimal("12"),
        gt=0,
        description="The State's standard of m² SUN per workstation (ratio d'occupation).",
    )
    budget_url: str = Field(
        default="http://127.0.0.1:8001",
        description="budget-svc base URL, for the availability check before an order",
    )
    budget_check_enabled: bool = Field(
        default=True,
        description="Ask budget for available AE before ordering (advisory: budget's "
        "commitment answer stays authoritative)",
    )
