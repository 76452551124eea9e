from enum import StrEnum

class CampaignState(StrEnum):
    CLOSED = "closed"
    COMPLETED = "completed"
    OVERDUE = "overdue"
    PLANNED = "planned"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
