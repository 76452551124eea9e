from enum import StrEnum

class AssessmentStatus(StrEnum):
    DRAFT = "draft"
    VALIDATED = "validated"

    def __str__(self) -> str:
        return str(self.value)
