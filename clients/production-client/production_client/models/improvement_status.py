from enum import StrEnum

class ImprovementStatus(StrEnum):
    DONE = "done"
    IN_PROGRESS = "in_progress"
    REGISTERED = "registered"
    REJECTED = "rejected"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
