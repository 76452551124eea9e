from enum import StrEnum

class Trend(StrEnum):
    DECREASE = "decrease"
    INCREASE = "increase"

    def __str__(self) -> str:
        return str(self.value)
