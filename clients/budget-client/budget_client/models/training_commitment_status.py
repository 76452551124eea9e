from enum import StrEnum

class TrainingCommitmentStatus(StrEnum):
    CANCELLED = "cancelled"
    COMMITTED = "committed"
    COMPLETED = "completed"
    REJECTED = "rejected"

    def __str__(self) -> str:
        return str(self.value)
