from enum import StrEnum

class Tenure(StrEnum):
    LEASED = "leased"
    OWNED = "owned"
    STATE_PROVIDED = "state_provided"

    def __str__(self) -> str:
        return str(self.value)
