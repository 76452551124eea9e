from enum import StrEnum

class PlanStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    SUPERSEDED = "superseded"

    def __str__(self) -> str:
        return str(self.value)
