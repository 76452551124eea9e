from enum import StrEnum

class ActionStatus(StrEnum):
    DONE = "done"
    PLANNED = "planned"

    def __str__(self) -> str:
        return str(self.value)
