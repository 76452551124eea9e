"""Settings of it-svc (``SG_*`` variables; defaults for a laptop)."""

from sg_common.settings import ServiceSettings


class ItSettings(ServiceSettings):
    """IT (DI) settings."""

    service_name: str = "it"
    port: int = 8004
