from enum import StrEnum

class CostKind(StrEnum):
    CHARGES = "charges"
    CLEANING = "cleaning"
    ENERGY = "energy"
    MAINTENANCE = "maintenance"
    OTHER = "other"
    RENT = "rent"
    TAXES = "taxes"

    def __str__(self) -> str:
        return str(self.value)
