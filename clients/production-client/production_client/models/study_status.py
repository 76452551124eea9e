from enum import StrEnum

class StudyStatus(StrEnum):
    ABANDONED = "abandoned"
    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"
    PROPOSED = "proposed"

    def __str__(self) -> str:
        return str(self.value)
