from enum import StrEnum

class ItemStatus(StrEnum):
    DEPLOYED = "deployed"
    IN_REPAIR = "in_repair"
    IN_STOCK = "in_stock"
    ORDERED = "ordered"
    RETIRED = "retired"

    def __str__(self) -> str:
        return str(self.value)
