from enum import StrEnum

class ImprovementCategory(StrEnum):
    EQUIPMENT = "equipment"
    ERGONOMICS = "ergonomics"
    HEALTH_SAFETY = "health_safety"
    ORGANISATION = "organisation"
    OTHER = "other"
    PREMISES = "premises"

    def __str__(self) -> str:
        return str(self.value)
