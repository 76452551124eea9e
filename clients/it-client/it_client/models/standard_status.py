from enum import StrEnum

class StandardStatus(StrEnum):
    APPROVED = "approved"
    FORBIDDEN = "forbidden"
    TOLERATED = "tolerated"

    def __str__(self) -> str:
        return str(self.value)
