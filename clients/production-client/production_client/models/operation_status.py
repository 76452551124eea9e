from enum import StrEnum

class OperationStatus(StrEnum):
    COMPLETED = "completed"
    DRAFT = "draft"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
