from enum import StrEnum

class CommitmentSource(StrEnum):
    API = "api"
    PURCHASE_ORDER = "purchase_order"
    TRAINING = "training"

    def __str__(self) -> str:
        return str(self.value)
