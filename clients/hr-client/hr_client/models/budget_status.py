from enum import StrEnum

class BudgetStatus(StrEnum):
    CERTIFIED = "certified"
    COMMITTED = "committed"
    NOT_REQUESTED = "not_requested"
    NOT_REQUIRED = "not_required"
    PENDING = "pending"
    REFUSED = "refused"
    RELEASED = "released"

    def __str__(self) -> str:
        return str(self.value)
