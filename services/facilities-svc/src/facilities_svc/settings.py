"""Settings of facilities-svc (``SG_*`` variables; defaults for a laptop)."""

from sg_common.settings import ServiceSettings


class FacilitiesSettings(ServiceSettings):
    """General services (DSG) settings."""

    service_name: str = "facilities"
    port: int = 8003
