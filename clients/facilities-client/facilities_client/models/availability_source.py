from enum import StrEnum

class AvailabilitySource(StrEnum):
    BUDGET = "budget"
    EVENTS = "events"

    def __str__(self) -> str:
        return str(self.value)
