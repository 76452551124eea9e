from enum import StrEnum

class DelegatorRole(StrEnum):
    BUDGET_MANAGER = "budget.manager"
    BUDGET_OFFICER = "budget.officer"

    def __str__(self) -> str:
        return str(self.value)
