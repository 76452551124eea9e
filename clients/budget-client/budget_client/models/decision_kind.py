from enum import StrEnum

class DecisionKind(StrEnum):
    GRANT = "grant"
    REDUCE = "reduce"
    REFUSE = "refuse"

    def __str__(self) -> str:
        return str(self.value)
