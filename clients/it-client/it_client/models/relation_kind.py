from enum import StrEnum

class RelationKind(StrEnum):
    CONNECTED_TO = "connected_to"
    RUNS_ON = "runs_on"

    def __str__(self) -> str:
        return str(self.value)
