"""Settings of production-svc (``SG_*`` variables; defaults for a laptop)."""

from decimal import Decimal

from sg_common.settings import ServiceSettings


class ProductionSettings(ServiceSettings):
    """Statistical production (DOMP) settings."""

    service_name: str = "production"
    port: int = 8005
    #: A computing centre's month is amber from this share of its capacity (demand / capacity).
    risk_amber_load: Decimal = Decimal("0.90")
    #: A staff need is amber from this share of the unit's available staff days in the phase.
    risk_amber_staff_share: Decimal = Decimal("0.50")
