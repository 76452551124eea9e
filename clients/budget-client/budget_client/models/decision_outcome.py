from enum import StrEnum

class DecisionOutcome(StrEnum):
    GRANTED = "granted"
    REDUCED = "reduced"
    REFUSED = "refused"

    def __str__(self) -> str:
        return str(self.value)
