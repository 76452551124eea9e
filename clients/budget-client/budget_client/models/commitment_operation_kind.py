from enum import StrEnum

class CommitmentOperationKind(StrEnum):
    CANCEL = "cancel"
    COMMIT = "commit"
    INCREASE = "increase"
    REDUCE = "reduce"

    def __str__(self) -> str:
        return str(self.value)
