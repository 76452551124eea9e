from enum import StrEnum

class LicenceType(StrEnum):
    PERPETUAL = "perpetual"
    PER_DEVICE = "per_device"
    PER_USER = "per_user"
    SITE = "site"
    SUBSCRIPTION = "subscription"

    def __str__(self) -> str:
        return str(self.value)
