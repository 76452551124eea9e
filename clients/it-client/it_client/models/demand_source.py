from enum import StrEnum

class DemandSource(StrEnum):
    OPERATION = "operation"
    PROJECT = "project"

    def __str__(self) -> str:
        return str(self.value)
