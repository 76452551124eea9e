from enum import StrEnum

class PurchaseKind(StrEnum):
    SERVICES = "services"
    SUPPLIES = "supplies"
    WORKS = "works"

    def __str__(self) -> str:
        return str(self.value)
