from enum import StrEnum

class EnrolmentStatus(StrEnum):
    ABSENT = "absent"
    ATTENDED = "attended"
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    ENROLLED = "enrolled"
    WAITLISTED = "waitlisted"

    def __str__(self) -> str:
        return str(self.value)
