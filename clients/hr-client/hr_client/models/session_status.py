from enum import StrEnum

class SessionStatus(StrEnum):
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    CONFIRMED = "confirmed"
    PLANNED = "planned"

    def __str__(self) -> str:
        return str(self.value)
