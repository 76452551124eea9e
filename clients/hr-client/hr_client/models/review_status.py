from enum import StrEnum

class ReviewStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"

    def __str__(self) -> str:
        return str(self.value)
