"""Settings of hr-svc (``SG_*`` variables; defaults for a laptop)."""

from sg_common.settings import ServiceSettings


class HrSettings(ServiceSettings):
    """Human resources (DRH) settings."""

    service_name: str = "hr"
    port: int = 8002
