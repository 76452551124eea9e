from enum import StrEnum

class BudgetTitle(StrEnum):
    T3 = "T3"
    T5 = "T5"
    T6 = "T6"

    def __str__(self) -> str:
        return str(self.value)
