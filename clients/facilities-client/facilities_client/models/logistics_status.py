from enum import StrEnum

class LogisticsStatus(StrEnum):
    CANCELLED = "cancelled"
    DONE = "done"
    SCHEDULED = "scheduled"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
