from enum import StrEnum

class CaseCategory(StrEnum):
    FAMILY = "family"
    FINANCIAL = "financial"
    HEALTH = "health"
    HOUSING = "housing"
    OTHER = "other"
    WORK = "work"

    def __str__(self) -> str:
        return str(self.value)
