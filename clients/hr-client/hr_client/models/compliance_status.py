from enum import StrEnum

class ComplianceStatus(StrEnum):
    EXPIRED = "expired"
    EXPIRING = "expiring"
    MISSING = "missing"

    def __str__(self) -> str:
        return str(self.value)
