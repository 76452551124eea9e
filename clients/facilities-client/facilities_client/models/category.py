from enum import StrEnum

class Category(StrEnum):
    FURNITURE = "furniture"
    IT_EQUIPMENT = "it_equipment"
    SERVICES = "services"
    SUPPLIES = "supplies"

    def __str__(self) -> str:
        return str(self.value)
