from enum import StrEnum

class RequestStatus(StrEnum):
    DECIDED = "decided"
    NOTIFIED = "notified"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
