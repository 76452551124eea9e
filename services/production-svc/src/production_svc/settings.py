"""Settings of production-svc (``SG_*`` variables; defaults for a laptop)."""

from sg_common.settings import ServiceSettings


class ProductionSettings(ServiceSettings):
    """Statistical production (DOMP) settings."""

    service_name: str = "production"
    port: int = 8005
